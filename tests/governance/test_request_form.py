"""Seed 004's publication request form: filled in by the author as part of submitting, kept with
the revision, and printed as a PDF with the signature blocks of who approved it."""

import io
import unicodedata

import pytest
from django.utils import timezone
from pypdf import PdfReader
from wagtail.models import WorkflowState

from content_types.models import GeneralPage
from governance.governed import REQUEST_FIELD_MESSAGES
from governance.request_views import PRINT_LABEL
from governance.staff import position_of

from ..admin_forms import REQUEST_FORM, page_form
from ..helpers import add_url, pr_group, thai
from .test_roles_http import user_form
from .test_workflow import act, draft_of, refused, submit

TITLE = "ข่าวรอเผยแพร่"
OWNER = "สมหญิง ตัวอย่าง"
HEAD = "วิไล ตัวอย่าง"
WEBMASTER = "สมนึก ตัวอย่าง"
WEBMASTER_POSITION = "นักวิชาการคอมพิวเตอร์ปฏิบัติการ"


@pytest.fixture
def draft(demo, home):
    """``author``'s draft in the public-relations work group, not yet submitted."""
    return draft_of(demo["author"], home, pr_group(), slug="request-form")


@pytest.fixture
def request_state(login, draft):
    """The draft submitted by ``author`` with the request form filled in."""
    return submit(login("author"), draft, pr_group())


def post_edit(client, page, action=None, **fields):
    return client.post(
        f"/admin/pages/{page.pk}/edit/",
        page_form(TITLE, page.slug, action=action, owner_work_group=pr_group().pk, **fields),
    )


def form_url(workflow_state):
    return f"/admin/governance/requests/{workflow_state.pk}/form.pdf"


def pdf_text(response):
    """The text of a downloaded PDF, as a reader copying it gets it (NFKC: "ํา" is "ำ")."""
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    pages = PdfReader(io.BytesIO(response.content)).pages
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in pages))


def test_submitting_without_the_information_owner_is_refused_and_the_draft_keeps_what_was_typed(
    login, draft
):
    client = login("author")
    typed = {"request_note": "โปรดเผยแพร่ก่อนวันรณรงค์", "information_owner_name": ""}
    response = post_edit(client, draft, action="submit", information_owner_position="", **typed)

    assert response.status_code == 200
    page = response.content.decode()
    assert thai(REQUEST_FIELD_MESSAGES["information_owner_name"]) in page
    assert thai(REQUEST_FIELD_MESSAGES["information_owner_position"]) in page
    assert typed["request_note"] in page  # shown again as typed
    assert not WorkflowState.objects.filter(object_id=str(draft.pk)).exists()

    # Saving the same as a draft is allowed: nothing typed is lost.
    assert post_edit(client, draft, information_owner_position="", **typed).status_code == 302
    latest = GeneralPage.objects.get(pk=draft.pk).get_latest_revision().content
    assert latest["request_note"] == typed["request_note"]
    assert not WorkflowState.objects.filter(object_id=str(draft.pk)).exists()


def test_submitting_with_the_form_starts_the_chain_and_the_revision_keeps_the_form(login, draft):
    form = {
        "request_external_link": "https://ddc.moph.go.th/vaccine",
        "request_note": "เผยแพร่ในหมวดข่าวประชาสัมพันธ์",
    }
    assert post_edit(login("author"), draft, action="submit", **form).status_code == 302

    state = WorkflowState.objects.get(
        object_id=str(draft.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    submitted = state.current_task_state.revision.content
    for name, value in {**REQUEST_FORM, **form}.items():
        assert submitted[name] == value


def test_a_new_page_starts_with_the_authors_name_and_position(login, demo, home):
    response = login("author").get(add_url(GeneralPage, home))
    page = response.content.decode()
    assert f'value="{OWNER}"' in page
    assert f'value="{position_of(demo["author"])}"' in page
    assert position_of(demo["author"])  # the demo gives every user a position


def test_the_printed_form_signs_each_step_as_it_is_approved(login, draft, request_state):
    before = pdf_text(login("author").get(form_url(request_state)))
    assert TITLE in before
    assert OWNER in before
    assert str(timezone.localdate().year + 543) in before  # the Buddhist-era year
    assert HEAD not in before and WEBMASTER not in before  # nobody has approved yet

    assert act(login("head"), draft, "approve").status_code == 302
    assert act(login("webmaster"), draft, "approve").status_code == 302
    assert GeneralPage.objects.get(pk=draft.pk).live

    after = pdf_text(login("author").get(form_url(request_state)))
    assert TITLE in after and OWNER in after
    assert HEAD in after
    assert WEBMASTER in after and WEBMASTER_POSITION in after


@pytest.mark.parametrize("username", ["author", "head", "cio", "webmaster", "admin", "siteadmin"])
def test_the_people_the_request_concerns_may_print_it(login, site_admin, request_state, username):
    pdf_text(login(username).get(form_url(request_state)))


@pytest.mark.parametrize("username", ["author2", "head2"])
def test_others_may_not_print_it(login, request_state, username):
    response = login(username).get(form_url(request_state))
    assert refused(response)
    assert response["Content-Type"] != "application/pdf"


def test_the_page_editor_offers_the_form_once_the_page_is_submitted(login, draft):
    label = thai(PRINT_LABEL)
    editor = f"/admin/pages/{draft.pk}/edit/"
    assert label not in login("author").get(editor).content.decode()

    state = submit(login("author"), draft, pr_group())
    page = login("head").get(editor).content.decode()
    assert label in page and form_url(state) in page


def test_a_site_administrator_records_a_users_position(login, demo, site_admin):
    target = demo["author2"]
    client = login(site_admin.username)
    position = "นักวิชาการสาธารณสุขชำนาญการ"
    response = client.post(f"/admin/users/edit/{target.pk}/", user_form(target, position=position))
    assert response.status_code == 302
    assert position_of(target) == position
    assert position in client.get(f"/admin/users/edit/{target.pk}/").content.decode()
