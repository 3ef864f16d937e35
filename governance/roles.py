"""The roles of the publishing process, as Django groups with the least permissions each needs.

Seed 004 clause 2 names the people: a requester (ผู้ขอเผยแพร่) drafts, the head of their work group
(หัวหน้ากลุ่มงาน) approves, the webmaster (ผู้ดูแลเว็บไซต์) publishes; seed 000 clause 2 (2)-(3) adds
the CIO for important or emergency items. Site administrators run the system itself. A province
reviewer (issue #7) reads every agency's completeness and monthly reports, and changes nothing.

No role holds Wagtail's page ``publish`` permission, ever: publishing goes through the governance
workflow and its gate. ``sync_roles`` strips that permission from every group it finds it on.
"""

from dataclasses import dataclass

from django.apps import apps as global_apps
from django.db import transaction

PUBLISH_PAGE = "publish_page"

DOCUMENTS_AND_IMAGES_CHOOSE = (
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
)
DOCUMENTS_AND_IMAGES_MANAGE = (
    *DOCUMENTS_AND_IMAGES_CHOOSE,
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
)
REDIRECTS = (
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
)


@dataclass(frozen=True)
class Role:
    """A role: its Django group name and the permissions that group is given.

    ``permissions`` are model permissions ("app_label.codename"); ``page_permissions`` are Wagtail
    page permission types granted on the root page (so on every site); ``collection_permissions``
    are granted on the root collection.
    """

    key: str
    group_name: str
    permissions: tuple[str, ...] = ()
    page_permissions: tuple[str, ...] = ()
    collection_permissions: tuple[str, ...] = ()


AUTHOR = Role(
    key="author",
    group_name="ผู้ขอเผยแพร่",
    permissions=("wagtailadmin.access_admin",),
    # "add": create pages and edit the ones they own, never others' pages.
    page_permissions=("add",),
    collection_permissions=DOCUMENTS_AND_IMAGES_CHOOSE,
)
GROUP_HEAD = Role(
    key="group_head",
    group_name="หัวหน้ากลุ่มงาน",
    # Approving is done as a member of the workflow task's group, not through a permission.
    permissions=("wagtailadmin.access_admin",),
    page_permissions=("add",),
    collection_permissions=DOCUMENTS_AND_IMAGES_CHOOSE,
)
WEBMASTER = Role(
    key="webmaster",
    group_name="ผู้ดูแลเว็บไซต์",
    permissions=("wagtailadmin.access_admin", *REDIRECTS),
    page_permissions=("add", "change", "lock", "unlock"),
    collection_permissions=DOCUMENTS_AND_IMAGES_MANAGE,
)
CIO = Role(
    key="cio",
    group_name="ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง",
    permissions=("wagtailadmin.access_admin",),
)
SITE_ADMIN = Role(
    key="site_admin",
    group_name="ผู้ดูแลระบบ",
    permissions=(
        "wagtailadmin.access_admin",
        "auth.add_user",
        "auth.change_user",
        "auth.delete_user",
        "auth.add_group",
        "auth.change_group",
        "auth.delete_group",
        "wagtailcore.add_site",
        "wagtailcore.change_site",
        "wagtailcore.delete_site",
        "wagtailcore.add_workflow",
        "wagtailcore.change_workflow",
        "wagtailcore.delete_workflow",
        "wagtailcore.add_task",
        "wagtailcore.change_task",
        "wagtailcore.delete_task",
        "governance.add_workgroup",
        "governance.change_workgroup",
        "governance.delete_workgroup",
        "governance.view_workgroup",
        "governance.change_compliancesettings",
        "governance.add_rejectionreason",
        "governance.change_rejectionreason",
        "governance.delete_rejectionreason",
        "governance.view_rejectionreason",
        *(
            f"governance.{action}_{model}"
            for model in ("lexiconterm", "severityrule")
            for action in ("add", "change", "delete", "view")
        ),
        *REDIRECTS,
    ),
    page_permissions=("add", "change", "lock", "unlock", "bulk_delete"),
    collection_permissions=(
        *DOCUMENTS_AND_IMAGES_MANAGE,
        "wagtailcore.add_collection",
        "wagtailcore.change_collection",
        "wagtailcore.delete_collection",
    ),
)

PROVINCE_REVIEWER = Role(
    key="province_reviewer",
    group_name="ผู้ตรวจติดตามระดับจังหวัด",
    # Reads the province roll-up and downloads reports; no page or content permission at all.
    permissions=("wagtailadmin.access_admin",),
)

ROLES = (AUTHOR, GROUP_HEAD, WEBMASTER, CIO, SITE_ADMIN, PROVINCE_REVIEWER)

# Wagtail's sample groups come with the page publish permission; an empty one is removed.
WAGTAIL_SAMPLE_GROUPS = ("Editors", "Moderators")


def _exists(apps, dotted, models_so_far):
    """Whether to grant ``dotted``: always, unless the model is not in this migration state."""
    if not models_so_far:
        return True
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).exists()


def _permission(apps, dotted):
    app_label, codename = dotted.split(".")
    Permission = apps.get_model("auth", "Permission")
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist:
        raise LookupError(f"Permission {dotted} does not exist") from None


def sync_roles_in_migration(apps):
    """``sync_roles`` from a data migration: Django creates a new model's permissions only after
    the last migration, so create governance's now, then grant what exists so far."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("governance")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    sync_roles(apps, models_so_far=True)


def sync_roles(apps=global_apps, models_so_far=False):
    """Create the role groups, add any permission they miss, and take ``publish`` from everyone.

    Safe to run any number of times (data migrations and ``seed_demo`` call it); it adds what is
    missing and never removes a permission an administrator added, except ``publish``.
    ``apps`` is the migration state inside a migration, the live registry elsewhere. An early
    migration passes ``models_so_far=True`` to skip permissions of models a later migration
    creates (that migration runs ``sync_roles`` again); everywhere else a missing permission is
    an error, so a mistyped one cannot pass unnoticed.
    """
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    with transaction.atomic():
        Group.objects.filter(name__in=WAGTAIL_SAMPLE_GROUPS, user__isnull=True).delete()
        for role in ROLES:
            group, _created = Group.objects.get_or_create(name=role.group_name)
            group.permissions.add(
                *(_permission(apps, p) for p in role.permissions if _exists(apps, p, models_so_far))
            )
            for permission_type in role.page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root_page,
                    permission=_permission(apps, f"wagtailcore.{permission_type}_page"),
                )
            for dotted in role.collection_permissions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, dotted),
                )
        GroupPagePermission.objects.filter(permission__codename=PUBLISH_PAGE).delete()


def role_group(role):
    """The Django group of a role (created by the data migration)."""
    Group = global_apps.get_model("auth", "Group")
    return Group.objects.get(name=role.group_name)


def has_role(user, *any_of):
    """Whether ``user`` is active and holds at least one of the roles ``any_of``."""
    names = [role.group_name for role in any_of]
    return user.is_active and user.groups.filter(name__in=names).exists()
