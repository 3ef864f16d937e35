"""The baseline of benchmarks/serve.py: a stock Wagtail page, a Page with one RichTextField."""

from wagtail.fields import RichTextField
from wagtail.models import Page


class StockPage(Page):
    body = RichTextField(blank=True)

    template = "stock/stock_page.html"
