"""screen_text end to end: offsets into the text as given, severities, overlaps, and the
managed data site administrators change through the admin."""

import pytest

from governance.screening.engine import screen_text
from governance.screening.findings import BLOCK, PASS, WARN
from governance.screening.models import LexiconTerm, SeverityRule
from governance.screening.normalize import normalize

pytestmark = pytest.mark.django_db


class TestNormalize:
    def test_thai_digits_zero_width_and_entities(self):
        assert normalize("๑๒๓\u200b4&amp;5\u00ad6").text == "1234&56"

    def test_html_tags_go_and_block_tags_separate_words(self):
        assert normalize("<p>หนึ่ง</p><p>สอง<b>สาม</b></p>", html_input=True).text == (
            "\nหนึ่ง\n\nสองสาม\n"
        )

    def test_hidden_text_is_kept_scripts_and_comments_are_not(self):
        html = (
            '<div style="display:none">สล็อต</div><script>var a = "x";</script><!-- c -->'
            '<img alt="บาคาร่า" src="a.png">'
        )
        text = normalize(html, html_input=True).text
        assert "สล็อต" in text and "บาคาร่า" in text
        assert "var" not in text and "c" not in text

    def test_offsets_map_back_through_every_change(self):
        original = "<p>เลข ๑-๑๐๑๔&#45;00123-4\u200b5-1</p>"
        normalized = normalize(original, html_input=True)
        start = normalized.text.index("1-1014")
        begin, end = normalized.original_span(start, start + len("1-1014-00123-45-1"))
        assert original[begin:end] == "๑-๑๐๑๔&#45;00123-4\u200b5-1"

    def test_spam_disguises_are_undone_and_point_back_to_the_disguise(self):
        original = "ส-ล็-อ-ต เ-ว็-บ-ต-ร-ง 𝐏𝐆 แตก ห ลุ ด ใ ห ม่ ＵＦＡ"
        normalized = normalize(original)
        assert normalized.text == "สล็อต เว็บตรง PG แตก หลุดใหม่ UFA"
        begin, end = normalized.original_span(0, len("สล็อต"))
        assert original[begin:end] == "ส-ล็-อ-ต"

    def test_ranges_and_abbreviations_keep_their_dashes_and_dots(self):
        text = "จันทร์-ศุกร์ ม.ค.-มี.ค. พ.ร.บ. ร.ต.อ.สมชาย"
        assert normalize(text).text == text

    def test_digits_a_scan_read_as_letters(self):
        assert normalize("โทร O8l-O6O-2794 หรือ o ๔๔๕๑ ๑๗๐๔").text == (
            "โทร 081-060-2794 หรือ 0 4451 1704"
        )
        # Words among numbers are words.
        assert normalize("lol 2024 Ool 12 school 081").text == "lol 2024 Ool 12 school 081"

    def test_nfc(self):
        decomposed = "e\u0301"
        normalized = normalize(f"ก{decomposed}ข")
        assert normalized.text == "ก\u00e9ข"
        assert normalized.original_span(1, 2) == (1, 3)


def test_findings_point_into_the_text_as_given():
    text = (
        "<p>ผู้สมัคร <b>นายสมชาย ใจดี</b> เลขบัตร ๑-๑๐๑๔-๐๐๑๒๓-๔๕-๑</p>"
        '<p style="font-size:0">สล็&#3629;ต</p>'
    )
    result = screen_text(text, html=True)
    assert [(f.category, f.text) for f in result.findings] == [
        ("pii.person_name", "นายสมชาย ใจดี"),
        ("pii.national_id", "๑-๑๐๑๔-๐๐๑๒๓-๔๕-๑"),
        ("prohibited.gambling", "สล็&#3629;ต"),
    ]
    assert all(text[f.start : f.end] == f.text for f in result.findings)
    assert result.decision == BLOCK


def test_severities_and_decisions():
    assert screen_text("ติดต่อ นายสมชาย ใจดี โทร 081-234-5678").decision == WARN
    assert screen_text("ข่าวกิจกรรมวันที่ 5 มีนาคม 2567 งบประมาณ 150,000 บาท").decision == PASS
    found = screen_text("เลขที่บัญชี 123-4-56789-0").findings
    assert [(f.category, f.severity, f.masked) for f in found] == [
        ("pii.bank_account", BLOCK, "123-4-5xxxx-0")
    ]


def test_overlapping_findings_keep_the_blocking_one():
    # A ten-digit account number is also a valid mobile number.
    result = screen_text("โอนเข้าบัญชีธนาคาร 0812345678")
    assert [f.category for f in result.findings] == ["pii.bank_account"]


def test_site_administrators_change_severities_through_the_admin(login, site_admin):
    client = login(site_admin.username)
    assert screen_text("โทร 081-234-5678").decision == WARN
    response = client.post(
        "/admin/snippets/governance/severityrule/add/",
        {"category": "pii.phone", "severity": BLOCK},
    )
    assert response.status_code == 302
    assert SeverityRule.objects.get().severity == BLOCK
    assert screen_text("โทร 081-234-5678").decision == BLOCK


def test_site_administrators_manage_the_lexicon_through_the_admin(login, site_admin):
    client = login(site_admin.username)
    spam = "วันนี้ หวยดาวอังคารพารวย ที่บ้าน"
    assert screen_text(spam).decision == PASS
    response = client.post(
        "/admin/snippets/governance/lexiconterm/add/",
        {"kind": "prohibited", "category": "gambling", "term": "หวยดาวอังคารพารวย", "active": "on"},
    )
    assert response.status_code == 302
    assert [f.category for f in screen_text(spam).findings] == ["prohibited.gambling"]

    # A shipped term switched off no longer matches.
    assert screen_text("บาคาร่า").decision == BLOCK
    client.post(
        "/admin/snippets/governance/lexiconterm/add/",
        {"kind": "prohibited", "category": "gambling", "term": "บาคาร่า"},
    )
    assert LexiconTerm.objects.filter(term="บาคาร่า", active=False).exists()
    assert screen_text("บาคาร่า").decision == PASS


def test_site_administrators_add_a_word_that_points_at_a_person(login, site_admin):
    """A scholarship list names the student once, then calls them ผู้รับทุน: an administrator
    can teach the screener that word."""
    text = "ประกาศรายชื่อ นายสมชาย ใจดี\n\nผู้รับทุนป่วยเป็นโรคลมชัก ต้องกินยาทุกวัน"
    assert screen_text(text).decision != BLOCK
    response = login(site_admin.username).post(
        "/admin/snippets/governance/lexiconterm/add/",
        {"kind": "person_reference", "category": "person", "term": "ผู้รับทุน", "active": "on"},
    )
    assert response.status_code == 302
    assert "pii.sensitive.health" in [f.category for f in screen_text(text).findings]


def test_authors_cannot_edit_the_lexicon(login):
    response = login("author").get("/admin/snippets/governance/lexiconterm/add/")
    assert response.status_code in (302, 403)
    assert not LexiconTerm.objects.exists()


def test_a_long_line_is_tokenized_in_stretches_without_losing_a_character():
    from governance.screening.tokens import LONGEST_STRETCH, Tokens, stretches

    text = "นายสมชาย ใจดี เลขบัตร 1101400123451 " * (LONGEST_STRETCH // 10)
    pieces = list(stretches(text))
    assert len(pieces) > 1
    assert "".join(text[start:end] for start, end in pieces) == text
    assert all(end - start <= LONGEST_STRETCH for start, end in pieces)
    words = Tokens(text).spans
    assert words[0][0] == 0 and words[-1][1] == len(text)
    assert len(screen_text(text).findings) == 2 * text.count("1101400123451")
