import pytest

from .conftest import analyse


def concept(page, text):
    found = [m for m in page.mentions if m.text == text]
    assert found, f"{text!r} not recognized; got {[m.text for m in page.mentions]}"
    return found[0]


@pytest.mark.parametrize("text,label,concept_id", [
    ("imatinib", "DRUG", "DB00619"),
    ("chronic myeloid leukemia", "DISEASE", "D015464"),
    ("CML", "DISEASE", "D015464"),
    ("acute lymphoblastic leukemia", "DISEASE", "D054198"),
    ("ALL", "DISEASE", "D054198"),
    ("MDS", "DISEASE", "D009190"),
    ("MPD", "DISEASE", "D009196"),
    ("HES", "DISEASE", "D017681"),
    ("chronic eosinophilic leukemia", "DISEASE", "D017681"),
    ("Aggressive systemic mastocytosis", "DISEASE", "D034721"),
    ("interferon-alpha", "DRUG", "DB05258"),
    ("anemia", "CONDITION", "D000740"),
])
def test_seed_mentions_recognized_and_normalized(seed_page, text, label, concept_id):
    m = concept(seed_page, text)
    assert (m.label, m.concept_id) == (label, concept_id)


def test_mention_offsets_match_clean_text(seed_page):
    text = seed_page.document.text
    for m in seed_page.mentions:
        assert text[m.start:m.end] == m.text
        s = seed_page.sentences[m.sentence]
        assert s.start <= m.start and m.end <= s.end


def test_abbreviation_recurs_later_with_long_form_concept(nlp):
    page = analyse(nlp, "Hairy cell leukemia (HCL) is rare.\nPeople with HCL often feel tired.\n")
    hcl = [m for m in page.mentions if m.text == "HCL"]
    assert len(hcl) == 2
    assert all(m.source == "abbreviation" and m.concept_id == "D007943" for m in hcl)


def test_brand_name_maps_to_generic(nlp):
    page = analyse(nlp, "Gleevec is a kinase inhibitor.\n")
    m = concept(page, "Gleevec")
    assert (m.label, m.concept_name, m.concept_id) == ("DRUG", "Imatinib", "DB00619")


def test_short_lexicon_variants_need_capitals(nlp):
    page = analyse(nlp, "These cues and wits matter. Gout and acne are common.\n")
    assert [m.text for m in page.mentions] == ["Gout", "acne"]


def test_sentences_never_cross_lines(seed_page):
    text = seed_page.document.text
    for s in seed_page.sentences:
        assert "\n" not in text[s.start:s.end]


def test_symptoms_listed_after_a_cause_cue_are_conditions(nlp):
    page = analyse(nlp, "Depression can cause persistent sadness, loss of interest, and trouble concentrating.\n")
    found = {(m.text, m.label, m.source) for m in page.mentions}
    assert {("persistent sadness", "CONDITION", "context"), ("loss of interest", "CONDITION", "context"),
            ("trouble concentrating", "CONDITION", "context")} <= found
    causes = {(r.subject_text, r.object_text) for r in page.relations if r.relation == "CAUSES"}
    assert ("Depression", "trouble concentrating") in causes
