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


# -- issue 4: generic rules (tiny sentences; no page, drug or disease of raw/ is special-cased) --

def test_comma_after_a_disease_opens_no_partner_list(nlp):
    page = analyse(nlp, "In addition to leukemia, imatinib is approved to treat lymphoma.\n")
    assert set(treats(page)) == {("Imatinib", "lymphoma")}


def test_with_or_without_is_a_feature_not_an_indication(nlp):
    page = analyse(nlp, "Sertraline is used to treat panic disorder, with or without agoraphobia, in adults.\n")
    t = treats(page)
    assert set(t) == {("Sertraline", "panic disorder")} and t[("Sertraline", "panic disorder")].population == ["adults"]


def test_keep_from_coming_back_is_prevention(nlp):
    page = analyse(nlp, "Your doctor may continue sertraline for months to help keep depression from coming back.\n")
    assert not treats(page)


def test_population_with_disease_needs_drug():
    from pipeline.records import Mention, Sentence
    from pipeline.relate import relate

    text = "People with type 1 diabetes need insulin.\n"
    ments = [Mention("M1", "DISEASE", "type 1 diabetes", 12, 27, 0, "D003922", "Diabetes Mellitus, Type 1"),
             Mention("M2", "DRUG", "insulin", 33, 40, 0, "D007328", "Insulin")]
    rels = [(r.subject, r.object_text, r.negated) for r in relate(text, [Sentence(0, len(text) - 1)], ments)
            if r.relation == "TREATS"]
    assert rels == [("Insulin", "type 1 diabetes", False)]


def test_population_phrases(nlp):
    page = analyse(nlp, "Adalimumab is approved to treat hidradenitis suppurativa in people 12 years and older.\n")
    assert treats(page)[("Adalimumab", "hidradenitis suppurativa")].population == ["people 12 years and older"]
    page = analyse(nlp, "Sertraline is approved to treat premenstrual dysphoric disorder in adult women.\n")
    assert treats(page)[("Sertraline", "premenstrual dysphoric disorder")].population == ["adult women"]  # not also "adult"


def test_stated_approval_beats_an_off_label_heading_and_drug_target_is_no_biomarker(nlp):
    page = analyse(nlp, "Off-Label Uses of Rituximab\nOther anti-CD20 medicines, such as ocrelizumab, are approved for multiple sclerosis.\n")
    rel = treats(page)[("Ocrelizumab", "multiple sclerosis")]
    assert rel.approval == "approved" and rel.biomarker == []


def test_also_called_synonym_is_one_statement(nlp):
    page = analyse(nlp, "Sertraline is used to treat social anxiety disorder, also called social phobia, in adults.\n")
    t = treats(page)
    assert set(t) == {("Sertraline", "social anxiety disorder")} and t[("Sertraline", "social anxiety disorder")].population == ["adults"]


def test_list_intro_frames_population_and_biomarker(nlp):
    page = analyse(nlp, "In adults with CD20-positive non-Hodgkin lymphoma, rituximab is approved for:\n"
                        "- Follicular lymphoma\n- Diffuse large B-cell lymphoma\n")
    rel = treats(page)[("Rituximab", "Follicular lymphoma")]
    assert rel.population == ["adults"] and rel.biomarker == ["CD20-positive"] and rel.approval == "approved"


def test_status_words(nlp):
    page = analyse(nlp, "Rituximab can be used in people who have never been treated for chronic lymphocytic leukemia.\n")
    assert treats(page)[("Rituximab", "chronic lymphocytic leukemia")].status == ["previously untreated"]
    page = analyse(nlp, "Adalimumab is approved to treat non-infectious uveitis in adults.\n")
    assert treats(page)[("Adalimumab", "uveitis")].status == ["non-infectious"]


def test_warning_after_the_indication_is_not_treated(nlp):
    page = analyse(nlp, "Dextromethorphan relieves cough; stop use and ask a doctor if fever or rash persists.\n")
    objs = {o for _, o in treats(page)}
    assert "cough" in objs and not objs & {"fever", "rash"}


def test_class_noun_takes_its_of_complement(nlp):
    page = analyse(nlp, "Imatinib is approved to treat related cancers of the blood and bone marrow.\n")
    assert ("Imatinib", "cancers of the blood and bone marrow") in treats(page)


def test_status_word_tagged_as_disease_is_no_object():
    from pipeline.records import Mention, Sentence
    from pipeline.relate import relate

    text = "Imatinib is approved to treat leukemia that came back after remission.\n"
    sents = [Sentence(0, len(text) - 1)]
    ments = [Mention("M1", "DRUG", "Imatinib", 0, 8, 0, "DB00619", "Imatinib"),
             Mention("M2", "DISEASE", "leukemia", 30, 38, 0, "D007938", "Leukemia"),
             Mention("M3", "DISEASE", "came back", 44, 53, 0)]
    rels = [r for r in relate(text, sents, ments) if r.relation == "TREATS"]
    assert [(r.object_text, r.status) for r in rels] == [("leukemia", ["relapsed"])]


def test_at_risk_of_is_prevention(nlp):
    page = analyse(nlp, "Heparin is indicated for patients at high risk of developing deep vein thrombosis.\n")
    assert not treats(page)


def test_no_effective_treatment_negates(nlp):
    page = analyse(nlp, "Imatinib is indicated for leukemia; there is no effective treatment for lymphoma with imatinib.\n")
    t = treats(page)
    assert not t[("Imatinib", "leukemia")].negated and t[("Imatinib", "lymphoma")].negated


def test_efficacy_established_in_patients_with(nlp):
    page = analyse(nlp, "The efficacy of paroxetine was established in trials of adults with panic disorder.\n")
    assert any(o == "panic disorder" for _, o in treats(page))


def test_bacterial_strains_are_no_object(nlp):
    page = analyse(nlp, "Clindamycin is indicated for serious infections due to susceptible strains of streptococci.\n")
    assert "strains" not in {o for _, o in treats(page)}


def test_next_sentence_continues_the_statement(nlp):
    page = analyse(nlp, "Rituximab treats rheumatoid arthritis in adults. It is given in combination with methotrexate.\n")
    assert treats(page)[("Rituximab", "rheumatoid arthritis")].combination == ["Methotrexate"]


def test_examples_of_earlier_treatments_are_asides(nlp):
    page = analyse(nlp, "Adalimumab treats Crohn's disease in adults who did not respond well to other treatments, "
                        "such as corticosteroids or azathioprine.\n")
    rel = treats(page)[("Adalimumab", "Crohn's disease")]
    assert rel.status == ["refractory"] and rel.combination == []


def test_fronted_frame_names_the_disease_only_when_nothing_follows_the_cue(nlp):
    page = analyse(nlp, "In women with polycystic ovary syndrome, metformin is used to manage symptoms.\n")
    assert treats(page)[("Metformin", "polycystic ovary syndrome")].population == ["women"]
    page = analyse(nlp, "In adults with non-Hodgkin lymphoma, rituximab is approved to treat follicular lymphoma.\n")
    assert set(treats(page)) == {("Rituximab", "follicular lymphoma")}
