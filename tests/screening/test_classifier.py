"""The prohibited-content classifier: it recognises what no word list names, leaves ordinary
agency text alone, and the model shipped is the one the labelled corpora train."""

import gzip
import json

import pytest

from governance.management.commands import train_screener
from governance.screening import classifier, lexicons
from governance.screening.detectors import prohibited
from governance.screening.engine import screen_text

# Sentences written for this test, in none of the corpora and matching no lexicon term or pairing.
UNLISTED = {
    "คืนนี้รวมตัวกันที่ท่าน้ำ ใครเจอพวกมันก็อย่าปล่อยให้เดินกลับบ้านได้": "public_order",
    "สาวๆ รอคุณอยู่ คลิปเต็มไม่มีเซ็นเซอร์ ดูฟรีทุกคืน": "obscene",
}
ORDINARY = (
    "สำนักงานเทศบาลขอประชาสัมพันธ์การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568 ได้ที่กองคลัง",
    "โรงพยาบาลจัดกิจกรรมตรวจสุขภาพประจำปีให้ผู้สูงอายุในเขตตำบล 235 ราย พบความดันโลหิตสูง 41 ราย",
    "ขอเชิญชวนประชาชนร่วมลงนามถวายพระพรชัยมงคล ณ ศาลากลางจังหวัด ระหว่างวันที่ 1-31 กรกฎาคม",
    "ผู้ว่าราชการจังหวัดเป็นประธานเปิดการแข่งขันกีฬาต้านยาเสพติด ณ สนามกีฬากลาง",
)


@pytest.mark.parametrize(("text", "category"), UNLISTED.items())
def test_prohibited_content_in_words_no_list_holds(text, category, monkeypatch):
    lexicon = lexicons.default()
    found = prohibited.find(text, lexicon=lexicon)
    assert [span.category for span in found] == [f"prohibited.{category}"]
    monkeypatch.setattr(classifier, "find", lambda text: [])
    assert prohibited.find(text, lexicon=lexicon) == []  # no list or pairing holds it


@pytest.mark.django_db
@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_agency_text_is_left_alone(text):
    assert classifier.find(text) == []
    assert screen_text(text).findings == []


def test_a_long_line_is_judged_in_passages():
    line = " ".join(ORDINARY * 3) + " " + next(iter(UNLISTED))
    found = classifier.find(line)
    assert len(found) == 1
    start, end, _category = found[0]
    assert end - start < len(line) // 2


def test_the_held_out_corpora_are_never_trained_on():
    trained_on = {path.name for path in train_screener.training_corpora()}
    assert trained_on and not trained_on & set(train_screener.HELD_OUT)
    for name in train_screener.HELD_OUT:
        assert (train_screener.CORPORA / name).is_dir()


def test_the_shipped_model_is_the_one_the_corpora_train():
    """Whoever adds or corrects a labelled corpus runs ``manage.py train_screener``."""
    trained = classifier.train(
        example
        for corpus in train_screener.training_corpora()
        for example in train_screener.examples(corpus)
    )
    weights, categories = classifier.model()
    assert weights == {gram: weight for gram, (weight, _) in trained.items()}
    assert categories == {gram: category for gram, (_, category) in trained.items()}


def test_a_model_trained_for_other_categories_is_refused(tmp_path, monkeypatch):
    stale = tmp_path / "model.json.gz"
    payload = {"about": "", "categories": ["gambling", "obscene"], "grams": {"สล็อต": [5.0, 1]}}
    stale.write_bytes(gzip.compress(json.dumps(payload).encode("utf-8")))
    monkeypatch.setattr(classifier, "MODEL_FILE", stale)
    classifier.model.cache_clear()
    try:
        with pytest.raises(ValueError, match="train_screener"):
            classifier.model()
    finally:
        classifier.model.cache_clear()
