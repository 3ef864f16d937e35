"""Public views that are not pages: site search and the human-readable sitemap."""

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page, Site

from .thai_search import query_text

RESULTS_PER_PAGE = 20
SITEMAP_DEPTH = 3


def search(request):
    """Thai-aware search over the site's live, public pages."""
    query = request.GET.get("q", "").strip()
    site = Site.find_for_request(request)
    results = Page.objects.none()
    if query and site:
        results = (
            Page.objects.live()
            .public()
            .descendant_of(site.root_page, inclusive=True)
            .specific()
            .search(query_text(query), operator="and")
        )
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "content_types/search.html",
        {"query": query, "results": page_obj, "page_obj": page_obj},
    )


def sitemap(request):
    """Every live, public page of the site to a few levels, as nested lists (DGA standard)."""
    site = Site.find_for_request(request)
    if site is None:
        return render(request, "content_types/sitemap.html", {"tree": None})
    root = site.root_page
    tree = {"page": root, "children": []}
    nodes = {root.path: tree}
    descendants = (
        root.get_descendants()
        .live()
        .public()
        .filter(depth__lte=root.depth + SITEMAP_DEPTH)
        .order_by("path")
    )
    for page in descendants:
        parent = nodes.get(page.path[: -Page.steplen])
        if parent is not None:  # a page under an unpublished parent is not reachable
            node = {"page": page, "children": []}
            parent["children"].append(node)
            nodes[page.path] = node
    return render(request, "content_types/sitemap.html", {"tree": tree})
