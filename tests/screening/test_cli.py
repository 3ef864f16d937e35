"""``manage.py screen``: the command-line contract of issue #5, which other tools depend on."""

import io
import json
import sys

import pytest
from django.core.management import call_command

from ..helpers import thai

pytestmark = pytest.mark.django_db


def run_files(capsys, *paths):
    with pytest.raises(SystemExit) as exit_info:
        call_command("screen", *map(str, paths))
    return exit_info.value.code, capsys.readouterr().out


@pytest.fixture
def files(tmp_path):
    def write(name, content):
        path = tmp_path / name
        (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
        return path

    return write


def test_exit_codes_pass_warn_block(capsys, files):
    clean = files("news.txt", "ข่าวกิจกรรมวันที่ 5 มีนาคม 2567 งบประมาณ 150,000 บาท")
    contact = files("contact.txt", "ติดต่อ โทร 081-234-5678")
    ids = files("list.html", "<td>นายสมชาย ใจดี</td><td>1-1014-00123-45-1</td>")
    assert run_files(capsys, clean)[0] == 0
    assert run_files(capsys, contact)[0] == 1
    code, out = run_files(capsys, clean, ids)
    assert code == 2
    assert "pii.national_id" in out and "1-1014-xxxxx-xx-1" in out
    assert "00123" not in out  # the report masks what it found


def test_files_that_cannot_be_read_warn_never_crash(capsys, files):
    tis620 = files("old.txt", "ทดสอบ".encode("cp874"))
    image = files("image.png", b"\x89PNG")
    code, out = run_files(capsys, tis620, image, tis620.parent / "missing.pdf")
    assert code == 1
    assert "UTF-8" in out  # says why, in words
    assert all(str(path) in out for path in (tis620, image))


def jsonl(monkeypatch, capsys, stdin_bytes):
    """Runs ``screen --jsonl`` with ``stdin_bytes`` as its standard input, as a pipe gives it."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin_bytes)))
    call_command("screen", "--jsonl")
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_jsonl_answers_one_line_per_item_in_order(monkeypatch, capsys):
    items = [
        {"id": "a", "text": "เลขบัตร ๑-๑๐๑๔-๐๐๑๒๓-๔๕-๑ โทร 081-234-5678"},
        {"id": "b", "text": "<p>ข่าว</p><div style='display:none'>บา&#3588;าร่า</div>", "html": True},
        {"id": "c", "text": "ประกาศผู้ชนะการเสนอราคา เลขที่โครงการ 67029123456"},
    ]
    raw = "\n".join(json.dumps(item, ensure_ascii=False) for item in items).encode()
    answers = jsonl(monkeypatch, capsys, raw + b"\nnot json\n\xff\xfe\n")
    assert [a["id"] for a in answers] == ["a", "b", "c", None, None]
    assert [a["decision"] for a in answers] == ["block", "block", "pass", "warn", "warn"]
    first = answers[0]["findings"]
    assert [(f["category"], f["severity"]) for f in first] == [
        ("pii.national_id", "block"),
        ("pii.phone", "warn"),
    ]
    for item, answer in zip(items, answers, strict=False):
        for finding in answer["findings"]:
            assert set(finding) == {"category", "severity", "start", "end", "text"}
            assert item["text"][finding["start"] : finding["end"]] == finding["text"]
    assert answers[1]["findings"][0]["text"] == "บา&#3588;าร่า"
    assert answers[3]["findings"][0]["category"] == "file.unreadable"


def test_pdf_files_are_screened_through_their_text(capsys, files):
    from weasyprint import HTML

    pdf = files("list.pdf", HTML(string="<p>นายสมชาย ใจดี 1-1014-00123-45-1</p>").write_pdf())
    code, out = run_files(capsys, pdf)
    assert code == 2
    assert "1-1014-xxxxx-xx-1" in out
    code, out = run_files(capsys, files("broken.pdf", b"%PDF-1.4 not really"))
    assert code == 1


def test_the_report_says_which_findings_the_model_recognised(capsys, files):
    case = files(
        "case.txt",
        "นางบุญมี ศรีสุข ต้องใส่สายยางให้อาหารทางจมูกมาปีกว่าแล้ว\nนายทองใบ ใจดี ป่วยเป็นวัณโรค",
    )
    code, out = run_files(capsys, case)
    assert code == 2
    health = [line for line in out.splitlines() if "pii.sensitive.health" in line]
    marker = thai("(recognised by the model, not a listed word)")
    assert [marker in line for line in health] == [True, False]
