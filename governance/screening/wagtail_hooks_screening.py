"""The screener's managed data in the admin, under Settings, for site administrators."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import LexiconTerm, SeverityRule


class LexiconTermViewSet(SnippetViewSet):
    """Terms added to the shipped lexicons, or shipped terms switched off."""

    model = LexiconTerm
    icon = "warning"
    menu_label = _("Screening terms")
    add_to_settings_menu = True
    list_display = ["term", "kind", "category", "active"]
    list_filter = ["kind", "category", "active"]
    search_fields = ["term"]


class SeverityRuleViewSet(SnippetViewSet):
    """Which finding categories block publication and which only warn."""

    model = SeverityRule
    icon = "cog"
    menu_label = _("Screening severities")
    add_to_settings_menu = True
    list_display = ["category", "severity"]


register_snippet(LexiconTermViewSet)
register_snippet(SeverityRuleViewSet)
