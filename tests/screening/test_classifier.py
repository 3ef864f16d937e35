"""The classifiers: they recognise prohibited content and sensitive facts about a person in words
no list names, leave ordinary agency text alone, and the models shipped are the ones the
labelled corpora train."""

import gzip
import json

import pytest

from governance.management.commands import train_screener
from governance.screening import classifier, detectors, lexicons
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
    monkeypatch.setattr(classifier, "find_prohibited", lambda text: [])
    assert prohibited.find(text, lexicon=lexicon) == []  # no list or pairing holds it


@pytest.mark.django_db
@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_agency_text_is_left_alone(text):
    assert classifier.find_prohibited(text) == []
    assert screen_text(text).findings == []


def test_a_long_line_is_judged_in_passages():
    line = " ".join(ORDINARY * 3) + " " + next(iter(UNLISTED))
    found = classifier.find_prohibited(line)
    assert len(found) == 1
    start, end, _category = found[0]
    assert end - start < len(line) // 2


def test_the_held_out_corpora_are_never_trained_on():
    trained_on = {path.name for path in train_screener.training_corpora()}
    assert trained_on and not trained_on & set(train_screener.HELD_OUT)
    for name in train_screener.HELD_OUT:
        assert (train_screener.CORPORA / name).is_dir()


@pytest.mark.parametrize("model", train_screener.PREFIXES, ids=lambda model: model.name)
def test_the_shipped_model_is_the_one_the_corpora_train(model):
    """Whoever adds or corrects a labelled corpus runs ``manage.py train_screener``."""
    trained = model.train(
        example
        for corpus in train_screener.training_corpora()
        for example in train_screener.examples(corpus, model)
    )
    assert model.weights == {gram: weight for gram, (weight, _) in trained.items()}
    assert model.category_of == {gram: category for gram, (_, category) in trained.items()}


def test_a_model_trained_for_other_categories_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(classifier, "DATA", tmp_path)
    payload = {"about": "", "categories": ["gambling", "obscene"], "grams": {"สล็อต": [5.0, 1]}}
    (tmp_path / "stale_model.json.gz").write_bytes(gzip.compress(json.dumps(payload).encode()))
    stale = classifier.Model("stale", classifier.PROHIBITED.categories, threshold=3.4, top=20)
    with pytest.raises(ValueError, match="train_screener"):
        stale.classify("สล็อตเว็บตรง")


# Facts about a person written for this test, in none of the corpora and holding no cue word.
UNLISTED_FACTS = {
    "อาการกำเริบอีกแล้ว ไม่ยอมกินยา ชาวบ้านกลัว": "health",
    "ต้องใส่สายยางให้อาหารทางจมูกมาปีกว่าแล้ว": "health",
}


@pytest.mark.django_db
@pytest.mark.parametrize(("fact", "category"), UNLISTED_FACTS.items())
def test_a_sensitive_fact_in_words_no_list_holds_is_found_when_said_of_a_person(
    fact, category, monkeypatch
):
    said = f"นายทองใบ ใจดี {fact}"
    findings = [(f.category, f.text) for f in screen_text(said).findings]
    assert findings == [("pii.person_name", "นายทองใบ ใจดี"), (f"pii.sensitive.{category}", fact)]
    # Of no one, it is not personal data; and no cue word holds it.
    assert screen_text(fact).findings == []
    monkeypatch.setattr(classifier.SENSITIVE, "classify", lambda phrase: None)
    assert [f.category for f in screen_text(said).findings] == ["pii.person_name"]


def test_the_sensitive_classifier_reads_only_the_phrases_between_other_findings():
    text = "นายทองใบ ใจดี | 1-2345-67890-12-1 | ต้องใส่สายยางให้อาหารทางจมูก"
    covered = detectors.coverage([(0, 13), (16, 33)], len(text))
    assert [text[start:end] for start, end in classifier.phrases(text, covered)] == [
        "ต้องใส่สายยางให้อาหารทางจมูก"
    ]


@pytest.mark.django_db
def test_a_prohibited_passage_leaves_the_names_and_numbers_in_it_to_be_seen():
    """The approver sees the people a hateful comment names and the number it gives, not only
    the comment: a passage is cut around them."""
    line = "พวกต่างด้าวมันสกปรก นายสมชาย ใจดี เถ้าแก่ที่จ้างมัน ไล่ออกไปจากหมู่บ้านให้หมด โทร 081-234-5678"
    findings = screen_text(line).findings
    categories = [f.category for f in findings]
    assert "pii.person_name" in categories and "pii.phone" in categories
    assert any(category.startswith("prohibited.") for category in categories)


def test_a_small_category_does_not_win_an_n_gram_on_one_passage():
    """The sensitive model votes by count: an n-gram in 1 of 1 sexual passages and in 5 of 100
    health ones speaks for health; by share (the prohibited model's rule) it would be sexual."""
    examples = [("เจ็บป่วยหนักมาก", "health")] * 5 + [("สบายดีทุกวัน", "health")] * 95
    examples += [("เจ็บป่วยหนักมาก", "sexual"), ("วันนี้อากาศดี", None), ("ประชุมสภา", None)]
    index = classifier.SENSITIVE.categories.index
    by_count = classifier.SENSITIVE.train(examples)
    assert by_count["ป่วย"][1] == index("health")
    by_share = classifier.Model("share", classifier.SENSITIVE.categories, threshold=3.5, top=10)
    assert by_share.train(examples)["ป่วย"][1] == index("sexual")
