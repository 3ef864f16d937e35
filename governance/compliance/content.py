"""The live items of one or many sites, as the checker needs them, in a bounded number of queries.

One query per page type and one per child relation the standards name, whatever the number of
pages or sites: each reads only the columns the checks look at (``values()``), for the live pages
under the sites' roots, and the rows are then shared out to their sites by tree path.
"""

from collections import defaultdict

from django.db.models import Q
from django.urls import reverse
from wagtail.models import Site

from . import registry

PAGE_COLUMNS = ("pk", "title", "path", "url_path", "last_published_at", "first_published_at")


def field_names(spec):
    """ "photo" -> ["photo"]; "phone|email" -> ["phone", "email"]."""
    return [name for name in spec.split("|") if name]


def needed_columns(standards):
    """{(model, relation): set of columns} for every source the standards' checks read; a
    relation's entry holds its rows' columns, and its page type also gets an entry."""
    needed = defaultdict(set)
    for standard in standards:
        for requirement in standard.requirements:
            for check in requirement.checks:
                for source in check.sources:
                    columns = needed[source.key]
                    columns.update(source.filter_fields())
                    if check.kind in (registry.FIELD, registry.DOCUMENT):
                        for spec in check.fields:
                            columns.update(field_names(spec))
                    page_columns = needed[(source.model, "")]
                    if check.kind == registry.FISCAL_YEAR:
                        page_columns.add("fiscal_year")
    return needed


class SiteRoots:
    """The sites and their root pages' tree paths, to tell which site a page belongs to and
    what its public URL is."""

    def __init__(self, sites=None):
        sites = list(sites if sites is not None else Site.objects.all())
        roots = Site.objects.filter(pk__in=[s.pk for s in sites]).select_related("root_page")
        self.sites = {site.pk: site for site in roots}
        self.by_path = {site.root_page.path: site for site in self.sites.values()}
        self.depths = sorted({len(path) for path in self.by_path}, reverse=True)

    def prefix_filter(self, prefix="path"):
        query = Q()
        for path in self.by_path:
            query |= Q(**{f"{prefix}__startswith": path})
        return query

    def site_of(self, path):
        for depth in self.depths:
            site = self.by_path.get(path[:depth])
            if site is not None:
                return site
        return None

    def url_of(self, site, url_path):
        """The public URL of a page from its ``url_path``, as Wagtail builds it."""
        root_path = site.root_page.url_path
        return site.root_url + reverse("wagtail_serve", args=(url_path[len(root_path) :],))


class Content:
    """Live items by site and source, read for every site in ``roots`` at once."""

    def __init__(self, standards, roots):
        self.roots = roots
        self.rows = {}  # (model, relation) -> {site pk: [row]}
        needed = needed_columns(standards)
        if not roots.sites:
            return
        for (model, relation), columns in sorted(needed.items()):
            if relation:
                continue
            self.rows[(model, "")] = self._pages(model, columns)
        for (model, relation), columns in sorted(needed.items()):
            if relation:
                self.rows[(model, relation)] = self._relation_rows(model, relation, columns)

    def _pages(self, model, columns):
        from django.apps import apps

        model_class = apps.get_model(model)
        pages = (
            model_class.objects.filter(live=True)
            .filter(self.roots.prefix_filter())
            .values(*PAGE_COLUMNS, *sorted(columns))
        )
        by_site = defaultdict(list)
        for row in pages:
            site = self.roots.site_of(row["path"])
            if site is not None:
                row["site"] = site
                by_site[site.pk].append(row)
        return by_site

    def _relation_rows(self, model, relation, columns):
        from django.apps import apps

        model_class = apps.get_model(model)
        related = getattr(model_class, relation).rel.related_model
        parent = related._meta.get_field("page")
        pages = {row["pk"]: row for rows in self.rows[(model, "")].values() for row in rows}
        values = (
            related.objects.filter(page__live=True)
            .filter(self.roots.prefix_filter("page__path"))
            .values("pk", parent.attname, *sorted(columns))
        )
        by_site = defaultdict(list)
        for row in values:
            page = pages.get(row[parent.attname])
            if page is None:
                continue
            item = {**page, **row, "page": page, "pk": row["pk"]}
            by_site[page["site"].pk].append(item)
        return by_site

    def items(self, site, source):
        """The items of ``source`` on ``site`` that match its filter."""
        rows = self.rows.get(source.key, {}).get(site.pk, ())
        return [row for row in rows if source.matches(row)]

    def url_of(self, row):
        page = row.get("page", row)
        return self.roots.url_of(page["site"], page["url_path"])
