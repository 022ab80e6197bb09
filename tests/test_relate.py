from .conftest import analyse


def treats(page):
    return {(r.subject, r.object_text): r for r in page.relations if r.relation == "TREATS"}


def test_seed_cml_indication(seed_page):
    rel = treats(seed_page)[("Imatinib", "chronic myeloid leukemia")]
    assert {"adults", "children"} <= set(rel.population)
    assert "Philadelphia-positive" in rel.biomarker
    assert "newly diagnosed" in rel.status
    assert rel.approval == "approved" and not rel.negated


def test_seed_list_after_intro_and_partner(seed_page):
    t = treats(seed_page)
    for obj in ["Myelodysplastic syndrome", "myeloproliferative disease", "Hypereosinophilic syndrome",
                "chronic eosinophilic leukemia", "Aggressive systemic mastocytosis"]:
        assert ("Imatinib", obj) in t, obj
    all_rows = [r for r in seed_page.relations if r.relation == "TREATS" and r.object_text == "acute lymphoblastic leukemia"]
    assert any("Antineoplastic Agents" in r.combination and "children" in r.population for r in all_rows)
    # interferon-alpha is an earlier therapy, never a subject
    assert not any(r.subject == "Interferon-alpha" for r in seed_page.relations if r.relation == "TREATS")


def test_seed_causes_with_anaphor(seed_page):
    causes = {(r.subject, r.object_text) for r in seed_page.relations if r.relation == "CAUSES"}
    assert ("Precursor Cell Lymphoblastic Leukemia-Lymphoma", "anemia") in causes
    assert ("Precursor Cell Lymphoblastic Leukemia-Lymphoma", "easy bleeding") in causes


def test_negation_and_population(nlp):
    page = analyse(nlp, "Sertraline is not approved to treat depression in children.\n")
    rel = treats(page)[("Sertraline", "depression")]
    assert rel.negated and rel.population == ["children"]


def test_prevention_is_not_treats(nlp):
    page = analyse(nlp, "Metformin reduces the risk of developing type 2 diabetes.\n")
    assert not treats(page)


def test_implied_subject_and_passive(nlp):
    page = analyse(nlp, "Rituximab Uses\nRituximab is a medicine.\nAdults with pemphigus vulgaris can also be treated with it.\n")
    assert ("Rituximab", "pemphigus vulgaris") in treats(page)


def test_off_label(nlp):
    page = analyse(nlp, "Doctors sometimes use metformin off-label to treat polycystic ovary syndrome.\n")
    assert treats(page)[("Metformin", "polycystic ovary syndrome")].approval == "off-label"


def test_combination_partner(nlp):
    page = analyse(nlp, "Rituximab is approved to treat rheumatoid arthritis in adults, in combination with methotrexate.\n")
    rel = treats(page)[("Rituximab", "rheumatoid arthritis")]
    assert rel.combination == ["Methotrexate"] and rel.population == ["adults"]
