"""The standards registry and the checker: each requirement kind, the evidence and the gaps, the
demo province's agencies, and a query count that does not grow with the pages."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Site, WorkflowPage

from content_types.demo.files import pdf_document
from content_types.models import AgencyInfoPage, GeneralPage, OperatingManualPage
from governance.compliance import checker, registry
from governance.compliance.checker import MET, NOT_MET, PARTIAL, check_site, check_sites
from governance.compliance.models import ComplianceSettings
from tests.helpers import publish_child, thai

#: A day of fiscal year 2569, which the demo's plans and budget belong to.
IN_FY_2569 = date(2026, 6, 30)


def standard(*checks, code="T1", title="ทดสอบ"):
    return registry.parse_standard(
        {
            "key": "test",
            "title": "test",
            "requirements": [{"code": code, "title": title, "checks": list(checks)}],
        }
    )


def source(model, **filters):
    data = {"type": f"content_types.{model}"}
    if filters:
        data["filter"] = filters
    return data


def result_of(site, std, today=IN_FY_2569):
    return check_site(site, [std], today=today)[0].results[0]


@pytest.fixture
def site(demo):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def about(site):
    return site.root_page.get_children().get(slug="about").specific


def test_every_standard_file_loads_and_names_real_page_types():
    known = registry.standards()
    assert {
        "samut-sakhon-2561",
        "ssk-pho-2569",
        "oia-2540",
        "dga-website-2560",
        "ita-oit-2566",
        "moph-moit-2569",
    } <= set(known)
    ita = known["ita-oit-2566"]
    assert [r.code for r in ita.requirements] == [f"O{n}" for n in range(1, 44)]
    assert [r.code for r in known["ssk-pho-2569"].requirements] == [f"1.{n}" for n in range(1, 12)]


def test_a_data_file_with_an_unknown_kind_or_page_type_is_refused():
    with pytest.raises(ImproperlyConfigured):
        standard({"kind": "sometimes", "sources": [source("NewsPage")]})
    with pytest.raises(ImproperlyConfigured):
        standard({"kind": "live", "sources": [{"type": "content_types.NoSuchPage"}]})


@pytest.mark.django_db
def test_live_needs_the_minimum_of_live_items_and_gives_their_public_urls(site):
    one = standard({"kind": "live", "sources": [source("PolicyPage", kind="privacy")]})
    result = result_of(site, one)
    assert result.status == MET
    assert result.evidence == ["http://localhost/privacy-policy/"]

    three = standard({"kind": "live", "min": 3, "sources": [source("PolicyPage", kind="privacy")]})
    result = result_of(site, three)
    assert result.status == PARTIAL
    assert result.missing == [
        thai("Only %(count)s live of the %(min)s needed") % {"count": 1, "min": 3}
    ]

    none = standard({"kind": "live", "sources": [source("GeneralPage", title_contains=["ไม่มี"])]})
    assert result_of(site, none).status == NOT_MET


@pytest.mark.django_db
def test_an_unpublished_item_is_no_evidence(site):
    policy = site.root_page.get_children().get(slug="privacy-policy")
    policy.specific.unpublish()
    result = result_of(site, standard({"kind": "live", "sources": [source("PolicyPage")]}))
    assert "http://localhost/privacy-policy/" not in result.evidence


@pytest.mark.django_db
def test_fiscal_year_wants_an_item_of_the_current_fiscal_year(site, about):
    o13 = registry.get("ita-oit-2566").requirement("O13")
    ita_o13 = registry.parse_standard(
        {
            "key": "o13",
            "title": "ITA",
            "requirements": [
                {
                    "code": o13.code,
                    "title": o13.title,
                    "checks": [
                        {
                            "kind": "fiscal_year",
                            "sources": [source("AgencyInfoPage", topic="performance_report")],
                            "missing": "ไม่มีรายงานของปีงบประมาณ {year}",
                        }
                    ],
                }
            ],
        }
    )
    # The demo reports on 2568; in fiscal year 2569 there is a report, but not this year's.
    result = result_of(site, ita_o13, today=IN_FY_2569)
    assert result.status == PARTIAL
    assert result.gap == "O13 รายงานผลการดำเนินงานประจำปี: ไม่มีรายงานของปีงบประมาณ 2569"

    publish_child(
        about,
        AgencyInfoPage(
            title="รายงานผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
            slug="performance-report-2569",
            topic="performance_report",
            fiscal_year=2569,
        ),
    )
    result = result_of(site, ita_o13, today=IN_FY_2569)
    assert result.status == MET
    assert result.evidence == ["http://localhost/about/performance-report-2569/"]
    # the same data, a year on: fiscal year 2570 starts on 1 October 2026
    assert result_of(site, ita_o13, today=date(2026, 10, 1)).missing == [
        "ไม่มีรายงานของปีงบประมาณ 2570"
    ]


@pytest.mark.django_db
def test_updated_within_counts_from_the_last_publication(site):
    news = standard(
        {"kind": "updated_within", "days": 30, "sources": [source("PolicyPage")]},
    )
    today = timezone.localdate()
    assert result_of(site, news, today=today).status == MET
    later = result_of(site, news, today=today + timedelta(days=400))
    assert later.status == PARTIAL
    assert later.missing == [thai("Not updated in the last %(days)s days") % {"days": 30}]


@pytest.mark.django_db
def test_field_wants_every_executive_with_photo_and_contact(site):
    executives = standard(
        {
            "kind": "field",
            "fields": ["photo", "phone|email"],
            "sources": [{"type": "content_types.ExecutivesPage", "relation": "executives"}],
            "missing": "ผู้บริหาร {count} จาก {total} คนไม่มีภาพถ่ายหรือช่องทางติดต่อ",
        }
    )
    assert result_of(site, executives).status == MET
    directory = (
        site.root_page.get_children().get(slug="about").get_children().get(slug="executives")
    ).specific
    first = directory.executives.first()
    first.photo = None
    first.save()
    result = result_of(site, executives)
    assert result.status == PARTIAL
    assert result.missing == ["ผู้บริหาร 1 จาก 4 คนไม่มีภาพถ่ายหรือช่องทางติดต่อ"]


@pytest.mark.django_db
def test_document_wants_a_document_attached(site):
    attached = standard({"kind": "document", "sources": [source("OperatingManualPage")]})
    # the demo's manuals carry their document in their own field, none in the attachments
    result = result_of(site, attached)
    assert result.status == PARTIAL
    assert result.missing == [thai("No document attached")]
    own_field = standard(
        {"kind": "document", "fields": ["document"], "sources": [source("OperatingManualPage")]}
    )
    assert result_of(site, own_field).status == MET
    document = pdf_document("คู่มือทดสอบ", "test-manual.pdf", "manual")
    manual = OperatingManualPage(
        title="คู่มือการปฏิบัติงานทดสอบ", slug="test-manual", information_date=IN_FY_2569,
        document=document,
        attachments=[{"type": "document", "value": {"document": document.pk, "title": ""}}],
    )  # fmt: skip
    publish_child(site.root_page.get_children().get(slug="operating-manuals"), manual)
    result = result_of(site, attached)
    assert result.status == MET
    assert result.evidence == ["http://localhost/operating-manuals/test-manual/"]
    OperatingManualPage.objects.all().delete()
    assert result_of(site, attached).status == NOT_MET


@pytest.mark.django_db
def test_upload_wants_the_document_in_the_compliance_settings(site):
    order = standard({"kind": "upload", "slot": "staff_order"})
    assert result_of(site, order).status == NOT_MET
    settings = ComplianceSettings.for_site(site)
    settings.staff_order = get_document_model().objects.first()
    settings.save()
    result = result_of(site, order)
    assert result.status == MET
    assert result.evidence == [f"http://localhost{settings.staff_order.url}"]


@pytest.mark.django_db
def test_workflow_wants_the_publication_workflow_over_the_site(site):
    process = standard({"kind": "workflow"})
    assert result_of(site, process).status == MET
    WorkflowPage.objects.all().delete()
    assert result_of(site, process).status == NOT_MET


@pytest.mark.django_db
def test_title_words_find_ita_items_without_a_page_type_of_their_own(site):
    o31 = registry.get("ita-oit-2566")
    today = IN_FY_2569
    before = {r.requirement.code: r for r in check_site(site, [o31], today=today)[0].results}
    assert before["O31"].status == NOT_MET
    publish_child(
        site.root_page,
        GeneralPage(title="ประกาศเจตนารมณ์ No Gift Policy", slug="no-gift", fiscal_year=2569),
    )
    after = {r.requirement.code: r for r in check_site(site, [o31], today=today)[0].results}
    assert after["O31"].status == MET
    assert after["O31"].evidence == ["http://localhost/no-gift/"]


@pytest.mark.django_db
def test_the_demo_province_has_three_more_agencies_at_different_completeness(demo_province):
    sites = {site.hostname: site for site in Site.objects.all()}
    results = check_sites(sites.values(), today=IN_FY_2569)
    dga = {
        hostname: next(r for r in results[site.pk] if r.standard.key == "dga-website-2560").score
        for hostname, site in sites.items()
    }
    assert dga["localhost"] > dga["thasai.localhost"] > dga["khlongnamsai.localhost"]
    assert dga["khlongnamsai.localhost"] > dga["nongbua.localhost"]
    provinces = set(ComplianceSettings.objects.values_list("province", flat=True))
    assert provinces == {"จังหวัดตัวอย่าง"}


@pytest.mark.django_db
def test_the_checks_queries_do_not_grow_with_pages_or_sites(site, demo_province):
    every = list(registry.standards().values())

    def queries():
        with CaptureQueriesContext(connection) as captured:
            checker.check_sites(Site.objects.all(), today=IN_FY_2569)
            checker.Checker(every, today=IN_FY_2569)
        return len(captured)

    before = queries()
    for number in range(25):
        publish_child(
            site.root_page, GeneralPage(title=f"หน้าทดสอบ {number}", slug=f"bulk-{number}")
        )
    assert queries() == before
