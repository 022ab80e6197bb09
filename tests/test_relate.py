from .conftest import analyse


def treats(page):
    return {(r.subject, r.object_text): r for r in page.relations if r.relation == "TREATS"}


def prevents(page):
    return {(r.subject, r.object_text): r for r in page.relations if r.relation == "PREVENTS"}


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
    assert set(prevents(page)) == {("Metformin", "type 2 diabetes")}


def test_prevents_with_and_without_treats(nlp):
    page = analyse(nlp, "Alendronate is indicated for the treatment and prevention of osteoporosis in postmenopausal women.\n"
                        "Ondansetron is used for the prevention of nausea and vomiting associated with cancer chemotherapy.\n"
                        "Aspirin is not approved to prevent stroke in children.\n"
                        "Take it with food to reduce the risk of stomach upset.\n"
                        "People at risk of heart disease should talk to a doctor.\n")
    p, t = prevents(page), treats(page)
    assert ("Alendronate", "osteoporosis") in p and ("Alendronate", "osteoporosis") in t
    assert p[("Alendronate", "osteoporosis")].population == ["postmenopausal women"]
    ondansetron = {o for s, o in p if s == "Ondansetron"}
    assert ondansetron == {"nausea", "vomiting"}  # not "cancer" of "cancer chemotherapy"
    assert not {o for s, o in t if s == "Ondansetron"}
    assert not any(s == "Antineoplastic Agents" for s, _ in p)  # the cause, no subject
    assert p[("Aspirin", "stroke")].negated and p[("Aspirin", "stroke")].population == ["children"]
    assert not {o for _, o in p} & {"stomach upset", "heart disease"}


def test_a_prevention_line_names_the_page_drug(nlp):
    page = analyse(nlp, "Ondansetron Uses\nOndansetron is used for nausea caused by chemotherapy.\n"
                        "Prevention of postoperative nausea and vomiting.\n")
    assert ("Ondansetron", "postoperative nausea and vomiting") in prevents(page)


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
    assert set(prevents(page)) == {("Sertraline", "depression")}


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
    page = analyse(nlp, "Sertraline is not approved to treat depression in children under 18 years old.\n")
    assert treats(page)[("Sertraline", "depression")].population == ["children under 18 years old"]
    page = analyse(nlp, "Montelukast is used to treat asthma in children under the age of 6.\n")
    assert treats(page)[("Montelukast", "asthma")].population == ["children under the age of 6"]
    page = analyse(nlp, "Do not use methotrexate to treat psoriasis if you are pregnant.\n")
    rel = treats(page)[("Methotrexate", "psoriasis")]
    assert rel.negated and rel.population == ["pregnant women"]  # a limit for a population, not "does not treat"


def test_drug_glued_to_a_partner_is_a_partner(nlp):
    page = analyse(nlp, "Pembrolizumab is used to treat lung cancer in combination with pemetrexed and platinum chemotherapy.\n")
    subjects = {r.subject for r in page.relations if r.relation == "TREATS"}
    assert subjects == {"Pembrolizumab"}


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


# -- issue 4, unseen consumer pages (MedlinePlus, Drugs.com, NHS, WebMD, Mayo, RxList, NCI styles) --

def texts(page, relation):
    """(subject text, object text) of the page's relations of one type."""
    return {(r.subject_text, r.object_text) for r in page.relations if r.relation == relation}


def causes(page):
    return texts(page, "CAUSES")


def assoc(page):
    return {(r.subject_text, r.object_text): r.negated for r in page.relations if r.relation == "ASSOCIATED_WITH"}


def test_taken_by_population_for_disease(nlp):
    page = analyse(nlp, "Sertraline can be taken by children aged 6 years and older for obsessive compulsive disorder.\n")
    assert treats(page)[("Sertraline", "obsessive compulsive disorder")].population == ["children aged 6 years and older"]


def test_used_off_label_to_protect(nlp):
    page = analyse(nlp, "Lisinopril is sometimes used off-label to protect the kidneys in people with diabetic nephropathy.\n")
    assert [r.approval for (s, o), r in treats(page).items() if o == "diabetic nephropathy"] == ["off-label"]


def test_used_to_reduce_signs_of_a_disease(nlp):
    page = analyse(nlp, "Adalimumab is used to reduce pain and swelling due to certain types of arthritis.\n")
    assert ("Adalimumab", "arthritis") in treats(page)


def test_class_after_a_copula_is_no_subject(nlp):
    page = analyse(nlp, "Lisinopril is an ACE inhibitor that is used to treat high blood pressure in adults.\n")
    assert {s for s, _ in treats(page)} == {"Lisinopril"}


def test_salt_after_a_drug_is_no_second_subject(nlp):
    page = analyse(nlp, "Montelukast sodium is approved to treat asthma.\n")
    assert {s for s, _ in treats(page)} == {"Montelukast"}


def test_example_of_an_unnamed_partner_class_is_a_partner(nlp):
    page = analyse(nlp, "Metformin is used alone or with other medications, including insulin, to treat type 2 diabetes.\n")
    assert treats(page)[("Metformin", "type 2 diabetes")].combination == ["Insulin"]


def test_not_responded_well_to_a_named_drug_is_failed_not_refractory(nlp):
    page = analyse(nlp, "Rituximab is used together with methotrexate to treat rheumatoid arthritis in adults "
                        "who have not responded well to TNF blockers.\n")
    t = treats(page)
    rel = t[("Rituximab", "rheumatoid arthritis")]
    assert {s for s, _ in t} == {"Rituximab"} and rel.combination == ["Methotrexate"]
    assert "refractory" not in rel.status and any(x.startswith("failed ") for x in rel.status)


def test_glossing_parenthesis_holds_no_object_and_no_cue(nlp):
    page = analyse(nlp, "Methotrexate is used to treat severe psoriasis (a skin disease in which red, scaly patches form "
                        "on some areas of the body) that cannot be controlled by other treatments.\n")
    t = treats(page)
    assert {o for _, o in t} == {"psoriasis"}
    assert {"severe", "refractory"} <= set(t[("Methotrexate", "psoriasis")].status)
    page = analyse(nlp, "Metformin is not used to treat type 1 diabetes (condition in which the body does not produce "
                        "insulin) or diabetic ketoacidosis.\n")
    t = treats(page)
    assert {o for _, o in t} == {"type 1 diabetes", "diabetic ketoacidosis"} and all(r.negated for r in t.values())
    assert not causes(page)


def test_vague_class_followed_by_its_examples_or_name(nlp):
    page = analyse(nlp, "Rituximab is used to treat a type of cancer called non-Hodgkin's lymphoma.\n")
    assert {o for _, o in treats(page)} == {"non-Hodgkin's lymphoma"}
    page = analyse(nlp, "Adalimumab is used to treat certain skin disorders (such as psoriasis) and a certain eye disease (uveitis).\n")
    assert {o for _, o in treats(page)} == {"psoriasis", "uveitis"}


def test_coordinated_objects_with_abbreviations_share_their_clause(nlp):
    page = analyse(nlp, "Rituximab is used together with steroids to treat granulomatosis with polyangiitis (GPA) and "
                        "microscopic polyangiitis (MPA) in adults.\n")
    t = treats(page)
    for obj in ("granulomatosis with polyangiitis", "microscopic polyangiitis"):
        assert t[("Rituximab", obj)].population == ["adults"] and t[("Rituximab", obj)].combination, obj


def test_in_population_after_an_object_is_its_own(nlp):
    page = analyse(nlp, "Methotrexate is used to control rheumatoid arthritis (RA) in adults and "
                        "juvenile idiopathic arthritis in children.\n")
    t = treats(page)
    assert t[("Methotrexate", "rheumatoid arthritis")].population == ["adults"]
    assert t[("Methotrexate", "juvenile idiopathic arthritis")].population == ["children"]


def test_population_at_least_and_as_young_as(nlp):
    page = analyse(nlp, "Lisinopril is used to treat high blood pressure in children who are at least 6 years old.\n")
    assert treats(page)[("Lisinopril", "high blood pressure")].population == ["children who are at least 6 years old"]
    page = analyse(nlp, "Montelukast is approved to treat asthma in children as young as 12 months old.\n")
    assert treats(page)[("Montelukast", "asthma")].population == ["children as young as 12 months old"]


def test_approval_word_before_the_object_and_relieve_symptoms_of_is_no_cause(nlp):
    page = analyse(nlp, "Montelukast is approved to treat asthma, prevent exercise-induced bronchoconstriction, "
                        "and relieve symptoms of allergic rhinitis.\n")
    assert treats(page)[("Montelukast", "allergic rhinitis")].approval == "approved"
    assert not causes(page)


def _page(text, spans, kinds=None):
    """Relations of a hand-made page: spans = [(label, text, concept_name)], found in order; one sentence per line."""
    from pipeline.records import Mention, Sentence
    from pipeline.relate import relate

    sents, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        kind = (kinds or {}).get(n, "paragraph")
        sents.append(Sentence(pos, pos + len(line), kind))
        pos += len(line) + 1
    ments, at = [], 0
    for k, (label, t, cname) in enumerate(spans):
        a = text.index(t, at)
        at = a + len(t)
        i = next(j for j, s in enumerate(sents) if s.start <= a < s.end)
        ments.append(Mention(f"M{k}", label, t, a, a + len(t), i, concept_name=cname))
    return relate(text, sents, ments)


def test_list_item_noun_phrase_with_relative_clause_and_next_sentence_population():
    text = ("Pembrolizumab is approved to treat:\n"
            "Melanoma that has spread or cannot be removed by surgery. It is used in adults and children 12 years and older.\n"
            "Classical Hodgkin lymphoma that has come back after other treatments have failed.")
    spans = [("DRUG", "Pembrolizumab", "Pembrolizumab"), ("DISEASE", "Melanoma", "Melanoma"),
             ("DISEASE", "Classical Hodgkin lymphoma", "Hodgkin Disease")]
    rels = _page(text, spans, {1: "list_item", 2: "list_item"})
    t = {r.object_text: r for r in rels if r.relation == "TREATS"}
    assert set(t) == {"Melanoma", "Classical Hodgkin lymphoma"}
    assert set(t["Melanoma"].status) == {"metastatic", "unresectable"} and t["Melanoma"].approval == "approved"
    assert set(t["Classical Hodgkin lymphoma"].status) == {"relapsed", "refractory"}


def test_next_sentence_population_in_one_block():
    from pipeline.records import Mention, Sentence
    from pipeline.relate import relate

    text = "Melanoma that has spread. It is used in adults and children 12 years and older."
    sents = [Sentence(0, 25, "list_item", "Use in Cancer"), Sentence(26, len(text), "list_item", "Use in Cancer")]
    ments = [Mention("M1", "DISEASE", "Melanoma", 0, 8, 0, concept_name="Melanoma")]
    rels = relate(text, sents, ments, drug=Mention("M0", "DRUG", "pembrolizumab", 0, 0, -1, concept_name="Pembrolizumab"))
    rel = next(r for r in rels if r.relation == "TREATS")
    assert rel.population == ["adults", "children 12 years and older"]


def test_causes_subject_is_the_defined_disease_long_form(nlp):
    page = analyse(nlp, "Asthma is a long-term lung disease that causes wheezing and coughing.\n")
    assert {s for s, _ in causes(page)} == {"Asthma"}
    page = analyse(nlp, "Hidradenitis suppurativa (HS) is a long-term skin disease that causes painful lumps.\n")
    assert {s for s, _ in causes(page)} == {"Hidradenitis suppurativa"}


def test_complications_including_and_no_symptoms(nlp):
    page = analyse(nlp, "People who have diabetes can develop complications, including heart disease and stroke.\n")
    assert {("diabetes", "heart disease"), ("diabetes", "stroke")} <= causes(page)
    page = analyse(nlp, "Chronic lymphocytic leukemia often causes no symptoms at first.\n")
    assert not causes(page)


def test_it_after_a_drug_sentence_is_the_drug(nlp):
    page = analyse(nlp, "Rituximab may cause a serious brain infection called progressive multifocal leukoencephalopathy. "
                        "It can also cause hepatitis B to come back.\n")
    assert not causes(page)


def test_associated_with_copula_coordination_anaphor_and_absence():
    text = ("Most B-cell lymphomas are CD20-positive.\n"
            "It treats CD20-positive DLBCL, follicular lymphoma or mantle cell lymphoma.\n"
            "Granulomatosis with polyangiitis and microscopic polyangiitis are rare diseases. Both are usually associated with ANCA.\n"
            "Lung cancer whose tumors have no EGFR mutation.")
    from pipeline.records import Mention, Sentence
    from pipeline.relate import relate
    lines = text.split("\n")
    sents, pos = [], 0
    for line in lines:
        if line.startswith("Granulomatosis"):
            cut = line.index(" Both") + 1
            sents += [Sentence(pos, pos + cut - 1), Sentence(pos + cut, pos + len(line))]
        else:
            sents.append(Sentence(pos, pos + len(line)))
        pos += len(line) + 1
    spans = [("DISEASE", "B-cell lymphomas"), ("BIOMARKER", "CD20-positive"), ("BIOMARKER", "CD20-positive"),
             ("DISEASE", "DLBCL"), ("DISEASE", "follicular lymphoma"), ("DISEASE", "mantle cell lymphoma"),
             ("DISEASE", "Granulomatosis with polyangiitis"), ("DISEASE", "microscopic polyangiitis"),
             ("BIOMARKER", "ANCA"), ("DISEASE", "Lung cancer"), ("BIOMARKER", "EGFR mutation")]
    ments, at = [], 0
    for k, (label, t) in enumerate(spans):
        a = text.index(t, at)
        at = a + len(t)
        ments.append(Mention(f"M{k}", label, t, a, a + len(t), next(j for j, s in enumerate(sents) if s.start <= a <= s.end)))
    got = {(r.subject_text, r.object_text): r.negated for r in relate(text, sents, ments) if r.relation == "ASSOCIATED_WITH"}
    assert got == {("B-cell lymphomas", "CD20-positive"): False, ("DLBCL", "CD20-positive"): False,
                   ("follicular lymphoma", "CD20-positive"): False, ("mantle cell lymphoma", "CD20-positive"): False,
                   ("Granulomatosis with polyangiitis", "ANCA"): False, ("microscopic polyangiitis", "ANCA"): False,
                   ("Lung cancer", "EGFR mutation"): True}


def test_a_later_cause_cue_has_its_own_subject_only_when_the_first_had_none(nlp):
    page = analyse(nlp, "Atorvastatin may cause myopathy, a muscle problem that can lead to kidney problems.\n")
    assert causes(page) == {("myopathy", "kidney problems")}
    page = analyse(nlp, "Ulcerative colitis causes sores in the colon, leading to bloody diarrhea.\n")
    assert {s for s, _ in causes(page)} == {"Ulcerative colitis"}


def test_population_age_range(nlp):
    page = analyse(nlp, "Atorvastatin is used to treat familial hypercholesterolemia in children 10 to 17 years of age.\n")
    assert [r.population for (s, o), r in treats(page).items() if "hypercholesterolemia" in o] == [["children 10 to 17 years of age"]]


def test_consumer_page_shapes(nlp):
    # "caused by": the cause is neither treated nor a sign of the disease
    page = analyse(nlp, "Hydroxychloroquine is used to treat malaria caused by mosquito bites.\n")
    assert set(treats(page)) == {("Hydroxychloroquine", "malaria")}
    assert not [r for r in page.relations if r.relation == "CAUSES"]
    # "not for use in patients with": a limit of use is a negated TREATS
    page = analyse(nlp, "Semaglutide is not for use in patients with type 1 diabetes.\n")
    assert treats(page)[("Semaglutide", "type 1 diabetes")].negated
    # "used together with <non-drug> to help ..."
    page = analyse(nlp, "Semaglutide is used together with a reduced calorie diet to help adults with obesity lose weight.\n")
    assert treats(page)[("Semaglutide", "obesity")].population == ["adults"]
    # "when other medications did not help": refractory
    page = analyse(nlp, "Adalimumab is used to treat ulcerative colitis in adults when other medications did not help.\n")
    assert treats(page)[("Adalimumab", "ulcerative colitis")].status == ["refractory"]


def test_gloss_after_an_abbreviation_and_plural_gloss(nlp):
    page = analyse(nlp, "Adalimumab is used to treat juvenile idiopathic arthritis (JIA; a type of arthritis that "
                        "affects children) in children 2 years of age and older.\n")
    rels = treats(page)
    assert ("Adalimumab", "arthritis") not in rels
    assert rels[("Adalimumab", "juvenile idiopathic arthritis")].population == ["children 2 years of age and older"]
    page = analyse(nlp, "Adalimumab is used to treat autoimmune disorders (conditions in which the immune system "
                        "attacks healthy parts of the body and causes pain and swelling).\n")
    assert {o for _, o in treats(page)} == {"autoimmune disorders"}


def test_named_drug_is_the_page_drug_before_its_class(nlp):
    page = analyse(nlp, "This medication is used to treat lupus. It belongs to a class of drugs known as "
                        "disease-modifying antirheumatic drugs (DMARDs). Hydroxychloroquine is taken by mouth.\n")
    assert {s for s, _ in treats(page)} == {"Hydroxychloroquine"}


def test_earlier_treatments_listed_after_a_cue(nlp):
    page = analyse(nlp, "Nivolumab is approved to treat colorectal cancer in adults whose disease got worse after "
                        "treatment with fluoropyrimidine, oxaliplatin, and irinotecan.\n")
    rel = treats(page)[("Nivolumab", "colorectal cancer")]
    assert rel.combination == [] and {"failed Oxaliplatin", "failed Irinotecan"} <= set(rel.status)
    page = analyse(nlp, "Nivolumab is approved to treat Hodgkin lymphoma that has progressed after stem cell "
                        "transplant and brentuximab vedotin.\n")
    rel = treats(page)[("Nivolumab", "Hodgkin lymphoma")]
    assert rel.combination == [] and "failed Brentuximab Vedotin" in rel.status


def test_research_and_comorbidity_are_no_indication(nlp):
    page = analyse(nlp, "Nivolumab is also being studied in the treatment of other types of cancer.\n")
    assert not treats(page)
    page = analyse(nlp, "Montelukast is also used to relieve the symptoms of hay fever (allergic rhinitis) "
                        "in people who also have asthma.\n")
    assert {o for _, o in treats(page)} == {"hay fever"}  # one disease named twice; asthma is the population's


def test_wont_negates_and_a_drug_anaphor_causes_no_sign(nlp):
    page = analyse(nlp, "Amoxicillin won't treat viral infections, such as the common cold.\n")
    assert treats(page)[("Amoxicillin", "viral infections")].negated
    page = analyse(nlp, "Prednisone is used to treat arthritis. This medication may rarely cause serious allergic reactions.\n")
    assert not [r for r in page.relations if r.relation == "CAUSES"]


def test_already_treated_with_is_an_earlier_therapy(nlp):
    page = analyse(nlp, "Tamoxifen is used to treat early breast cancer in women who have already been treated "
                        "with surgery, radiation, and/or chemotherapy.\n")
    rel = treats(page)[("Tamoxifen", "early breast cancer")] if ("Tamoxifen", "early breast cancer") in treats(page) \
        else treats(page)[("Tamoxifen", "breast cancer")]
    assert rel.combination == [] and "previously treated" in rel.status


def test_class_page_and_take_if_you_have(nlp):
    page = analyse(nlp, "Statins are a group of medicines that lower cholesterol. Atorvastatin and simvastatin are statins.\n"
                        "You may be advised to take a statin if you have been diagnosed with coronary heart disease.\n",
                   title="Statins: uses and side effects")
    assert {s for s, _ in treats(page)} == {"Hydroxymethylglutaryl-CoA Reductase Inhibitors"}  # the page's class
    page = analyse(nlp, "Do not take ibuprofen if you have stomach ulcers.\n")
    assert not treats(page)  # a contraindication, not a (negated) use
    page = analyse(nlp, "Ibuprofen is an everyday painkiller for back pain and toothache.\n")
    assert {o for _, o in treats(page)} == {"back pain", "toothache"}


def test_bracket_restates_a_disease_but_lists_members_of_a_class(nlp):
    page = analyse(nlp, "Gabapentin is approved to treat postherpetic neuralgia (nerve pain after shingles) in adults.\n")
    assert {o for _, o in treats(page)} == {"postherpetic neuralgia"}
    page = analyse(nlp, "Hydroxychloroquine is used to treat certain autoimmune diseases (lupus, rheumatoid arthritis).\n")
    assert {"lupus", "rheumatoid arthritis"} <= {o for _, o in treats(page)}


def test_drugs_listed_before_the_cue_are_co_subjects(nlp):
    page = analyse(nlp, "Nonsteroidal anti-inflammatory drugs (NSAIDs), colchicine and corticosteroids are used to treat gout.\n")
    rels = [r for r in page.relations if r.relation == "TREATS"]
    assert len({r.subject for r in rels}) == 3 and all(r.combination == [] for r in rels)


def test_a_named_drug_before_the_cue_is_the_causer(nlp):
    # the disease in the if-clause does not cause what the drug causes; a clause is no sign
    page = analyse(nlp, "Rituximab is used to treat lymphoma.\n"
                        "If you have ever had hepatitis B, rituximab can cause this virus to become active or get worse.\n")
    assert not causes(page)
    assert not [m for m in page.mentions if m.text in ("this virus to become active", "get worse")]
    # a disease that causes signs still does
    page = analyse(nlp, "Gout is a type of arthritis that can cause pain and swelling in the joints.\n")
    assert ("Gout", "pain") in causes(page) or ("arthritis", "pain") in causes(page)


def test_studies_not_performed_negate_the_sentence(nlp):
    # Mayo Clinic's "Pediatric" paragraphs: no evidence in children is no indication in children
    page = analyse(nlp, "Sertraline\nSertraline is a medicine that is used to treat depression and panic attacks in adults "
                        "who have been diagnosed by their doctor.\nPediatric\nAppropriate studies have not been "
                        "performed on the relationship of age to the effects of sertraline to treat depression in "
                        "the pediatric population.\n")
    rels = [r for r in page.relations if r.relation == "TREATS" and r.object_text == "depression"]
    assert sorted(r.negated for r in rels) == [False, True]


def test_should_not_use_if_you_have_is_a_contraindication(nlp):
    page = analyse(nlp, "Lisinopril\nLisinopril is used to treat high blood pressure in adults and in children who are "
                        "at least 6 years old.\nYou should not use lisinopril if you have a history of angioedema, or if "
                        "you have diabetes and also take any medication that contains aliskiren.\n")
    assert {o for _, o in treats(page)} == {"high blood pressure"}


def test_adjuvant_stage_and_candidates_for(nlp):
    page = analyse(nlp, "Pembrolizumab\nIt is also used as adjuvant treatment following surgery for adults with stage III "
                        "melanoma.\nPembrolizumab is used to treat adults with moderate to severe plaque psoriasis who "
                        "are candidates for systemic therapy or phototherapy.\n")
    t = treats(page)
    mel = t[("Pembrolizumab", "melanoma")]
    assert "adjuvant" in mel.status and "stage III" in mel.status
    assert t[("Pembrolizumab", "plaque psoriasis")].combination == []  # a candidate for it, not a partner


def test_a_stage_numeral_is_no_drug(nlp):
    page = analyse(nlp, "Cisplatin\nCisplatin is used for stage IIIB or stage IV non-small cell lung cancer in adults.\n")
    assert {s for s, _ in treats(page)} == {"Cisplatin"}
    assert treats(page)[("Cisplatin", "non-small cell lung cancer")].status == ["stage III", "stage IV"]


def test_a_year_is_no_drug(nlp):
    page = analyse(nlp, "Domperidone\nSince 2019, domperidone has not been approved in the UK to treat nausea.\n")
    assert {s for s, _ in treats(page)} == {"Domperidone"}


def test_nhs_ages_and_given_to_people_with(nlp):
    page = analyse(nlp, "Cetirizine\nCetirizine is used to treat hives in people aged 12 and over.\n"
                        "Amoxicillin is given to babies and toddlers with ear infections.\n")
    t = treats(page)
    assert t[("Cetirizine", "hives")].population == ["people aged 12 and over"]
    assert t[("Amoxicillin", "ear infections")].population == ["babies", "toddlers"]


def test_fda_approved_negation_prescribe_off_label_and_unlicensed(nlp):
    page = analyse(nlp, "Gabapentin\nDoctors sometimes prescribe gabapentin off-label for hot flashes.\n"
                        "Gabapentin is not FDA-approved for the treatment of bipolar disorder.\n"
                        "Your doctor may prescribe gabapentin for migraine, which is an unlicensed use.\n")
    t = treats(page)
    assert t[("Gabapentin", "hot flashes")].approval == "off-label"
    bipolar = t[("Gabapentin", "bipolar disorder")]
    assert bipolar.negated and bipolar.approval == "approved"
    assert t[("Gabapentin", "migraine")].approval == "off-label"


def test_symptoms_of_a_named_disease_and_adjectives_of_one_sign(nlp):
    page = analyse(nlp, "Lupus\nSymptoms of lupus include joint pain, fever and fatigue.\n"
                        "Signs of an overactive thyroid are weight loss and tremor.\n"
                        "Psoriasis causes red, scaly patches on the skin.\n")
    c = causes(page)
    assert {("lupus", "joint pain"), ("lupus", "fever"), ("lupus", "fatigue")} <= c
    assert {("overactive thyroid", "weight loss"), ("overactive thyroid", "tremor")} <= c
    assert ("Psoriasis", "red, scaly patches on the skin") in c and ("Psoriasis", "red") not in c


def test_pathogens_of_an_infection(nlp):
    page = analyse(nlp, "Ciprofloxacin is indicated for the treatment of urinary tract infections caused by Escherichia coli, "
                        "Proteus mirabilis or Klebsiella pneumoniae.\n")
    t = treats(page)
    assert set(t) == {("Ciprofloxacin", "urinary tract infections")}  # organisms are no objects
    assert t[("Ciprofloxacin", "urinary tract infections")].pathogen == [
        "Escherichia coli", "Proteus mirabilis", "Klebsiella pneumoniae"]


def test_treatment_with_population_before_of(nlp):
    page = analyse(nlp, "Omeprazole is a proton pump inhibitor indicated for: treatment in adults of duodenal ulcer. "
                        "It is used to ameliorate symptoms of hyperthyroidism.\n")
    t = treats(page)
    assert ("Omeprazole", "duodenal ulcer") in t and t[("Omeprazole", "duodenal ulcer")].population == ["adults"]
    assert ("Omeprazole", "hyperthyroidism") in t


# -- unseen set 8 (Myeloma UK, Diabetes UK, healthdirect, Versus Arthritis, Drugs.com styles) --

def test_passive_cause_of_a_sign(nlp):
    page = analyse(nlp, "Baclofen may also help people whose spasticity is caused by spinal cord injuries and other spinal cord diseases.\n")
    assert {("spinal cord injuries", "spasticity"), ("spinal cord diseases", "spasticity")} <= causes(page)
    assert ("Baclofen", "spasticity") in treats(page)  # "help people whose ..."


def test_lay_name_before_its_gloss_is_the_cause_subject(nlp):
    page = analyse(nlp, "High blood sugar (hyperglycaemia) can cause thirst and blurred vision. "
                        "Over time, high blood sugar can lead to heart attacks and strokes.\n")
    c = causes(page)
    assert {("High blood sugar", "thirst"), ("high blood sugar", "heart attacks")} <= c
    assert not any(s == "hyperglycaemia" for s, _ in c)


def test_reasons_not_to_take_it_are_no_uses(nlp):
    page = analyse(nlp, "Enoxaparin is used to treat deep vein thrombosis.\nDon't use enoxaparin if you:\n"
                        "have had heparin-induced thrombocytopenia in the last 100 days\nare bleeding heavily\n")
    assert {o for _, o in treats(page)} == {"deep vein thrombosis"}


def test_use_when_the_disease_comes_back(nlp):
    page = analyse(nlp, "Bortezomib is one of the most widely used treatments for myeloma. If your myeloma responded "
                        "well to bortezomib in the past, it may be used again when the myeloma comes back.\n")
    t = [r for r in page.relations if r.relation == "TREATS"]
    assert len(t) == 2 and {r.object for r in t} == {"Multiple Myeloma"}
    assert [r.status for r in t if "again" in r.evidence] == [["relapsed"]]


def test_a_reason_clause_holds_no_objects(nlp):
    page = analyse(nlp, "Colchicine isn't used to treat osteoarthritis or rheumatoid arthritis, because it doesn't work on "
                        "the type of inflammation these conditions cause.\n")
    assert {o for _, o in treats(page)} == {"osteoarthritis", "rheumatoid arthritis"}


def test_the_drug_as_it_causes_no_disease_sign(nlp):
    page = analyse(nlp, "Rituximab can also lower your ability to fight infections, and rarely it can lead to a serious "
                        "brain infection called progressive multifocal leukoencephalopathy.\n")
    assert not causes(page)


def test_people_with_a_disease_have_its_signs(nlp):
    page = analyse(nlp, "Many people with Parkinson's also have non-motor symptoms, such as pain, sleep problems and constipation. "
                        "People with diabetes have a higher risk of heart disease.\n")
    c = causes(page)
    assert {("Parkinson's", "pain"), ("Parkinson's", "constipation")} <= c
    assert not any(s == "diabetes" for s, _ in c)


def test_taking_it_for_years_is_no_use(nlp):
    page = analyse(nlp, "After taking levodopa for several years, some people develop dyskinesia.\n")
    assert not treats(page)


def test_a_disease_that_needs_a_treatment_such_as(nlp):
    page = analyse(nlp, "Moderate to severe eczema may need a stronger treatment, such as tacrolimus ointment or dupilumab.\n")
    assert {("Tacrolimus", "eczema"), ("Dupilumab", "eczema")} <= set(treats(page))


def test_not_used_on_infections(nlp):
    page = analyse(nlp, "Hydrocortisone cream treats eczema. It should also not be used on fungal infections, such as ringworm.\n")
    t = treats(page)
    assert t[("Hydrocortisone cream", "fungal infections")].negated and t[("Hydrocortisone cream", "ringworm")].negated


def test_signs_listed_under_a_section_on_a_disease(nlp):
    page = analyse(nlp, "Foo uses\nFoo is a targeted therapy taken as a tablet by mouth, used for ovarian cancer.\n"
                        "Symptoms of ovarian cancer\nOvarian cancer is often called a silent disease, but most women do "
                        "have symptoms. Common symptoms include:\n• Bloating\n• Pelvic or abdominal pain\n"
                        "Other symptoms can include fatigue and back pain. If these symptoms are new, see your doctor.\n")
    c = {(a.lower(), b.lower()) for a, b in causes(page)}
    assert {("ovarian cancer", "bloating"), ("ovarian cancer", "fatigue"), ("ovarian cancer", "back pain")} <= c
    assert not any(o in ("new", "see your doctor") for _, o in c)
    assert not any(o == "Bloating" for _, o in treats(page))


def test_it_after_a_defined_sign_and_an_item_with_a_gerund(nlp):
    page = analyse(nlp, "Cytokine release syndrome is a dangerous immune reaction that can happen after cell therapy. "
                        "It can cause fever and low blood pressure. Giant cell arteritis can cause headaches, jaw pain "
                        "when chewing and vision loss.\n")
    c = causes(page)
    assert {("Cytokine release syndrome", "fever"), ("Giant cell arteritis", "vision loss")} <= c


def test_a_fronted_after_clause_and_prior_therapies(nlp):
    page = analyse(nlp, "After hip or knee replacement surgery, enoxaparin reduces the risk of blood clots.\n"
                        "The FDA has approved tocilizumab to treat:\n"
                        "• Rheumatoid arthritis in adults who have had an inadequate response to one or more TNF inhibitors\n"
                        "• COVID-19 in hospitalized adults who are receiving systemic corticosteroids\n")
    assert ("Enoxaparin", "blood clots") in prevents(page)
    t = treats(page)
    assert ("Tocilizumab", "Rheumatoid arthritis") in t and ("Tocilizumab", "COVID-19") in t
    assert not any(s != "Tocilizumab" for s, _ in t)
    assert any(x.startswith("failed") for x in t[("Tocilizumab", "Rheumatoid arthritis")].status)


def test_the_population_disease_of_an_item_is_no_object(nlp):
    page = analyse(nlp, "Prolia is a medicine given as an injection under the skin every six months to make bones stronger.\n"
                        "Prolia is approved to treat:\n• Bone loss in men who are getting hormone therapy for prostate cancer.\n")
    assert set(o for _, o in treats(page)) == {"Bone loss"}


def test_class_examples_with_brands_are_co_subjects_and_advice_is_no_use(nlp):
    page = analyse(nlp, "PARP inhibitors such as olaparib, niraparib (Zejula) and rucaparib (Rubraca) are used as maintenance "
                        "therapy for ovarian cancer. Tocilizumab is used together with a tapering course of steroids to treat "
                        "giant cell arteritis. Contact the hospital straight away if you have a high temperature.\n")
    t = treats(page)
    assert {("Niraparib", "ovarian cancer"), ("Rucaparib", "ovarian cancer")} <= set(t)
    assert ("Tocilizumab", "giant cell arteritis") in t and not any(s == "Steroids" for s, _ in t)
    assert not any(o == "high temperature" for _, o in t)


def test_it_after_a_sentence_that_names_a_disease(nlp):
    page = analyse(nlp, "When it scars the lung tissue, the result is called interstitial lung disease (ILD). "
                        "This can cause shortness of breath and a dry cough.\n")
    assert ("interstitial lung disease", "shortness of breath") in causes(page)


def test_drugs_a_relative_clause_describes(nlp):
    page = analyse(nlp, "Sildenafil relaxes blood vessels in the lungs of people with pulmonary hypertension.\n"
                        "You must not take sildenafil if you use nitrates, such as nitroglycerin, which are used to treat "
                        "chest pain. Do not take sildenafil with riociguat (Adempas), a medication used to treat pulmonary "
                        "hypertension.\n")
    t = treats(page)
    assert {("Nitrate", "chest pain"), ("Nitroglycerin", "chest pain"), ("Riociguat", "pulmonary hypertension")} <= set(t)
    assert not t[("Nitroglycerin", "chest pain")].negated
    assert not any(s == "Sildenafil" and "nitrates" in r.evidence for (s, _), r in t.items())


def test_passive_causes_past_a_gloss_and_examples_of_a_sign_class(nlp):
    page = analyse(nlp, "Furosemide is a water tablet that helps the body get rid of extra fluid through the kidneys.\n"
                        "Furosemide is licensed to treat:\n• oedema (swelling) caused by heart failure\n"
                        "• oedema caused by kidney disease, including nephrotic syndrome\n"
                        "Neuropathic pain can be caused by diabetic neuropathy, shingles or a spinal cord injury. "
                        "Schizophrenia can cause positive symptoms such as hallucinations and delusions.\n")
    c = {(a.lower(), b.lower()) for a, b in causes(page)}
    assert {("heart failure", "oedema"), ("nephrotic syndrome", "oedema"), ("shingles", "neuropathic pain"),
            ("spinal cord injury", "neuropathic pain"), ("schizophrenia", "hallucinations")} <= c
    assert not any(o == "positive symptoms" for _, o in c)


def test_a_risk_raised_is_no_cause_subject(nlp):
    page = analyse(nlp, "Carboplatin can cause a drop in blood cells, which can raise your risk of infection and cause "
                        "anaemia and bruising.\n")
    assert not any(s == "infection" for s, _ in causes(page))


def test_sign_lists_after_a_named_disease_and_prepositional_items(nlp):
    page = analyse(nlp, "Rivastigmine is a medicine for mild to moderate dementia of the Alzheimer's type in adults.\n"
                        "Common signs of Alzheimer's disease include:\n• Confusion about time or place\n"
                        "• Trouble planning or solving problems\n• Withdrawal from work or social activities\n"
                        "People with depression may notice:\n• a low mood most of the day, nearly every day\n"
                        "Melanoma that has spread can also cause symptoms in other parts of the body, such as:\n"
                        "• a persistent cough or breathlessness\n")
    c = {(a.lower(), b.lower()) for a, b in causes(page)}
    assert ("alzheimer's disease", "confusion") in c  # the recognizer's own span
    assert ("alzheimer's disease", "trouble planning or solving problems") in c
    assert not any(o in ("place", "solving problems", "social activities", "nearly every day") for _, o in c)
    assert any(s == "depression" and o.startswith("low mood") for s, o in c)
    assert ("melanoma", "breathlessness") in c


def test_each_cause_cue_keeps_its_own_subject_and_glosses_are_one_sign(nlp):
    page = analyse(nlp, "Ichthyosis causes scaling of the skin, and Darier's disease causes crusted bumps on the chest. "
                        "Myelofibrosis can cause an enlarged spleen (splenomegaly) and night sweats.\n")
    c = {(a.lower(), b.lower()) for a, b in causes(page)}
    assert ("ichthyosis", "darier's disease") not in c
    assert not any(o == "splenomegaly" for _, o in c) and ("myelofibrosis", "night sweats") in c


def test_warnings_partners_and_continued_causes(nlp):
    page = analyse(nlp, "Colchicine treats gout flares in adults.\n"
                        "Stop taking colchicine and contact your doctor if you have severe diarrhoea or muscle pain.\n"
                        "Metoclopramide may also be taken with a pain reliever such as paracetamol or aspirin to treat a "
                        "migraine attack.\n"
                        "In adults, ADHD can cause forgetfulness and difficulty managing time.\n"
                        "Osteoporosis can cause broken bones (fractures), most often in the hip. A broken bone is often the "
                        "first sign that something is wrong. Over time, it can also cause loss of height, a stooped posture, and severe back pain.\n")
    t = treats(page)
    assert not any(o in ("diarrhoea", "muscle pain") for _, o in t)
    assert not any(s in ("Paracetamol", "Aspirin") for s, _ in t)
    assert not any(o == "ADHD" for _, o in t)
    c = {(a.lower(), b.lower()) for a, b in causes(page)}
    assert ("osteoporosis", "loss of height") in c and not any(s == "broken bone" for s, _ in c)


def test_page_meta_sentences_and_options_and_generic_signs(nlp):
    page = analyse(nlp, "Gemcitabine is one of the most commonly used chemotherapy drugs for pancreatic cancer.\n"
                        "The rest of this page focuses on breast cancer.\n"
                        "Gemcitabine alone may be a better choice for older adults with advanced lung cancer.\n"
                        "Psoriatic arthritis causes joint pain and can lead to joint damage if it is not treated.\n"
                        "Pancreatic cancer rarely causes noticeable symptoms early on. Flu-like symptoms such as fever "
                        "and chills are common.\n")
    t = treats(page)
    assert ("Gemcitabine", "pancreatic cancer") in t and ("Gemcitabine", "lung cancer") in t
    assert not any(o in ("breast cancer", "Psoriatic arthritis") for _, o in t)
    c = causes(page)
    assert not any(o == "noticeable symptoms" for _, o in c) and not any(s == "Flu" for s, _ in c)


def test_undefined_acronyms_framed_results_and_population_clauses(nlp):
    page = analyse(nlp, "Fingolimod is a disease modifying drug (DMD) for relapsing remitting MS.\n"
                        "It was the first oral drug to be licensed for MS in the UK.\n"
                        "In children with MS, fingolimod reduced relapses by 82%.\n"
                        "Common side effects of fingolimod include headache and decreased appetite.\n"
                        "Fingolimod is licensed to treat:\n"
                        "highly active relapsing remitting MS despite a full course of treatment with at least one "
                        "other disease modifying drug, such as beta interferon or glatiramer acetate\n"
                        "Uses\n"
                        "Azacitidine is licensed to treat adults who can't have a stem cell transplant and who have "
                        "chronic myelomonocytic leukaemia.\n"
                        "Sitagliptin is not for people with type 1 diabetes.\n"
                        "As well as the problems MDS causes, CMML can cause an enlarged spleen and night sweats.\n",
                   title="Fingolimod")
    t = treats(page)
    assert ("Fingolimod", "MS") in t and ("Fingolimod", "relapsing remitting MS") in t
    assert not any(s == "Interferon-beta" for s, _ in t)  # an example of the earlier therapy, no subject
    assert not any(o in ("headache", "decreased appetite", "appetite") for _, o in t)
    assert t[("Azacitidine", "chronic myelomonocytic leukaemia")].negated is False
    assert t[("Sitagliptin", "type 1 diabetes")].negated is True
    c = causes(page)
    assert ("CMML", "enlarged spleen") in c and not any(s == "MDS" for s, _ in c)


def test_trial_results_of_a_population_that_took_the_drug(nlp):
    page = analyse(nlp, "In clinical studies, people with sickle cell anemia who took hydroxyurea had about half as many "
                        "pain crises.\n"
                        "In studies, people with APS who took a DOAC had more clots than those who took warfarin.\n"
                        "Most adults with AML who aren't well enough for intensive chemotherapy are now offered "
                        "azacitidine.\n"
                        "You may still need nitroglycerin for chest pain.\n", title="Hydroxyurea")
    t = treats(page)
    assert ("Hydroxyurea", "sickle cell anemia") in t and ("Nitroglycerin", "chest pain") in t
    assert t[("Azacitidine", "AML")].negated is False
    assert not any(o == "APS" for _, o in t)


def test_autoantibody_and_methylation_biomarkers_and_histories(nlp):
    page = analyse(nlp, "Eculizumab is approved to treat the following rare disorders:\n"
                        "• Generalized myasthenia gravis (gMG) in adults who are anti-acetylcholine receptor (AChR) "
                        "antibody positive\n"
                        "Uses\n"
                        "Temozolomide works better in glioblastomas with MGMT promoter methylation.\n"
                        "Carvedilol is used to treat left ventricular dysfunction after a heart attack.\n"
                        "Abiraterone acetate is a hormone therapy pill for men with advanced prostate cancer.\n"
                        "Men with advanced prostate cancer may also have fatigue and weight loss.\n", title="Eculizumab")
    t = treats(page)
    assert t[("Eculizumab", "Generalized myasthenia gravis")].biomarker == ["anti-acetylcholine receptor (AChR) antibody positive"]
    assert ("Carvedilol", "left ventricular dysfunction") in t and not any(o == "heart attack" for _, o in t)
    assert ("Abiraterone Acetate", "prostate cancer") in t
    a = assoc(page)
    assert ("glioblastomas", "MGMT promoter methylation") in a
    assert ("prostate cancer", "fatigue") in causes(page)


def test_gene_hla_and_autoantibody_biomarkers(nlp):
    page = analyse(nlp, "Wilson's disease is caused by changes in both copies of the ATP7B gene.\n"
                        "Tofersen treats adults with ALS caused by SOD1 gene mutations.\n"
                        "Toxic epidermal necrolysis is more common in people who carry HLA-B*1502.\n"
                        "Most people with primary biliary cholangitis have antimitochondrial antibodies (AMA).\n"
                        "Most people with myasthenia gravis test positive for acetylcholine receptor (AChR) antibodies.\n"
                        "Monoclonal antibodies treat asthma. HIT antibody levels were measured.\n", title="Tofersen")
    bio = {m.text for m in page.mentions if m.label == "BIOMARKER"}
    assert {"ATP7B gene", "SOD1 gene mutations", "HLA-B*1502", "antimitochondrial antibodies",
            "acetylcholine receptor (AChR) antibodies"} <= bio
    assert not bio & {"Monoclonal antibodies", "HIT antibody"}  # a drug class; a disease's antibody stays the disease
    a = assoc(page)
    assert {("Wilson's disease", "ATP7B gene"), ("ALS", "SOD1 gene mutations"),
            ("Toxic epidermal necrolysis", "HLA-B*1502"), ("primary biliary cholangitis", "antimitochondrial antibodies"),
            ("myasthenia gravis", "acetylcholine receptor (AChR) antibodies")} <= set(a)


def test_spelled_out_gene_symbol_and_the_defined_disease_over_its_class(nlp):
    page = analyse(nlp, "Cystic fibrosis is a genetic disease caused by mutations in the cystic fibrosis transmembrane "
                        "conductance regulator (CFTR) gene.\n"
                        "Huntington's disease is an inherited brain disorder caused by an expanded CAG repeat in the "
                        "huntingtin (HTT) gene.\n", title="Dornase alfa")
    a = set(assoc(page))
    assert {("Cystic fibrosis", "CFTR"), ("Huntington's disease", "HTT")} <= a
    assert not any(d in ("genetic disease", "brain disorder") for d, _ in a)


def test_class_apposed_after_a_drug_and_drugs_the_sentence_rules_out(nlp):
    page = analyse(nlp, "Paracetamol or loratadine, an antihistamine, can help ease bone pain from filgrastim.\n"
                        "After a transplant, filgrastim or lenograstim is sometimes started a few days after your new cells are given, "
                        "to shorten the period of neutropenia.\n"
                        "It isn't a treatment for anaemia.\n"
                        "NICE recommends ocrelizumab for relapsing remitting MS when alemtuzumab isn't suitable.\n", title="Filgrastim")
    t = treats(page)
    assert {("Acetaminophen", "bone pain"), ("Loratadine", "bone pain"), ("Lenograstim", "neutropenia")} <= set(t)
    assert not {d for d, _ in t} & {"Histamine Antagonists", "Alemtuzumab"}
    assert ("Filgrastim", "bone pain") not in t  # pain from a drug is its side effect
    assert t[("Filgrastim", "anaemia")].negated


def test_examples_after_such_as_are_each_a_subject_and_risk_raised_by_a_disease(nlp):
    page = analyse(nlp, "MDR-TB is treated with other antibiotics, such as bedaquiline, pretomanid and linezolid.\n"
                        "Rifampicin cannot be used to treat MDR-TB.\n"
                        "AF increases your risk of having a stroke.\n"
                        "Low blood counts, which can raise the risk of infection, anaemia and bleeding, are common.\n", title="Isoniazid")
    t = treats(page)
    assert {("Bedaquiline", "MDR-TB"), ("Pretomanid", "MDR-TB"), ("Linezolid", "MDR-TB")} <= set(t)
    assert t[("Bedaquiline", "MDR-TB")].combination == [] and t[("Rifampin", "MDR-TB")].negated
    assert ("AF", "stroke") in causes(page) and not any(s == "infection" for s, _ in causes(page))


def test_holders_taking_it_protection_from_and_help_negated(nlp):
    page = analyse(nlp, "Fludrocortisone is a steroid medicine.\n"
                        "Most people with Addison's disease take it every day alongside hydrocortisone.\n"
                        "Fludrocortisone will not protect you from an adrenal crisis on its own.\n"
                        "It does not help essential tremor.\n"
                        "If medicines do not help, mirabegron can be used to treat overactive bladder.\n"
                        "The BCG vaccine protects them against severe forms of TB.\n"
                        "In Australia, it is approved as an add-on to levodopa for adults with Parkinson's disease.\n",
                   title="Fludrocortisone")
    t, p = treats(page), prevents(page)
    assert ("Fludrocortisone", "Addison's disease") in t and t[("Fludrocortisone", "essential tremor")].negated
    assert p[("Fludrocortisone", "adrenal crisis")].negated and not p[("BCG Vaccine", "TB")].negated
    assert not t[("Mirabegron", "overactive bladder")].negated  # the "if" clause negates nothing
    assert t[("Fludrocortisone", "Parkinson's disease")].combination == ["Levodopa"]


def test_lists_of_treatments_under_a_disease_and_of_exclusions_with_reasons(nlp):
    page = analyse(nlp, "Desmopressin is not suitable for everyone. It is not used:\n"
                        "• in severe haemophilia A, because there are no stores of factor VIII to release\n"
                        "Itching after treatment can be eased with:\n"
                        "• crotamiton 10% cream (Eurax), which has a mild antipruritic effect\n"
                        "• a sedating antihistamine at night, such as chlorphenamine\n", title="Desmopressin")
    t = treats(page)
    assert t[("Desmopressin", "haemophilia A")].negated and not any(d == "Factor VIII" for d, _ in t)
    assert {("Crotamiton", "Itching"), ("Chlorphenamine", "Itching"), ("Histamine Antagonists", "Itching")} <= set(t)


def test_taking_alternatives_fronted_if_you_and_bacteria_that_cause(nlp):
    page = analyse(nlp, "Trimethoprim is an antibiotic.\n"
                        "You can take paracetamol or ibuprofen for the pain while the antibiotic starts to work.\n"
                        "Pivmecillinam and fosfomycin are other antibiotics that can be used for cystitis.\n"
                        "If you are pregnant and develop a UTI, your GP will usually prescribe nitrofurantoin or cefalexin instead.\n"
                        "Trimethoprim works against many of the bacteria that cause UTIs.\n"
                        "Many have taken it, and some take a low dose every night to stop their cystitis coming back.\n"
                        "It treats prolactinomas and other causes of high prolactin levels.\n"
                        "Impetigo is treated with oral flucloxacillin alongside permethrin.\n", title="Trimethoprim")
    t = treats(page)
    assert {("Acetaminophen", "pain"), ("Ibuprofen", "pain"), ("Fosfomycin", "cystitis"), ("Nitrofurantoin", "UTI"),
            ("Cefalexin", "UTI"), ("Trimethoprim", "UTIs"), ("Flucloxacillin", "Impetigo")} <= set(t)
    assert ("Anti-Bacterial Agents", "pain") not in t and ("Trimethoprim", "cystitis") in prevents(page)
    assert not causes(page) and not any(m.text.startswith("of ") for m in page.mentions)


def test_complications_features_and_brands_the_model_called_a_disease(nlp):
    page = analyse(nlp, "Scabies can be complicated by secondary bacterial infection, such as impetigo.\n"
                        "Other features of scabies include:\n"
                        "• an erythematous papular rash on the trunk\n"
                        "CMML is a rare blood cancer that has features of both MDS and MPN.\n"
                        "Another pill, Descovy (emtricitabine with tenofovir alafenamide), is approved to prevent HIV.\n",
                   title="Permethrin")
    c = causes(page)
    assert {("Scabies", "bacterial infection"), ("Scabies", "impetigo"), ("scabies", "papular rash")} <= c
    assert not any(s == "CMML" for s, _ in c)
    assert ("Descovy", "DRUG") in {(m.text, m.label) for m in page.mentions} and ("Descovy", "HIV") in prevents(page)


def test_fronted_to_clear_added_for_easily_treated_and_cure_negated(nlp):
    page = analyse(nlp, "Lansoprazole is a proton pump inhibitor.\n"
                        "Hypothyroidism is easily treated with levothyroxine tablets, and you can usually carry on taking sunitinib.\n"
                        "Golimumab is added for people with RA whose arthritis is still active despite methotrexate.\n"
                        "To clear H. pylori infection, lansoprazole is taken twice a day for 7 days together with two antibiotics.\n"
                        "Lansoprazole does not reverse Barrett's oesophagus.\n"
                        "Wilson's disease is an inherited disorder in which the body cannot get rid of excess copper.\n",
                   title="Lansoprazole")
    t = treats(page)
    assert {("Levothyroxine", "Hypothyroidism"), ("Golimumab", "RA"), ("Lansoprazole", "H. pylori infection")} <= set(t)
    assert ("Sunitinib", "Hypothyroidism") not in t and t[("Lansoprazole", "Barrett's oesophagus")].negated
    assert not any(o == "Wilson's disease" for _, o in t)


def test_cause_subjects_past_fronted_asides_short_forms_and_appositions(nlp):
    page = analyse(nlp, "Beyond seizures, Dravet syndrome causes developmental delay and ataxia.\n"
                        "Ulcerative colitis is an inflammatory bowel disease (IBD) that causes inflammation and ulcers.\n"
                        "Psoriatic arthritis develops in some people who have psoriasis, a skin condition that causes red, scaly patches.\n"
                        "Like bladder cancer, UTUC often causes blood in the urine.\n", title="Clobazam")
    c = causes(page)
    assert {("Dravet syndrome", "ataxia"), ("Ulcerative colitis", "ulcers"), ("psoriasis", "red, scaly patches")} <= c
    assert not any(s in ("seizures", "inflammatory bowel disease", "IBD", "Psoriatic arthritis", "bladder cancer") for s, _ in c)


def test_chemotherapy_regimens_and_fronted_options(nlp):
    page = analyse(nlp, "Oxaliplatin is a chemotherapy drug.\n"
                        "After surgery for stage III colon cancer, FOLFOX or CAPOX is the standard adjuvant chemotherapy.\n"
                        "For metastatic colorectal cancer, FOLFOX is one of the main first-line options.\n", title="Oxaliplatin")
    t = texts(page, "TREATS")
    assert {("FOLFOX", "colon cancer"), ("CAPOX", "colon cancer"), ("FOLFOX", "colorectal cancer")} <= t
    assert {(m.label, m.concept_id) for m in page.mentions if m.text in ("FOLFOX", "CAPOX")} == {("DRUG", "")}


def test_a_relative_clause_control_is_no_treatment_cue(nlp):
    page = analyse(nlp, "Deutetrabenazine treats chorea.\n"
                        "HD slowly damages nerve cells in parts of the brain that control movement.\n", title="Deutetrabenazine")
    assert ("Deutetrabenazine", "HD") not in {(r.subject_text, r.object_text) for r in page.relations}


def test_coordinated_drugs_with_brands_share_a_prevention(nlp):
    page = analyse(nlp, "Because long-term hormone therapy can thin the bones, your doctor may also recommend denosumab "
                        "(Xgeva) or zoledronic acid (Zometa) to lower the risk of fractures.\n", title="Abiraterone")
    p = prevents(page)
    assert ("Denosumab", "fractures") in p and ("Zoledronic Acid", "fractures") in p


def test_brands_introduced_as_a_class_and_mutations_named_alone(nlp):
    page = analyse(nlp, "Kaftrio is a CFTR modulator, a type of medicine that treats the underlying cause of cystic "
                        "fibrosis.\n"
                        "CF is caused by faults in the CFTR gene. The most common one is called F508del.\n"
                        "Imatinib treats adults with aggressive systemic mastocytosis (ASM) without the D816V c-Kit "
                        "mutation.\n", title="Kaftrio")
    assert ("Kaftrio", "cystic fibrosis") in treats(page)
    bio = {m.text for m in page.mentions if m.label == "BIOMARKER"}
    assert {"CFTR gene", "F508del", "D816V c-Kit mutation"} <= bio
    assert assoc(page).get(("ASM", "D816V c-Kit mutation")) is True  # "without": a negated association


def test_gene_status_biomarkers_and_alternatives(nlp):
    page = analyse(nlp, "In the UK, cetuximab is licensed to treat adults with RAS wild-type bowel cancer.\n"
                        "About half of all bowel cancers have a RAS mutation.\n"
                        "Glipizide is another medicine that can be used instead of metformin for some "
                        "people with type 2 diabetes.\n"
                        "Babies with spinal muscular atrophy often have muscle weakness and scoliosis.\n", title="Cetuximab")
    t = treats(page)
    assert t[("Cetuximab", "bowel cancer")].biomarker == ["RAS wild-type"]
    assert ("Glipizide", "type 2 diabetes") in t and not any(s == "Metformin" for s, _ in t)
    assert ("cancers", "RAS mutation") in assoc(page)  # the model reads "bowel cancers" as "cancers"
    assert ("spinal muscular atrophy", "muscle weakness") in causes(page)


def test_combination_products_examples_after_a_dash_and_agentless_passives(nlp):
    page = analyse(nlp, "The FDA has approved buprenorphine/naloxone to treat opioid use disorder in adults.\n"
                        "Naloxone (Narcan) is a separate medication that can rapidly reverse an opioid overdose.\n"
                        "Opioid withdrawal can cause muscle aches and sweating.\n"
                        "To treat active TB, rifampicin is taken together with three other antibiotics – isoniazid, "
                        "pyrazinamide and ethambutol.\n"
                        "Secondary breast cancer can be treated, but it can't be cured.\n"
                        "You shouldn't take it if you have Paget's disease of bone.\n"
                        "Doctors may prescribe rifampicin off-label to relieve the itching caused by primary biliary "
                        "cholangitis, a long-term liver disease.\n", title="Rifampicin")
    t = treats(page)
    assert ("Buprenorphine", "opioid use disorder") in t and not any(s == "Naloxone" and o == "opioid use disorder" for s, o in t)
    assert ("Naloxone", "opioid overdose") in t
    assert ("Rifampin", "TB") in t and not any(s == "Isoniazid" for s, _ in t)
    assert not any(o in ("Secondary breast cancer", "breast cancer", "Paget's disease of bone", "liver disease") for _, o in t)
    assert ("Opioid withdrawal", "sweating") in causes(page)


def test_remission_cues_and_past_copulas(nlp):
    page = analyse(nlp, "Ozanimod can help calm the inflammation of ulcerative colitis and bring the disease into "
                        "remission.\n"
                        "For decades it was one of the most commonly prescribed medications for depression.\n",
                   title="Ozanimod")
    t = treats(page)
    assert ("Ozanimod", "ulcerative colitis") in t and ("Ozanimod", "depression") in t


def test_prescribed_if_you_have(nlp):
    page = analyse(nlp, "Your doctor may prescribe eplerenone if you have heart failure.\n", title="Eplerenone")
    assert ("Eplerenone", "heart failure") in treats(page)


def test_coordinated_holders_list_subjects_and_mutations_before_status(nlp):
    page = analyse(nlp, "Many people with HIV and hepatitis B take tablets containing tenofovir.\n"
                        "Patients with del(5q) MDS are usually treated with lenalidomide instead.\n"
                        "Other medications used to treat insomnia include eszopiclone, suvorexant, and zolpidem.\n"
                        "Some specialists have prescribed tafamidis off-label for hereditary ATTR polyneuropathy.\n"
                        "Sotorasib is for adults with KRAS G12C-mutated locally advanced or metastatic non-small "
                        "cell lung cancer.\n", title="Sotorasib")
    names = {(m.label, m.text) for m in page.mentions}
    assert {("DISEASE", "HIV"), ("DISEASE", "hepatitis B"), ("BIOMARKER", "KRAS G12C-mutated")} <= names
    t = treats(page)
    assert ("Tenofovir", "HIV") in t and ("Tenofovir", "hepatitis B") in t
    assert ("Lenalidomide", "MDS") in t
    assert all((s, "insomnia") in t for s in ("Eszopiclone", "Suvorexant", "Zolpidem"))
    assert t[("Tafamidis", "hereditary ATTR polyneuropathy")].approval == "off-label"
    assert ("non-small cell lung cancer", "KRAS G12C-mutated") in assoc(page)


def test_lay_symptom_phrases(nlp):
    page = analyse(nlp, "Kidney disease can cause blood in the urine, a fast heart rate, sweating and shaking.\n"
                        "Herpes can cause mouth sores and feeling sick.\n", title="Aciclovir")
    ids = {m.text: m.concept_id for m in page.mentions if m.label == "CONDITION"}
    assert ids.get("blood in the urine") == "D006417" and ids.get("sweating") == "D006945" and ids.get("shaking") == "D014202"
    c = causes(page)
    assert ("Kidney disease", "fast heart rate") in c and ("Herpes", "feeling sick") in c


def test_fronted_for_phrases_and_lists_after_a_colon(nlp):
    page = analyse(nlp, "Fluconazole is an antifungal medicine.\n"
                        "For vaginal yeast infections, it is usually taken as a single dose.\n"
                        "For many people with UC, vedolizumab is offered when steroids have not worked.\n"
                        "For 2 weeks, it is taken daily.\n"
                        "The FDA has approved three medications to treat opioid use disorder: buprenorphine, methadone, "
                        "and naltrexone.\n", title="Fluconazole")
    t = treats(page)
    assert ("Fluconazole", "vaginal yeast infections") in t and ("Vedolizumab", "UC") in t
    assert all((s, "opioid use disorder") in t for s in ("Buprenorphine", "Methadone", "Naltrexone"))


def test_not_used_for_a_disease_is_a_negated_use(nlp):
    page = analyse(nlp, "Tafamidis is a medicine for amyloidosis.\n"
                        "Tafamidis is also not used for AA amyloidosis or for ATTR polyneuropathy (FAP).\n"
                        "It is not a simple pain reliever and should not be used for everyday aches.\n"
                        "It is not used for people who have kidney disease.\n"
                        "NICE recommends tafamidis on the NHS for adults with cardiomyopathy.\n", title="Tafamidis")
    t = treats(page)
    assert t[("Tafamidis", "AA amyloidosis")].negated and t[("Tafamidis", "aches")].negated
    assert t[("Tafamidis", "ATTR polyneuropathy")].negated  # the second of "not used for A or for B"
    assert not any(o in ("kidney disease", "simple pain", "pain") for _, o in t)
    assert not t[("Tafamidis", "cardiomyopathy")].negated


def test_fronted_prevention_and_infusion_reactions(nlp):
    page = analyse(nlp, "Rituximab is a medicine for lymphoma.\n"
                        "To prevent rejection, most people take tacrolimus together with mycophenolate.\n"
                        "Before each infusion, you will be given medicines such as paracetamol to reduce the risk of an "
                        "infusion reaction.\n", title="Rituximab")
    p = prevents(page)
    assert ("Tacrolimus", "rejection") in p and "Mycophenolate" in p[("Tacrolimus", "rejection")].combination
    assert ("Acetaminophen", "infusion reaction") in p


def test_biomarker_lists_before_a_disease_and_cell_types(nlp):
    page = analyse(nlp, "Blinatumomab is used for CD19-positive, Philadelphia chromosome-negative B-ALL in remission.\n"
                        "Palbociclib is used for HR-positive, HER2-negative advanced or metastatic breast cancer.\n"
                        "In adults with CD20-positive, B-cell NHL, rituximab is approved.\n", title="Blinatumomab")
    a = assoc(page)
    assert ("breast cancer", "HR-positive") in a and ("breast cancer", "HER2-negative") in a
    assert ("B-cell NHL", "CD20-positive") in a
    assert any(o == "Philadelphia chromosome-negative" for _, o in a)
    nhl = next(m for m in page.mentions if m.text == "B-cell NHL")
    assert nhl.concept_name == "Lymphoma, B-Cell"


def test_passives_with_adverbs_and_insulin_inside_a_longer_name(nlp):
    page = analyse(nlp, "In the hospital, DKA is usually treated with regular insulin given through a vein.\n"
                        "Ibrutinib is approved for adults with CLL or SLL.\n", title="Ibrutinib")
    t = treats(page)
    assert ("Insulin", "DKA") in t and ("Ibrutinib", "SLL") in t
    assert not any(s == "Ibrutinib" and o == "DKA" for s, o in t)


def test_this_can_cause_after_a_named_disease(nlp):
    page = analyse(nlp, "Antibiotics, including cephalexin, can sometimes lead to a serious bowel infection called "
                        "Clostridioides difficile colitis. This can cause diarrhea, stomach cramps, and fever.\n"
                        "Over time, high blood sugar can damage blood vessels and nerves. This can cause kidney disease "
                        "and vision loss.\n"
                        "Cephalexin may cause a rash. It can also cause nausea.\n", title="Cephalexin")
    c = causes(page)
    assert ("Clostridioides difficile colitis", "fever") in c and ("high blood sugar", "vision loss") in c
    assert not any(o == "nausea" for _, o in c)


def test_tried_first_for_and_more_likely_to_be_offered(nlp):
    page = analyse(nlp, "Antibiotics such as ciprofloxacin and metronidazole are usually tried first for pouchitis.\n"
                        "Women with platinum-resistant ovarian cancer are more likely to be offered weekly paclitaxel.\n"
                        "Standard treatment for HFrEF usually includes an ACE inhibitor and a beta-blocker.\n",
                   title="Ciprofloxacin")
    t = treats(page)
    assert ("Metronidazole", "pouchitis") in t and ("Paclitaxel", "ovarian cancer") in t
    assert any(o == "HFrEF" for _, o in t)


def test_uk_spellings_class_subjects_and_not_a_treatment_for(nlp):
    page = analyse(nlp, "Riluzole is currently the only drug licensed in the UK to treat motor neurone disease (MND).\n"
                        "Tofersen is not a treatment for other forms of MND.\n"
                        "Riluzole is not a cure for MND.\n"
                        "GnRH analogues should not be used to treat endometriosis before surgery.\n"
                        "Guidelines recommend entecavir as the preferred first-line medicine for chronic hepatitis B.\n",
                   title="Riluzole")
    t = treats(page)
    assert ("Riluzole", "motor neurone disease") in t and t[("Tofersen", "MND")].negated
    assert not t[("Riluzole", "MND")].negated
    assert t[("Gonadotropin-Releasing Hormone", "endometriosis")].negated
    assert ("Entecavir", "chronic hepatitis B") in t


def test_translocations_expressed_markers_and_holders_with_an_article(nlp):
    page = analyse(nlp, "High-risk myeloma is identified by genetic changes, such as del(17p), t(4;14) or t(14;16).\n"
                        "The cells that define classical Hodgkin lymphoma almost always express CD30.\n"
                        "Older children with a UTI often have burning with urination and belly pain.\n", title="Carfilzomib")
    a = assoc(page)
    assert ("myeloma", "t(4;14)") in a and ("classical Hodgkin lymphoma", "CD30") in a
    assert ("UTI", "belly pain") in causes(page)


def test_it_after_a_sentence_led_by_another_drug(nlp):
    page = analyse(nlp, "Eltrombopag is used for ITP.\n"
                        "Romiplostim (Nplate) is another TPO-RA given as a weekly injection. It is used to treat chronic "
                        "ITP in adults.\n", title="Eltrombopag")
    assert ("Romiplostim", "ITP") in treats(page)


def test_drug_lists_after_a_fronted_use_and_examples_of_a_class(nlp):
    page = analyse(nlp, "Apalutamide is a medicine for prostate cancer.\n"
                        "Metastatic castration-resistant prostate cancer (mCRPC) is hard to treat.\n"
                        "For mCRPC, doctors may use enzalutamide, docetaxel, radium-223 or the PARP inhibitor olaparib.\n"
                        "Do not take it if you have taken a medicine for erectile dysfunction (ED) such as sildenafil "
                        "(Viagra) or vardenafil in the past day.\n"
                        "To lower your risk of a heart attack, your care team will likely recommend aspirin or another "
                        "antiplatelet drug, a statin and exercise.\n", title="Apalutamide")
    t, p = treats(page), prevents(page)
    assert {s for s, o in t if o == "mCRPC"} >= {"Enzalutamide", "Docetaxel", "Olaparib"}
    assert {s for s, o in t if o == "mCRPC"} <= {"Enzalutamide", "Docetaxel", "Olaparib", "Radium"}  # not "PARP inhibitor"
    assert ("Sildenafil", "erectile dysfunction") in t and ("Vardenafil", "erectile dysfunction") in t
    assert {s for s, o in p if o == "heart attack"} == {"Aspirin", "Platelet Aggregation Inhibitors",
                                                         "Hydroxymethylglutaryl-CoA Reductase Inhibitors"}


def test_a_class_noun_before_a_drug_is_no_second_subject(nlp):
    page = analyse(nlp, "Vonoprazan is approved to treat Helicobacter pylori (H. pylori) infection, in combination with "
                        "the antibiotic amoxicillin.\n"
                        "The antidepressant sertraline is used to treat depression.\n", title="Vonoprazan")
    t = treats(page)
    assert ("Vonoprazan", "infection") in t  # not ") infection": the organism's bracket is cut off
    assert "Amoxicillin" in t[("Vonoprazan", "infection")].combination
    assert ("Sertraline", "depression") in t
    assert not any(o == "depression" and s != "Sertraline" for s, o in t)


def test_refractory_wordings_and_the_stage_of_a_causing_disease(nlp):
    page = analyse(nlp, "Bisoprolol is a beta blocker.\n"
                        "Bisoprolol can be used to treat high blood pressure when other medicines have not controlled it.\n"
                        "Spironolactone is used for acne in adult women when other treatments haven't worked.\n"
                        "Advanced bowel cancer can cause weight loss and tiredness.\n", title="Bisoprolol")
    t = treats(page)
    assert "refractory" in t[("Spironolactone", "acne")].status
    causes = {r.object_text: r for r in page.relations if r.relation == "CAUSES"}
    assert causes["weight loss"].status == ["advanced"]


def test_drug_lists_with_other_class_members_examples_and_called_names(nlp):
    page = analyse(nlp, "Lamotrigine is a medicine for bipolar disorder.\n"
                        "Quetiapine, olanzapine and other antipsychotics are used to treat mania.\n"
                        "For more widespread HS, a 12-week course of a tetracycline antibiotic such as doxycycline or "
                        "lymecycline is usually tried first.\n"
                        "You will usually be offered an antibiotic called co-trimoxazole to prevent Pneumocystis pneumonia "
                        "(PCP) while your immunity is low.\n"
                        "Adrenaline is the only medicine that can reverse the life-threatening symptoms of anaphylaxis.\n"
                        "In a large study, adults with prediabetes who took metformin were about 30% less likely to develop "
                        "type 2 diabetes.\n", title="Lamotrigine")
    t, p = treats(page), prevents(page)
    assert {s for s, o in t if o == "mania"} == {"Quetiapine", "Olanzapine", "Antipsychotic Agents"}
    assert {s for s, o in t if o == "HS"} >= {"Doxycycline", "Lymecycline"}
    assert {s for s, o in p if o == "Pneumocystis pneumonia"} == {"Co-trimoxazole"}  # not "Anti-Bacterial Agents"
    assert ("Epinephrine", "anaphylaxis") in t
    assert ("Metformin", "type 2 diabetes") in p


def test_people_with_a_disease_who_live_with_its_signs(nlp):
    page = analyse(nlp, "Adalimumab treats HS.\nMany people with HS also live with chronic pain, low mood and depression.\n",
                   title="Adalimumab")
    causes = texts(page, "CAUSES")
    assert {("HS", "chronic pain"), ("HS", "low mood")} <= causes


def test_a_class_with_examples_as_co_subjects_and_it_after_a_plural_class(nlp):
    page = analyse(nlp, "Erenumab is a medicine to prevent migraine.\n"
                        "Triptans and painkillers such as ibuprofen are still used to treat migraine attacks while you are "
                        "taking erenumab.\n"
                        "It is not a treatment for cluster headache.\n", title="Erenumab")
    t = treats(page)
    assert {s for s, o in t if o == "migraine"} == {"Tryptamines", "Analgesics", "Ibuprofen"}  # not erenumab, taken meanwhile
    assert t[("Erenumab", "cluster headache")].negated  # "It" is the page's drug, not "Triptans"


def test_approved_with_partners_between_commas(nlp):
    page = analyse(nlp, "Rituximab is a medicine for lymphoma.\n"
                        "Rituximab is also approved, together with chemotherapy, for children with Burkitt lymphoma.\n",
                   title="Rituximab")
    rel = treats(page)[("Rituximab", "Burkitt lymphoma")]
    assert "Antineoplastic Agents" in rel.combination and rel.approval == "approved"


def test_who_chooses_a_drug_after_a_fronted_use_and_lists_after_include(nlp):
    page = analyse(nlp, "Acalabrutinib is a medicine for CLL.\n"
                        "For relapsed or refractory CLL, NICE recommends it on its own.\n"
                        "For children with constipation, GPs usually start with a laxative such as macrogol.\n"
                        "Other tablets for relapsing remitting MS include teriflunomide (Aubagio), fingolimod (Gilenya) and "
                        "cladribine (Mavenclad).\n"
                        "Large haemangiomas are better treated with propranolol by mouth.\n", title="Acalabrutinib")
    t = treats(page)
    assert ("Acalabrutinib", "CLL") in t and ("Laxatives", "constipation") in t
    assert {s for s, o in t if o == "relapsing remitting MS"} == {"Teriflunomide", "Fingolimod", "Cladribine"}
    assert any(s == "Propranolol" for s, _ in t)


def test_coordinated_causes_relative_which_and_complication_of(nlp):
    page = analyse(nlp, "Norethisterone treats heavy periods.\n"
                        "Fibroids, polyps and adenomyosis can all cause heavy periods.\n"
                        "Heavy periods can lead to iron deficiency anaemia, which can cause tiredness and breathlessness.\n"
                        "Myxoedema coma is a rare but life-threatening complication of severe untreated hypothyroidism.\n",
                   title="Norethisterone")
    causes = {(r.subject, r.object_text) for r in page.relations if r.relation == "CAUSES"}
    assert {("Leiomyoma", "heavy periods"), ("Polyps", "heavy periods"), ("Adenomyosis", "heavy periods")} <= causes
    assert ("Anemia, Iron-Deficiency", "tiredness") in causes and ("Menorrhagia", "tiredness") not in causes
    assert ("Menorrhagia", "iron deficiency anaemia") in causes
    assert ("Hypothyroidism", "Myxoedema coma") in causes and not any(s == "Myxoedema coma" for s, _ in causes)


def test_a_like_compound_is_no_drug_that_takes_the_cause(nlp):
    page = analyse(nlp, "Propranolol treats high blood pressure.\n"
                        "Pheochromocytoma releases large amounts of adrenaline-like hormones, which can cause dangerously "
                        "high blood pressure.\n", title="Propranolol")
    causes = {(r.subject, r.object_text) for r in page.relations if r.relation == "CAUSES"}
    assert ("Pheochromocytoma", "high blood pressure") in causes


def test_an_amount_of_a_substance_and_what_people_first_notice(nlp):
    page = analyse(nlp, "Penicillamine treats Wilson's disease.\n"
                        "Cystinuria is an inherited condition in which high levels of the amino acid cystine in the urine "
                        "lead to kidney stones.\n"
                        "Some people with Wilson's disease first notice psychiatric symptoms, such as depression or anxiety.\n",
                   title="Penicillamine")
    causes = {(r.subject, r.object_text) for r in page.relations if r.relation == "CAUSES"}
    assert ("Cystinuria", "kidney stones") in causes
    assert ("Hepatolenticular Degeneration", "depression") in causes


def test_laboratory_analytes_are_biomarkers_of_their_disease(nlp):
    page = analyse(nlp, "Men with BPH often have a mildly raised prostate-specific antigen (PSA) level.\n"
                        "Blood tests often show raised levels of NT-proBNP in people with heart failure.\n"
                        "Most people with MS have oligoclonal bands in their spinal fluid.\n"
                        "Suvorexant is an orexin receptor antagonist used for insomnia.\n"
                        "Allopurinol is the first-choice urate-lowering treatment for gout.\n"
                        "ITP is a condition that causes a low platelet count and easy bruising.\n", title="Dutasteride")
    a = texts(page, "ASSOCIATED_WITH")
    assert {("BPH", "prostate-specific antigen"), ("heart failure", "NT-proBNP"), ("MS", "oligoclonal bands")} <= a
    markers = {m.text for m in page.mentions if m.label == "BIOMARKER"}
    assert not markers & {"orexin", "urate"}  # a drug's target, a compound
    # the level of an analyte listed as a symptom is a finding, not the analyte
    assert ("ITP", "low platelet count") in texts(page, "CAUSES")


def test_fronted_for_with_a_list_of_classes_and_their_examples(nlp):
    page = analyse(nlp, "Generalized anxiety disorder (GAD) is common.\n"
                        "GAD often comes with physical symptoms, including restlessness, muscle tension and trouble sleeping.\n"
                        "For GAD, SSRIs such as escitalopram and sertraline, SNRIs such as venlafaxine and duloxetine, "
                        "and pregabalin are usually tried first.\n"
                        "Mebendazole is used to treat threadworm, roundworm and hookworm infections.\n", title="Buspirone")
    t = {(s, o) for s, o in treats(page)}
    assert {("Escitalopram", "GAD"), ("Sertraline", "GAD"), ("Venlafaxine", "GAD"), ("Duloxetine", "GAD"),
            ("Pregabalin", "GAD")} <= t
    assert {("Mebendazole", "threadworm"), ("Mebendazole", "roundworm")} <= t
    c = texts(page, "CAUSES")
    assert {("GAD", "restlessness"), ("GAD", "muscle tension"), ("GAD", "trouble sleeping")} <= c


def test_other_symptoms_examples_after_a_class_and_fronted_in_biomarkers(nlp):
    page = analyse(nlp, "Anemia and kidney disease\n"
                        "Many people with CKD also have low iron. Anemia can cause extreme tiredness and weakness. "
                        "Other symptoms may include:\n"
                        "• shortness of breath\n"
                        "• dizziness\n"
                        "Other medicines for osteoporosis include the bisphosphonate tablets alendronate (Fosamax) and "
                        "risedronate (Actonel), and denosumab (Prolia).\n"
                        "For kidney pain, paracetamol is usually the safest painkiller to try first.\n"
                        "In Paget's disease, a raised alkaline phosphatase (ALP) level is often the first clue.\n"
                        "A stroke can cause facial drooping, arm weakness and slurred speech.\n", title="Aclasta")
    c = texts(page, "CAUSES")
    assert {("Anemia", "weakness"), ("Anemia", "shortness of breath"), ("Anemia", "dizziness")} <= c
    assert not any(o == "dizziness" and s != "Anemia" for s, o in c)
    assert ("stroke", "arm weakness") in c  # the sign with its place
    t = texts(page, "TREATS")
    assert {("alendronate", "osteoporosis"), ("risedronate", "osteoporosis"), ("denosumab", "osteoporosis"),
            ("paracetamol", "kidney pain")} <= t
    a = texts(page, "ASSOCIATED_WITH")
    assert ("Paget's disease", "alkaline phosphatase") in a


def test_brands_listed_as_examples_and_preventive_treatments(nlp):
    page = analyse(nlp, "Lanadelumab (brand name Takhzyro) is a preventative (prophylactic) treatment for hereditary angioedema (HAE).\n"
                        "C1-INH concentrates made from donated plasma, such as Berinert and Cinryze, are given into a vein "
                        "to treat HAE attacks.\n"
                        "Treatments such as Physiotherapy can help.\n", title="Lanadelumab")
    drugs = {m.text for m in page.mentions if m.label == "DRUG"}
    assert {"Berinert", "Cinryze"} <= drugs and "Physiotherapy" not in drugs
    t = texts(page, "TREATS")
    assert {("Berinert", "HAE attacks"), ("Cinryze", "HAE attacks")} <= t
    p = texts(page, "PREVENTS")
    assert ("Lanadelumab", "hereditary angioedema") in p and ("Lanadelumab", "hereditary angioedema") not in t


def test_receptor_status_shorthand_combined_with_and_holder_conditions(nlp):
    page = analyse(nlp, "Ribociclib is taken by people living with hormone receptor-positive, HER2-negative (HR+/HER2-) "
                        "metastatic breast cancer.\n"
                        "For metastatic breast cancer with a PIK3CA mutation, alpelisib (Piqray) or capivasertib (Truqap) "
                        "may be combined with fulvestrant.\n"
                        "People with cirrhosis may already have other complications, such as jaundice, ascites and confusion.\n",
                   title="Ribociclib")
    a = texts(page, "ASSOCIATED_WITH")
    assert {("breast cancer", "hormone receptor-positive"), ("breast cancer", "HER2-negative")} <= a
    assert "HR+/HER2-" in {m.text for m in page.mentions if m.label == "BIOMARKER"}
    t = texts(page, "TREATS")
    assert {("alpelisib", "breast cancer"), ("capivasertib", "breast cancer")} <= t
    assert not any(s in ("Piqray", "Truqap", "fulvestrant") for s, _ in t)
    c = texts(page, "CAUSES")
    assert {("cirrhosis", "jaundice"), ("cirrhosis", "ascites")} <= c


def test_each_for_takes_the_drugs_before_it(nlp):
    page = analyse(nlp, "Other medicines help manage symptoms, such as baclofen or tizanidine for stiffness, mexiletine, "
                        "used off-label, for muscle cramps, and glycopyrrolate for excess saliva.\n", title="Edaravone")
    t = texts(page, "TREATS")
    assert t == {("baclofen", "stiffness"), ("tizanidine", "stiffness"), ("mexiletine", "muscle cramps"),
                 ("glycopyrrolate", "excess saliva")}


def test_delay_is_prevention_and_one_disease_in_two_statements(nlp):
    page = analyse(nlp, "Tzield (teplizumab-mzwv) is the first medicine that can delay the onset of Stage 3 type 1 diabetes (T1D).\n"
                        "Dabigatran is licensed to treat VTE in children and to prevent VTE coming back.\n"
                        "In Stage 1 T1D, a person has two or more autoantibodies in their blood.\n", title="Tzield")
    p = texts(page, "PREVENTS")
    t = texts(page, "TREATS")
    assert ("Tzield", "type 1 diabetes") in p and ("Tzield", "type 1 diabetes") not in t
    assert ("Dabigatran", "VTE") in p and ("Dabigatran", "VTE") in t
    a = texts(page, "ASSOCIATED_WITH")
    assert ("T1D", "autoantibodies") in a


def test_parkinsons_drug_classes_and_lists_after_other_standard_classes(nlp):
    page = analyse(nlp, "Bisoprolol and other standard beta-blockers, diltiazem, verapamil and digoxin are all used to "
                        "control the heart rate in AF.\n"
                        "Other medicines for Parkinson's include dopamine agonists, MAO-B inhibitors and COMT inhibitors.\n",
                   title="Sotalol")
    t = texts(page, "TREATS")
    assert {("Bisoprolol", "AF"), ("diltiazem", "AF"), ("verapamil", "AF"), ("digoxin", "AF")} <= t
    assert {("dopamine agonists", "Parkinson's"), ("MAO-B inhibitors", "Parkinson's"), ("COMT inhibitors", "Parkinson's")} <= t


def test_flaring_up_is_prevented_and_a_body_part_is_no_cause_subject(nlp):
    page = analyse(nlp, "Parathyroid carcinoma is rare. It can cause very high calcium levels, leading to confusion and vomiting.\n"
                        "Crohn's disease can affect any part of the gut, from the mouth to the anus, and may lead to "
                        "weight loss and fistulas.\n"
                        "Continuing mirikizumab as maintenance treatment helps to stop ulcerative colitis from flaring up again.\n",
                   title="Mirikizumab")
    c = texts(page, "CAUSES")
    assert {("Crohn's disease", "weight loss"), ("Crohn's disease", "fistulas"),
            ("Parathyroid carcinoma", "very high calcium levels")} <= c
    assert not any(s == "anus" for s, _ in c)
    p = texts(page, "PREVENTS")
    assert ("mirikizumab", "ulcerative colitis") in p


def test_useful_for_preferred_antibiotic_instead_clause_and_diagnostic_tests(nlp):
    page = analyse(nlp, "Other medicines for high cholesterol include ezetimibe on its own, PCSK9 inhibitors such as "
                        "evolocumab (Repatha), and inclisiran (Leqvio).\n"
                        "Clarithromycin is particularly useful for pneumonia caused by atypical bacteria.\n"
                        "Clarithromycin is the preferred antibiotic for babies under 1 month old with whooping cough.\n"
                        "Flucloxacillin is normally the first choice for cellulitis, and clarithromycin is used instead if "
                        "you are allergic to penicillin.\n"
                        "Blood tests for rheumatoid factor and anti-CCP antibodies can help your doctor diagnose rheumatoid arthritis.\n",
                   title="Clarithromycin")
    t = texts(page, "TREATS")
    assert {("ezetimibe", "high cholesterol"), ("PCSK9 inhibitors", "high cholesterol"), ("evolocumab", "high cholesterol"),
            ("inclisiran", "high cholesterol"), ("Clarithromycin", "pneumonia"), ("Clarithromycin", "whooping cough"),
            ("clarithromycin", "cellulitis"), ("Flucloxacillin", "cellulitis")} <= t
    assert ("antibiotic", "whooping cough") not in t  # the class the subject belongs to
    a = texts(page, "ASSOCIATED_WITH")
    assert {("rheumatoid arthritis", "rheumatoid factor"), ("rheumatoid arthritis", "anti-CCP antibodies")} <= a


def test_recommended_and_licensed_only_for(nlp):
    page = analyse(nlp, "Imiquimod is not recommended for molluscum contagiosum in children.\n"
                        "Imiquimod is recommended for superficial basal cell carcinoma.\n"
                        "Zyclara is licensed only for actinic keratosis.\n"
                        "Imiquimod is not recommended for people with autoimmune disease.\n", title="Imiquimod")
    t = {(r.subject_text, r.object_text, r.negated) for r in page.relations if r.relation == "TREATS"}
    assert {("Imiquimod", "molluscum contagiosum", True), ("Imiquimod", "basal cell carcinoma", False),
            ("Zyclara", "actinic keratosis", False)} <= t
    assert not any(o == "autoimmune disease" for _, o, _ in t)  # a contraindication, not a use


def test_organism_asides_fronted_in_and_class_examples_used_for(nlp):
    page = analyse(nlp, "Urogenital schistosomiasis, caused by S. haematobium, can lead to haematuria and bladder fibrosis.\n"
                        "Acute schistosomiasis typically presents 2 to 8 weeks after exposure with fever, cough and diarrhoea.\n"
                        "In acute schistosomiasis, a corticosteroid such as prednisolone is often given to control the reaction.\n"
                        "Overactive bladder (OAB) is common.\n"
                        "Other antimuscarinics used for OAB in Australia include oxybutynin (Ditropan), tolterodine and darifenacin.\n"
                        "Solifenacin is approved by the Therapeutic Goods Administration (TGA) for adults with overactive bladder.\n",
                   title="Praziquantel")
    c = texts(page, "CAUSES")
    assert {("Urogenital schistosomiasis", "haematuria"), ("schistosomiasis", "fever"), ("schistosomiasis", "cough")} <= c
    t = texts(page, "TREATS")
    assert {("prednisolone", "schistosomiasis"), ("tolterodine", "OAB"), ("darifenacin", "OAB"),
            ("Solifenacin", "overactive bladder")} <= t


def test_disease_prevention_noun_and_drugs_listed_after_a_prevent_colon(nlp):
    page = analyse(nlp, "Atogepant (Aquipta) is a daily tablet licensed for migraine prevention.\n"
                        "Three other CGRP monoclonal antibodies are licensed to prevent migraine: erenumab (Aimovig), "
                        "fremanezumab (Ajovy) and eptinezumab (Vyepti).\n", title="Galcanezumab")
    p = texts(page, "PREVENTS")
    assert {("Atogepant", "migraine"), ("erenumab", "migraine"), ("fremanezumab", "migraine"), ("eptinezumab", "migraine")} <= p
    assert not any(r.relation == "TREATS" for r in page.relations)


def test_it_in_a_list_item_is_the_drug_the_item_opens_with(nlp):
    page = analyse(nlp, "Abrocitinib is a JAK inhibitor tablet for atopic eczema.\n"
                        "There are two other JAK inhibitor tablets for atopic eczema in the UK:\n"
                        "• Baricitinib (Olumiant), a once-daily tablet. It is also used to treat rheumatoid arthritis.\n",
                   title="Abrocitinib")
    t = texts(page, "TREATS")
    assert ("Baricitinib", "rheumatoid arthritis") in t and ("Abrocitinib", "rheumatoid arthritis") not in t


def test_people_with_x_start_with_a_hyphenated_class(nlp):
    page = analyse(nlp, "Many people with COPD start with a long-acting bronchodilator.\n", title="Symbicort")
    t = texts(page, "TREATS")
    assert ("bronchodilator", "COPD") in t


def test_main_cause_of_untreated_risk_and_makes_more_likely(nlp):
    page = analyse(nlp, "The most common cause of hyperthyroidism in Canada is Graves' disease.\n"
                        "Uncontrolled hyperthyroidism in pregnancy increases the risk of miscarriage and pre-eclampsia.\n"
                        "Atopic eczema also makes skin infections more likely.\n", title="Propylthiouracil")
    c = texts(page, "CAUSES")
    assert {("Graves' disease", "hyperthyroidism"), ("hyperthyroidism", "miscarriage"), ("hyperthyroidism", "pre-eclampsia"),
            ("Atopic eczema", "skin infections")} <= c
    assert ("hyperthyroidism", "Graves' disease") not in c


def test_its_symptoms_struggle_with_and_bracketed_brand_lists(nlp):
    page = analyse(nlp, "ADHD is a neurodevelopmental disorder that affects about 1 in 9 children. Its core symptoms are "
                        "inattention, hyperactivity and impulsivity. Children with ADHD may also struggle with forgetfulness, "
                        "disorganization and restlessness.\n"
                        "Stimulants such as methylphenidate (Ritalin, Concerta) and amphetamines (Adderall, Vyvanse) are "
                        "usually the first medications tried for ADHD.\n"
                        "Other non-stimulant options for ADHD are atomoxetine (Strattera), viloxazine (Qelbree) and "
                        "extended-release clonidine (Kapvay).\n"
                        "Intuniv is a once-daily, non-stimulant medicine for ADHD in kids ages 6 to 17.\n", title="Guanfacine")
    c = texts(page, "CAUSES")
    assert {("ADHD", "inattention"), ("ADHD", "impulsivity"), ("ADHD", "forgetfulness"), ("ADHD", "restlessness")} <= c
    t = texts(page, "TREATS")
    assert {("methylphenidate", "ADHD"), ("amphetamines", "ADHD"), ("clonidine", "ADHD"), ("Intuniv", "ADHD")} <= t


def test_treated_with_medicines_such_as_and_used_in_all_types(nlp):
    page = analyse(nlp, "Fampridine is a tablet for walking problems in MS.\n"
                        "Spasticity can be treated with medicines such as baclofen or tizanidine.\n"
                        "It can be used in all types of MS, including relapsing remitting MS (RRMS).\n", title="Fampridine")
    t = texts(page, "TREATS")
    assert {("baclofen", "Spasticity"), ("tizanidine", "Spasticity"), ("Fampridine", "relapsing remitting MS")} <= t
    assert ("Fampridine", "Spasticity") not in t


def test_suitable_for_a_disease_and_not_suitable_for_people_with(nlp):
    page = analyse(nlp, "Benzoyl peroxide is suitable for most adults and teenagers with acne.\n"
                        "It is not suitable for rosacea, a different skin condition.\n"
                        "It is not suitable for people with liver disease.\n"
                        "Isotretinoin is a tablet prescribed only by a consultant dermatologist for severe acne.\n",
                   title="Benzoyl peroxide")
    t = {(r.subject_text, r.object_text, r.negated) for r in page.relations if r.relation == "TREATS"}
    assert {("Benzoyl peroxide", "acne", False), ("Benzoyl peroxide", "rosacea", True), ("Isotretinoin", "acne", False)} <= t
    assert not any(o == "liver disease" for _, o, _ in t)  # a contraindication


def test_recommends_a_or_b_with_an_aside_for(nlp):
    page = analyse(nlp, "NICE recommends acamprosate or naltrexone, together with psychological support, for people with "
                        "moderate to severe alcohol dependence once withdrawal is complete.\n", title="Acamprosate")
    t = texts(page, "TREATS")
    assert {("acamprosate", "alcohol dependence"), ("naltrexone", "alcohol dependence")} <= t


def test_an_introduced_brand_outweighs_an_unnormalized_model_label(nlp):
    page = analyse(nlp, "Descovy (emtricitabine/tenofovir alafenamide) is a tablet.\n"
                        "In the United States, Descovy is approved to prevent HIV in adults and adolescents.\n"
                        "Descovy is used to treat HIV-1 infection in adults.\n", title="Descovy")
    assert {m.label for m in page.mentions if m.text == "Descovy"} == {"DRUG"}
    assert ("Descovy", "HIV") in texts(page, "PREVENTS")


def test_a_reference_number_ends_its_sentence(nlp):
    page = analyse(nlp, "Clindamycin\nFor sore throat, amoxicillin is given to prevent acute rheumatic fever.3 Clindamycin "
                        "was dropped from guidance on dental procedures.\n")
    assert ("Amoxicillin", "acute rheumatic fever") in prevents(page)
    assert page.document.text[page.sentences[-1].start:].startswith("Clindamycin was dropped")


def test_with_segments_name_partners_of_one_subject(nlp):
    page = analyse(nlp, "Clindamycin\nIn secondary care, clindamycin is also used with primaquine for Pneumocystis pneumonia, "
                        "with pyrimethamine for toxoplasmosis when sulfadiazine cannot be tolerated, and with quinine "
                        "for malaria.\n")
    t = treats(page)
    assert {s for s, _ in t} == {"Clindamycin"}
    assert t[("Clindamycin", "toxoplasmosis")].combination == ["Pyrimethamine"]
    assert t[("Clindamycin", "malaria")].combination == ["Quinine"]


def test_may_be_considered_in_the_following(nlp):
    page = analyse(nlp, "Clindamycin\nClindamycin is not a first-line treatment. It may be considered in the following "
                        "situations:\n- Cellulitis, in patients with penicillin allergy\n- Bacterial vaginosis\n")
    assert {("Clindamycin", "Cellulitis"), ("Clindamycin", "Bacterial vaginosis")} <= set(treats(page))


def test_apposed_brands_calm_cue_and_adverbs_before_caused_by(nlp):
    page = analyse(nlp, "Valbenazine\nValbenazine is a medication that can calm the involuntary movements of tardive dyskinesia.\n"
                        "Two microbiome products, Rebyota and Vowst, are used to prevent recurrent C. diff infection.\n"
                        "Diarrhoea is most often caused by gastroenteritis, but it can also happen after surgery.\n")
    assert ("Valbenazine", "tardive dyskinesia") in treats(page)
    assert {s for s, _ in prevents(page)} == {"Rebyota", "Vowst"}
    assert {r.pathogen[0] for r in page.relations if r.relation == "PREVENTS"} == {"C. diff"}
    assert ("gastroenteritis", "Diarrhoea") in causes(page)


def test_alternatives_for_and_granted_approval_for(nlp):
    page = analyse(nlp, "Dalteparin\nApixaban and rivaroxaban are now acceptable alternatives for most patients with "
                        "cancer-associated VTE.\nThe FDA granted lorlatinib accelerated approval in 2018 for people whose "
                        "ALK-positive NSCLC had progressed on crizotinib.\n")
    t = treats(page)
    assert {"Apixaban", "Rivaroxaban", "Lorlatinib"} <= {s for s, _ in t}
    assert "Crizotinib" not in {s for s, _ in t}


def test_vaccines_no_effect_and_fronted_alternatives(nlp):
    page = analyse(nlp, "Entecavir\nEntecavir has no effect on hepatitis C or hepatitis D.\n"
                        "For nerve pain, gabapentin, pregabalin and duloxetine are common alternatives.\n"
                        "The yearly flu vaccine is the best way to protect against influenza.\n")
    t = treats(page)
    assert t[("Entecavir", "hepatitis C")].negated and t[("Entecavir", "hepatitis D")].negated
    assert {"Gabapentin", "Pregabalin", "Duloxetine"} <= {s for s, o in t if o == "nerve pain"}
    flu = [m for m in page.mentions if m.text == "flu vaccine"]
    assert flu and flu[0].label == "DRUG"
    assert ("flu vaccine", "influenza") in {(r.subject_text, r.object_text) for r in page.relations if r.relation == "PREVENTS"}


def test_needs_examples_try_and_suggests_for_population(nlp):
    page = analyse(nlp, "Bimekizumab\nMost people with axSpA try nonsteroidal anti-inflammatory drugs (NSAIDs), such as "
                        "naproxen or ibuprofen, first.\nIf medication is needed, NICE suggests venlafaxine or an SSRI "
                        "antidepressant such as sertraline for adults with PTSD.\nMany people with AF take an "
                        "anticoagulant, such as apixaban, to lower their risk of stroke.\n")
    t = treats(page)
    assert {("Naproxen", "axSpA"), ("Ibuprofen", "axSpA"), ("Venlafaxine", "PTSD"), ("Sertraline", "PTSD")} <= set(t)
    assert not any(o == "AF" for _, o in t)  # taken to prevent a stroke, not to treat AF


def test_treated_with_alternatives_options_include_and_cmv(nlp):
    page = analyse(nlp, "Letermovir\nCMV infection is usually treated with valganciclovir tablets or IV ganciclovir.\n"
                        "For people with HoFH, treatment options include evolocumab, evinacumab and lomitapide.\n"
                        "Letermovir does not treat CMV once it has become active.\n")
    t = treats(page)
    assert {("Valganciclovir", "CMV infection"), ("Ganciclovir", "CMV infection")} <= set(t)
    assert {"Evolocumab", "Evinacumab", "Lomitapide"} <= {s for s, o in t if o == "HoFH"}
    assert t[("Letermovir", "CMV")].negated


def test_long_approved_by_intro_and_drug_items_for(nlp):
    page = analyse(nlp, "Ivacaftor\nIn Australia, ivacaftor on its own is approved by the Therapeutic Goods Administration "
                        "(TGA) and subsidised on the Pharmaceutical Benefits Scheme (PBS) for:\n- CF in people aged 18 years "
                        "and older who have an R117H variant\nIvacaftor is also an ingredient in two combination treatments:\n"
                        "- lumacaftor/ivacaftor (Orkambi), for CF in children aged 2 years and older\n")
    t = treats(page)
    assert ("Ivacaftor", "CF") in t and ("Lumacaftor", "CF") in t


def test_help_with_and_drops_for_x_include(nlp):
    page = analyse(nlp, "Olopatadine\nMetoclopramide, an anti-nausea medicine, can also help with nausea and vomiting.\n"
                        "Other antihistamine eye drops for allergic conjunctivitis include ketotifen (Zaditor) and "
                        "alcaftadine (Lastacaft).\n")
    t = treats(page)
    assert {("Metoclopramide", "nausea"), ("Metoclopramide", "vomiting")} <= set(t)
    assert {("Ketotifen", "allergic conjunctivitis"), ("Alcaftadine", "allergic conjunctivitis")} <= set(t)


def test_drug_lines_for_x_with_release_generic_and_low_sodium(nlp):
    page = analyse(nlp, "Sodium oxybate\nXywav (calcium, magnesium, potassium and sodium oxybates), a low-sodium version – "
                        "for cataplexy in people with narcolepsy\nLumryz (extended-release sodium oxybate) – a "
                        "once-at-bedtime version for cataplexy in people with narcolepsy\n")
    t = treats(page)
    assert {"Xywav", "Lumryz"} <= {r.subject_text for r in t.values() if r.object_text == "cataplexy"}
    assert "Sodium" not in {s for s, _ in t}


def test_signs_named_before_symptoms_of(nlp):
    page = analyse(nlp, "Colestyramine\nFatigue and itch (pruritus) are the two symptoms of primary biliary cholangitis "
                        "that affect people most.\nIn people with kidney disease, a low ferritin is a sign of iron "
                        "deficiency anemia.\n")
    c = causes(page)
    assert {("primary biliary cholangitis", "Fatigue"), ("primary biliary cholangitis", "itch")} <= c
    assert not any(s == "iron deficiency anemia" for s, _ in c)


def test_everyone_with_has_and_used_alongside_for(nlp):
    page = analyse(nlp, "Hydralazine\nAlmost everyone with systemic sclerosis has Raynaud's phenomenon.\nHydralazine tablets "
                        "are sometimes used alongside labetalol or nifedipine for chronic hypertension in pregnancy.\n")
    assert ("systemic sclerosis", "Raynaud's phenomenon") in causes(page)
    assert ("Hydralazine", "hypertension") in treats(page)  # "chronic" is a status word, not part of the name


def test_treated_with_a_dose_of_a_or_b(nlp):
    page = analyse(nlp, "Tinidazole\nTrichomoniasis is treated with a single 2 g dose of tinidazole or metronidazole.\n")
    assert {"Tinidazole", "Metronidazole"} <= {s for s, o in treats(page) if o == "Trichomoniasis"}


def test_cannot_take_because_of_and_a_country_is_no_drug(nlp):
    page = analyse(nlp, "Rimegepant\nHealth Canada has approved rimegepant in adults for two uses:\n- the acute treatment "
                        "of migraine\nUnlike triptans, it may be an option for people who cannot take triptans because "
                        "of heart disease.\n")
    t = treats(page)
    assert {s for s, o in t if o == "migraine"} == {"Rimegepant"}
    assert ("Triptans", "heart disease") not in t


def test_slow_down_wont_help_with_and_drug_list_items_for(nlp):
    page = analyse(nlp, "Fenofibrate\nFenofibrate can help slow down diabetic retinopathy.\nIt also won't help with sleep "
                        "apnoea or restless legs syndrome.\nOther treatments include:\n- anti-VEGF injections, such as "
                        "ranibizumab (Lucentis), aflibercept (Eylea) or faricimab (Vabysmo), for diabetic macular oedema\n")
    t = treats(page)
    assert not t[("Fenofibrate", "diabetic retinopathy")].negated
    assert t[("Fenofibrate", "sleep apnoea")].negated and t[("Fenofibrate", "restless legs syndrome")].negated
    assert {"Ranibizumab", "Aflibercept", "Faricimab"} <= {s for s, o in t if o == "diabetic macular oedema"}


def test_other_class_after_copula_and_not_controlled_well_enough_by(nlp):
    page = analyse(nlp, "Griseofulvin\nItraconazole and fluconazole are other oral antifungals that are sometimes used "
                        "for tinea capitis.\nRanolazine is licensed as an add-on treatment for adults with stable angina "
                        "whose symptoms are not controlled well enough by first-line anti-anginals, such as beta blockers or "
                        "calcium channel blockers.\n")
    t = treats(page)
    assert {s for s, o in t if o == "tinea capitis"} == {"Itraconazole", "Fluconazole"}
    assert {s for s, o in t if o == "stable angina"} == {"Ranolazine"}


def test_recommend_intro_items_and_hormone_receptors(nlp):
    page = analyse(nlp, "Exemestane\nYour oncologist may recommend exemestane:\n- for advanced (metastatic) breast cancer "
                        "that has grown despite treatment with tamoxifen\nWhen breast cancer is diagnosed, the biopsy is "
                        "tested for oestrogen receptors (ER), progesterone receptors (PR) and HER2.\n")
    assert ("Exemestane", "breast cancer") in treats(page)
    assert "Tamoxifen" not in {s for s, _ in treats(page)}
    assert {("breast cancer", "oestrogen receptors"), ("breast cancer", "progesterone receptors")} <= set(assoc(page))


def test_treated_with_antifungal_creams_such_as(nlp):
    page = analyse(nlp, "Griseofulvin\nSmall patches of ringworm can usually be treated with antifungal creams such as "
                        "terbinafine, clotrimazole or miconazole, without the need for tablets.\n")
    assert {"Terbinafine", "Clotrimazole", "Miconazole"} <= {s for s, o in treats(page) if o == "ringworm"}


def test_pairs_of_drugs_listed_as_combinations_for_a_disease(nlp):
    page = analyse(nlp, "Cabozantinib\nOther first-line combinations for advanced RCC include pembrolizumab (Keytruda) plus "
                        "axitinib (Inlyta), lenvatinib plus pembrolizumab, and nivolumab plus ipilimumab (Yervoy).\n")
    t = treats(page)
    assert {"Pembrolizumab", "Lenvatinib", "Nivolumab"} <= {s for s, o in t if o == "RCC"}
    assert ("Cabozantinib", "RCC") not in t
    assert t[("Nivolumab", "RCC")].combination == ["Ipilimumab"]


def test_which_clause_cause_subject_and_coordinated_findings_as_causes(nlp):
    page = analyse(nlp, "Mefenamic acid\nHeavy periods are a common cause of iron deficiency anaemia, which can cause "
                        "tiredness, weakness and shortness of breath.\nHeavy periods can be caused by fibroids, polyps, "
                        "adenomyosis or an underactive thyroid.\nPatients with HIT are switched to argatroban.\n")
    c = set(causes(page))
    assert {("iron deficiency anaemia", "tiredness"), ("iron deficiency anaemia", "shortness of breath")} <= c
    assert ("Heavy periods", "tiredness") not in c
    assert {("fibroids", "Heavy periods"), ("polyps", "Heavy periods"), ("adenomyosis", "Heavy periods")} <= c
    assert ("Argatroban", "HIT") in treats(page)


def test_a_product_named_by_two_drugs_is_one_subject(nlp):
    page = analyse(nlp, "Amoxicillin and clavulanate\nAmoxicillin and clavulanate is used to treat sinus infections.\n"
                        "Amoxicillin and clavulanate will not work for colds.\nEmtricitabine and tenofovir are used "
                        "to treat HIV.\nRepeating chemotherapy and etoposide is an option for SCLC.\n", title="Amoxicillin and clavulanate")
    t = treats(page)
    assert ("Amoxicillin", "sinus infections") in t and ("Amoxicillin", "colds") in t
    assert not any(s == "Clavulanic Acid" for s, _ in t)
    assert {("Emtricitabine", "HIV"), ("Tenofovir", "HIV"), ("Etoposide", "SCLC")} <= set(t)


def test_a_long_cause_phrase_before_a_list_of_signs(nlp):
    page = analyse(nlp, "Trazodone\nDepression is a common mood disorder. Depression causes symptoms that last most of "
                        "the day, nearly every day, for at least two weeks, such as:\n• Loss of interest in activities\n"
                        "• Fatigue and low energy\n", title="Trazodone")
    assert {("Depression", "Loss of interest"), ("Depression", "Fatigue")} <= set(causes(page))


def test_used_in_an_abbreviated_disease(nlp):
    page = analyse(nlp, "Nilotinib\nNilotinib is one of several TKIs used in CML.\nIt is not used in pregnancy.\n",
                   title="Nilotinib")
    t = treats(page)
    assert ("Nilotinib", "CML") in t and len(t) == 1


def test_people_with_a_form_of_a_disease_develop_its_signs(nlp):
    page = analyse(nlp, "Hydrocortisone\nCongenital adrenal hyperplasia (CAH) is inherited. Without treatment, babies with "
                        "the salt-wasting form of classic CAH can develop vomiting and dehydration.\n", title="Hydrocortisone")
    assert {("CAH", "vomiting"), ("CAH", "dehydration")} <= set(causes(page))


def test_a_list_of_side_effects_after_a_treatment_word_is_no_list_of_uses(nlp):
    page = analyse(nlp, "DFMO\nSide effects\nMost children manage DFMO well, but it can cause side effects, including:\n"
                        "• low blood counts, which can raise the risk of infection\n• diarrhea and vomiting\n"
                        "Uses\nAdalimumab is used to relieve the symptoms of disorders (conditions in which the immune "
                        "system causes pain) including the following:\n• ulcerative colitis in adults\n", title="DFMO")
    t = treats(page)
    assert not any(o in ("diarrhea", "vomiting", "low blood counts") for _, o in t)
    assert ("Adalimumab", "ulcerative colitis") in t


def test_treatments_for_a_disease_listed_under_an_intro_without_a_drug(nlp):
    page = analyse(nlp, "Polatuzumab vedotin\nPolatuzumab vedotin treats DLBCL.\nOther treatments for relapsed or "
                        "refractory DLBCL include:\n• bispecific antibodies, such as glofitamab and epcoritamab\n"
                        "• tafasitamab in combination with lenalidomide\n", title="Polatuzumab vedotin")
    rels = [r for r in page.relations if r.relation == "TREATS" and r.object_text == "DLBCL"]
    assert {"Glofitamab", "Epcoritamab", "Tafasitamab"} <= {r.subject for r in rels}
    assert not any(r.subject_text.lower().startswith("polatuzumab") and r.evidence.startswith("Other") for r in rels)


def test_benefit_from_a_class_and_guidelines_named_by_an_acronym(nlp):
    page = analyse(nlp, "Loratadine\nPeople with moderate to severe allergic rhinitis usually get more benefit from a "
                        "corticosteroid nasal spray.\nFor chronic urticaria, ASCIA guidelines recommend a non-sedating "
                        "antihistamine taken every day.\n", title="Loratadine")
    objs = {o for _, o in treats(page)}
    assert {"allergic rhinitis", "chronic urticaria"} <= objs


def test_approved_by_an_agency_written_with_periods(nlp):
    page = analyse(nlp, "Midostaurin\nMidostaurin is an oral kinase inhibitor approved by the U.S. Food and Drug "
                        "Administration (FDA) in April 2017 for adults with advanced systemic mastocytosis.\n",
                   title="Midostaurin")
    assert ("Midostaurin", "advanced systemic mastocytosis") in treats(page) or ("Midostaurin", "systemic mastocytosis") in treats(page)


def test_people_with_a_disease_and_its_short_form_can_have_its_signs(nlp):
    page = analyse(nlp, "Midostaurin\nPeople with systemic mastocytosis (SM) can have flushing, itching and diarrhea.\n",
                   title="Midostaurin")
    assert {"flushing", "itching", "diarrhea"} <= {o for _, o in causes(page)}


def test_used_to_lower_a_measure_in_people_with_a_disease(nlp):
    page = analyse(nlp, "Latanoprost\nIt is used to lower intraocular pressure (IOP) in people with open-angle glaucoma "
                        "or ocular hypertension.\n", title="Latanoprost")
    assert {"open-angle glaucoma", "ocular hypertension"} <= {o for _, o in treats(page)}


def test_a_bulleted_drug_for_a_disease(nlp):
    page = analyse(nlp, "Decitabine\nDecitabine treats MDS.\nOther treatments for MDS\nDepending on your risk group, your "
                        "haematologist may talk to you about:\n• lenalidomide (Revlimid) for people with lower-risk MDS who "
                        "have the del(5q) chromosome change\n• azacitidine (Vidaza) for higher-risk MDS\n"
                        "Decitabine is given as an infusion in hospital.\n", title="Decitabine")
    assert {("Lenalidomide", "MDS"), ("Azacitidine", "MDS")} <= {(r.subject, r.object_text) for r in page.relations
                                                                  if r.relation == "TREATS"}


def test_a_text_line_that_states_an_approval_is_no_heading(nlp):
    page = analyse(nlp, "Lubiprostone\nChronic idiopathic constipation (CIC) is common. Lubiprostone is used to treat CIC.\n"
                        "Depending on your symptoms, your gastroenterologist may recommend:\n"
                        "Linaclotide (Linzess), approved for CIC and IBS-C in adults and for functional constipation in children\n"
                        "Prucalopride (Motegrity), approved for CIC in adults\n"
                        "Polyethylene glycol (MiraLAX) is inexpensive and a good first choice for many people with constipation.\n",
                   title="Lubiprostone")
    assert ("Prucalopride", "CIC") in treats(page)


def test_used_off_label_in_an_abbreviated_disease(nlp):
    page = analyse(nlp, "Romiplostim\nRomiplostim treats ITP.\nRituximab (Rituxan) is used off-label in ITP.\n",
                   title="Romiplostim")
    r = [r for r in page.relations if r.relation == "TREATS" and r.subject_text == "Rituximab"]
    assert [(x.object_text, x.approval) for x in r] == [("ITP", "off-label")]


def test_the_symptoms_of_a_sign_named_as_a_condition(nlp):
    page = analyse(nlp, "Epoetin alfa\nEpoetin alfa treats anaemia in kidney disease.\nThe symptoms of anaemia include "
                        "tiredness, lack of energy, breathlessness and feeling cold.\n", title="Epoetin alfa")
    c = causes(page)
    assert {("anaemia", "tiredness"), ("anaemia", "breathlessness")} <= set(c)
    assert not any(s == "kidney disease" for s, _ in c)


def test_alternatives_after_treated_with_and_a_class_after_include(nlp):
    page = analyse(nlp, "Isavuconazole\nMucormycosis is treated with amphotericin B, posaconazole or isavuconazole.\n"
                        "Today, the preferred first treatments for CLL include the BTK inhibitors ibrutinib (Imbruvica), "
                        "acalabrutinib (Calquence) and zanubrutinib (Brukinsa).\n", title="Isavuconazole")
    t = {(r.subject, r.object_text) for r in page.relations if r.relation == "TREATS"}
    assert {("Amphotericin B", "Mucormycosis"), ("Posaconazole", "Mucormycosis"), ("Isavuconazole", "Mucormycosis"),
            ("Ibrutinib", "CLL"), ("Acalabrutinib", "CLL"), ("Zanubrutinib", "CLL")} <= t


def test_used_when_a_disease_comes_back(nlp):
    page = analyse(nlp, "Imatinib\nImatinib treats CML.\nImatinib can be used when dermatofibrosarcoma protuberans has come "
                        "back after surgery.\n", title="Imatinib")
    assert ("Imatinib", "dermatofibrosarcoma protuberans") in treats(page)


def test_diseases_with_glosses_can_both_cause_a_sign(nlp):
    page = analyse(nlp, "Lubiprostone\nLubiprostone treats constipation in adults.\nHypothyroidism (an underactive thyroid) "
                        "and hypercalcemia (too much calcium in the blood) can both cause constipation.\n", title="Lubiprostone")
    assert {("Hypothyroidism", "constipation"), ("hypercalcemia", "constipation")} <= set(causes(page))


def test_signs_that_can_be_signs_of_a_disease(nlp):
    page = analyse(nlp, "Ravulizumab\nRavulizumab treats PNH.\nFever, headache with vomiting, a stiff neck or a rash can be "
                        "signs of meningococcal infection.\n", title="Ravulizumab")
    c = causes(page)
    assert {("meningococcal infection", "headache"), ("meningococcal infection", "vomiting")} <= set(c)
    assert not any(o == "meningococcal infection" for _, o in c)


def test_a_disease_after_a_population_aside_is_the_cause(nlp):
    page = analyse(nlp, "Remdesivir\nRemdesivir treats COVID-19.\nIn some people, especially older adults and people with "
                        "chronic lung disease, COVID-19 moves into the lungs and can lead to pneumonia.\nCrohn's disease can "
                        "affect any part of the digestive tract, from the mouth to the anus, and often causes diarrhea.\n",
                   title="Remdesivir")
    c = causes(page)
    assert ("COVID-19", "pneumonia") in c and ("Crohn's disease", "diarrhea") in c
    assert not any(s in ("chronic lung disease", "lung disease", "digestive tract") for s, _ in c)


def test_premedications_in_a_list_with_articles_each_prevent(nlp):
    page = analyse(nlp, "Teclistamab\nTeclistamab treats multiple myeloma.\nBefore each step-up dose, patients receive "
                        "dexamethasone, an antihistamine and acetaminophen to lower the risk of cytokine release syndrome.\n"
                        "Before each dose you will have medicines such as an antihistamine and a steroid to help prevent an "
                        "allergic reaction.\n", title="Teclistamab")
    p = {(r.subject_text, r.object_text) for r in page.relations if r.relation == "PREVENTS"}
    assert {("dexamethasone", "cytokine release syndrome"), ("antihistamine", "cytokine release syndrome"),
            ("acetaminophen", "cytokine release syndrome"), ("steroid", "allergic reaction")} <= p


def test_it_is_caused_by_a_gene_names_the_disease_before(nlp):
    page = analyse(nlp, "Avalglucosidase alfa\nAvalglucosidase alfa treats Pompe disease.\nPompe disease is a rare inherited "
                        "disorder that weakens the muscles.\nIt is caused by changes (mutations) in the GAA gene.\n",
                   title="Avalglucosidase alfa")
    assert ("Pompe disease", "GAA gene") in assoc(page)


def test_treated_in_hospital_with_examples_of_a_plural_class_and_used_in_an_eponym(nlp):
    page = analyse(nlp, "Amitriptyline\nAmitriptyline treats IBS.\nBacterial tracheitis and epiglottitis are treated in hospital "
                        "with intravenous antibiotics.\nAntispasmodics such as mebeverine, hyoscine butylbromide and peppermint "
                        "oil can ease cramping pain.\nMesalazine is sometimes used in Crohn's disease that affects the colon.\n",
                   title="Amitriptyline")
    t = {(r.subject_text, r.object_text) for r in page.relations if r.relation == "TREATS"}
    assert {("antibiotics", "epiglottitis"), ("peppermint oil", "pain"), ("Mesalazine", "Crohn's disease")} <= t
    assert not any(s == "Amitriptyline" and o == "epiglottitis" for s, o in t)


def test_a_value_that_points_to_a_disease(nlp):
    page = analyse(nlp, "Cabergoline\nCabergoline treats prolactinoma.\n"
                        "A prolactin level above 250 ng/mL usually points to a macroprolactinoma.\n", title="Cabergoline")
    assert any(s == "macroprolactinoma" and "prolactin" in o for s, o in assoc(page))


def test_cause_subjects_with_glosses_asides_and_accompanied_signs(nlp):
    page = analyse(nlp, "Clotrimazole\nClotrimazole treats thrush.\nGiardiasis, an infection with the parasite Giardia, causes "
                        "diarrhoea that can go on for several weeks.\nAttacks of Ménière's are often accompanied by nausea and "
                        "vomiting.\nGirls with Turner syndrome usually have short stature.\n", title="Clotrimazole")
    c = set(causes(page))
    assert {("Giardiasis", "diarrhoea"), ("Ménière's", "nausea"), ("Turner syndrome", "short stature")} <= c


def test_a_premedication_that_makes_a_reaction_less_likely_prevents_it(nlp):
    page = analyse(nlp, "Inebilizumab\nInebilizumab treats NMOSD.\nAn antihistamine is given before each dose to make "
                        "infusion reactions less likely.\n", title="Inebilizumab")
    assert [(r.relation, r.object_text) for r in page.relations if r.subject_text == "antihistamine"] == [
        ("PREVENTS", "infusion reactions")]


def test_progression_off_label_use_and_a_long_standing_drug_for(nlp):
    page = analyse(nlp, "Ropeginterferon\nRopeginterferon treats polycythemia vera (PV) and essential thrombocythemia (ET).\n"
                        "Over many years, PV can progress to myelofibrosis.\nSome hematologists use pegylated interferon "
                        "alfa-2a (Pegasys) off-label for ET.\nHydroxyurea has long been the most commonly used cytoreductive "
                        "drug for high-risk PV.\n", title="Ropeginterferon")
    assert ("PV", "myelofibrosis") in causes(page)
    t = {(r.subject_text, r.object_text) for r in page.relations if r.relation == "TREATS"}
    assert {("pegylated interferon alfa-2a", "ET"), ("Hydroxyurea", "PV")} <= t


def test_it_causes_after_the_people_it_affects_is_the_disease_before(nlp):
    page = analyse(nlp, "Amphotericin B\nAmphotericin B treats cryptococcal meningitis.\nCryptococcal meningitis is a fungal "
                        "infection of the brain.\nIt mostly affects people with advanced HIV, and it causes headache and "
                        "confusion.\n", title="Amphotericin B")
    c = causes(page)
    assert ("Cryptococcal meningitis", "headache") in c and not any(s == "HIV" for s, _ in c)


def test_page_meta_sentences_state_uses_but_not_what_the_page_focuses_on(nlp):
    page = analyse(nlp, "Diltiazem\nThis leaflet is for patients who have been prescribed diltiazem cream to treat an anal "
                        "fissure.\nDiltiazem is used 'off-label' for chronic anal fissure in many hospitals.\nDiltiazem also "
                        "treats angina, but on this page we focus on rosacea.\n", title="Diltiazem")
    t = {(r.object_text, r.approval) for r in page.relations if r.relation == "TREATS"}
    assert {("anal fissure", "unspecified"), ("anal fissure", "off-label"), ("angina", "unspecified")} <= t
    assert not any(o == "rosacea" for o, _ in t)


def test_registered_for_and_a_body_by_its_initials_recommending_for_who_develop(nlp):
    page = analyse(nlp, "Miltefosine\nMiltefosine treats leishmaniasis.\nIt was first registered in India in 2002 for "
                        "visceral leishmaniasis.\nFor people living with HIV who develop kala-azar, WHO recommends a "
                        "combination of liposomal amphotericin B and miltefosine.\n", title="Miltefosine")
    t = {(r.subject, r.object_text): r for r in page.relations if r.relation == "TREATS"}
    assert t[("Miltefosine", "visceral leishmaniasis")].approval == "approved"
    assert ("Amphotericin B", "kala-azar") in t and not any(o == "HIV" for _, o in t)


def test_the_others_of_a_group_alongside_used_together_since_and_paired_with(nlp):
    page = analyse(nlp, "Trientine\nTrientine is one of the three main medicines used to treat Wilson's disease in the UK, "
                        "alongside penicillamine and zinc.\nIn Europe, deferiprone has been used since the 1990s for "
                        "thalassaemia major when deferoxamine cannot be used.\nSome centres pair deferiprone with "
                        "deferasirox for heavy iron overload.\n", title="Trientine")
    t = {(r.subject_text, r.object_text): r for r in page.relations if r.relation == "TREATS"}
    assert {("penicillamine", "Wilson's disease"), ("zinc", "Wilson's disease"), ("deferiprone", "thalassaemia major"),
            ("deferiprone", "iron overload")} <= set(t)
    assert not any(s == "deferoxamine" for s, _ in t)
    assert t[("deferiprone", "iron overload")].combination == ["Deferasirox"]


def test_a_drug_whose_amount_is_lowered_is_no_subject(nlp):
    page = analyse(nlp, "Sapropterin\nSapropterin is a medicine for phenylketonuria that lowers the amount of "
                        "phenylalanine in the blood.\n", title="Sapropterin")
    assert {r.subject_text for r in page.relations} == {"Sapropterin"}
    page = analyse(nlp, "Letermovir\nLetermovir prevents CMV infection.\nIt can raise blood levels of tacrolimus, sirolimus "
                        "and cyclosporine, which are used to prevent GVHD, so your levels will be checked.\n", title="Letermovir")
    assert "tacrolimus" in {r.subject_text for r in page.relations}


def test_a_list_of_the_causes_of_a_disease(nlp):
    page = analyse(nlp, "Vardenafil\nVardenafil treats erectile dysfunction (ED).\nConditions that can lead to ED include:\n"
                        "• diabetes\n• hypogonadism (low testosterone)\n• Peyronie's disease, which causes a bend in the penis\n",
                        title="Vardenafil")
    c = causes(page)
    assert {("diabetes", "ED"), ("hypogonadism", "ED"), ("Peyronie's disease", "ED")} <= set(c)
    assert not any(o.startswith("ED ") for _, o in c)


def test_signs_common_in_or_occurring_in_a_disease(nlp):
    page = analyse(nlp, "Tizanidine\nTizanidine treats spasticity.\nThe same kind of spasticity also develops in multiple "
                        "sclerosis (MS), after a stroke, and in cerebral palsy.\nDepression is common in people with "
                        "Huntington's disease.\nBowel cancer is more common in people with Lynch syndrome.\n"
                        "Adults with phenylketonuria whose levels are high often notice poor concentration.\n", title="Tizanidine")
    c = set(causes(page))
    assert {("multiple sclerosis", "spasticity"), ("stroke", "spasticity"), ("cerebral palsy", "spasticity"),
            ("Huntington's disease", "Depression"), ("phenylketonuria", "poor concentration")} <= c
    assert ("Lynch syndrome", "Bowel cancer") not in c


def test_a_line_labelled_with_a_disease_then_its_treatment(nlp):
    page = analyse(nlp, "Tretinoin\nHigh-risk promyelocytic leukaemia: tretinoin plus arsenic trioxide, usually with no "
                        "other chemotherapy.\nRenal impairment: tretinoin can accumulate.\n", title="Tretinoin")
    t = [r for r in page.relations if r.relation == "TREATS" and "High-risk" in r.evidence]
    assert [(r.subject, r.object_text, r.status, r.combination) for r in t] == [
        ("Tretinoin", "leukaemia", ["high-risk"], ["Arsenic Trioxide"])]
    assert not any(r.object_text == "Renal impairment" for r in page.relations)


def test_fewer_events_are_prevented(nlp):
    page = analyse(nlp, "Prasugrel\nPrasugrel treats acute coronary syndrome.\nIn a large trial, prasugrel reduced heart "
                        "attacks and stent thrombosis more than clopidogrel did.\n", title="Prasugrel")
    assert {(r.relation, r.object_text) for r in page.relations if "trial" in r.evidence} == {
        ("PREVENTS", "heart attacks"), ("PREVENTS", "thrombosis")}


def test_for_a_disease_a_drug_is_most_often_used(nlp):
    page = analyse(nlp, "Rifabutin\nFor people with bronchiectasis, rifabutin is most often used in place of rifampin.\n",
                   title="Rifabutin")
    assert ("rifabutin", "bronchiectasis") in texts(page, "TREATS")


def test_an_option_if_a_disease_relapsed_a_class_example_taken_for_and_what_a_disease_starts_with(nlp):
    page = analyse(nlp, "Ocaliva\nOcaliva treats primary biliary cholangitis.\nIsatuximab may be an option if your myeloma has "
                        "relapsed after earlier treatment.\nIf you also take a bile acid binder such as cholestyramine for "
                        "pruritus, take Ocaliva four hours later.\nMalaria usually starts with fever, chills and headache.\n"
                        "Large studies found that neither chloroquine nor hydroxychloroquine helped people with COVID-19.\n",
                   title="Ocaliva")
    t = {(r.subject_text, r.object_text): r for r in page.relations if r.relation == "TREATS"}
    assert {("Isatuximab", "myeloma"), ("cholestyramine", "pruritus")} <= set(t)
    assert t[("hydroxychloroquine", "COVID-19")].negated
    assert {("Malaria", "fever"), ("Malaria", "headache")} <= causes(page)


def test_stop_a_disease_named_with_initials_from_coming_back(nlp):
    page = analyse(nlp, "Chloroquine\nChloroquine treats malaria.\nAfterwards a course of primaquine is usually given to stop "
                        "P. vivax and P. ovale malaria from coming back.\n", title="Chloroquine")
    assert ("primaquine", "malaria") in texts(page, "PREVENTS")


def test_list_items_under_an_intro_with_a_bracketed_aside_and_no_relation_for_its_frame(nlp):
    page = analyse(nlp, "Nitrazepam\nFor children with epilepsy, nitrazepam is used 'off-label' (outside the terms of its licence) for:\n"
                        "• infantile spasms (West syndrome)\n• Lennox-Gastaut syndrome\n", title="Nitrazepam")
    t = {o for _, o in texts(page, "TREATS")}
    assert {"infantile spasms", "Lennox-Gastaut syndrome"} <= t and "epilepsy" not in t


def test_signs_arising_in_the_examples_of_a_class_of_disease(nlp):
    page = analyse(nlp, "Nitrazepam\nNitrazepam treats epilepsy.\nMyoclonic seizures happen in several epilepsy syndromes, "
                        "including juvenile myoclonic epilepsy, Lennox-Gastaut syndrome and Dravet syndrome.\n", title="Nitrazepam")
    c = causes(page)
    assert {("juvenile myoclonic epilepsy", "Myoclonic seizures"), ("Dravet syndrome", "Myoclonic seizures")} <= c
    assert not any(s == "epilepsy syndromes" for s, _ in c)


def test_if_medication_is_needed_a_class_and_its_examples_and_a_specialist_adding_one(nlp):
    page = analyse(nlp, "Clomipramine\nIf medication is needed for OCD, a selective serotonin reuptake inhibitor (SSRI) such as "
                        "sertraline or fluoxetine is usually tried first.\nFor OCD that has not improved enough, a psychiatrist "
                        "may add a low dose of an antipsychotic such as aripiprazole.\nSide effects are common. They include a "
                        "dry mouth, weight gain and sexual problems such as delayed orgasm.\n", title="Clomipramine")
    t = texts(page, "TREATS")
    assert {("sertraline", "OCD"), ("fluoxetine", "OCD"), ("antipsychotic", "OCD"), ("aripiprazole", "OCD")} <= t
    assert not any(o in ("dry mouth", "weight gain") for _, o in t)


def test_the_class_a_drug_is_said_to_be_describes_no_other_subject(nlp):
    page = analyse(nlp, "Aprepitant\nAprepitant is an antiemetic, a medicine used to prevent nausea and vomiting.\n",
                   title="Aprepitant")
    assert {s for s, _ in texts(page, "PREVENTS")} == {"Aprepitant"}


def test_a_reference_list_states_nothing(nlp):
    page = analyse(nlp, "Spesolimab\nSpesolimab treats generalized pustular psoriasis.\nReferences\nBachelez H, Choon SE, et al. "
                        "Trial of spesolimab for pustular psoriasis. N Engl J Med. 2021.\nMorita A, et al. Spesolimab for "
                        "the prevention of generalized pustular psoriasis flares. Lancet. 2023.\n", title="Spesolimab")
    assert [r.evidence for r in page.relations if "Trial" in r.evidence or "prevention of" in r.evidence] == []


def test_co_subjects_along_with_before_a_plural_verb_and_a_medicine_used_in_a_disease(nlp):
    page = analyse(nlp, "Spesolimab\nOral retinoids such as acitretin, along with cyclosporine and methotrexate, are used "
                        "off-label to treat psoriasis.\nDornase alfa is a mucus-thinning medicine used in cystic fibrosis, but "
                        "it isn't recommended for COPD.\n", title="Spesolimab")
    t = {(r.subject_text, r.object_text): r.negated for r in page.relations if r.relation == "TREATS"}
    assert {("cyclosporine", "psoriasis"), ("methotrexate", "psoriasis")} <= set(t)
    assert t[("Dornase alfa", "cystic fibrosis")] is False and t[("Dornase alfa", "COPD")] is True


def test_fda_approved_after_a_fronted_disease_preferred_when_suspected_and_given_off_label(nlp):
    page = analyse(nlp, "Hydroxocobalamin\nFor medullary thyroid cancer, the FDA has approved vandetanib and cabozantinib.\n"
                        "Hydroxocobalamin is generally preferred when cyanide poisoning is suspected after a fire.\nEmergency "
                        "doctors give hydroxocobalamin when methaemoglobinaemia is known or suspected.\nSome hospitals also give "
                        "high-dose hydroxocobalamin off-label for vasoplegia.\nOral thrush is easy to treat with an antifungal "
                        "medicine.\n", title="Hydroxocobalamin")
    t = {(r.subject_text, r.object_text): r for r in page.relations if r.relation == "TREATS"}
    assert {("vandetanib", "medullary thyroid cancer"), ("cabozantinib", "medullary thyroid cancer"),
            ("antifungal medicine", "thrush")} <= set(t)
    assert t[("hydroxocobalamin", "vasoplegia")].approval == "off-label"
    assert {o for s, o in t if s.lower() == "hydroxocobalamin"} >= {"poisoning", "methaemoglobinaemia", "vasoplegia"}


def test_if_your_disease_is_not_controlled_a_doctor_adds_and_medicines_used_to_prevent_include(nlp):
    page = analyse(nlp, "Isosorbide\nIf your angina isn't well controlled, your doctor may add isosorbide mononitrate.\n"
                        "Other medicines used to prevent migraine in children include propranolol, topiramate and "
                        "amitriptyline.\n", title="Isosorbide")
    assert ("isosorbide mononitrate", "angina") in texts(page, "TREATS")
    assert {("propranolol", "migraine"), ("amitriptyline", "migraine")} <= texts(page, "PREVENTS")


def test_a_drug_that_does_not_work_against_a_disease_is_its_subject_and_a_failed_drug_negates_no_later_use(nlp):
    page = analyse(nlp, "Levodopa\nLevodopa is the main treatment for Parkinson's disease.\n"
                        "Azithromycin does not work against viral infections such as colds.\n"
                        "If ibuprofen does not work, your doctor may suggest naproxen for the pain.\n"
                        "Oxybutynin does not help stress incontinence.\n", title="Levodopa")
    t = {(r.subject_text, r.object_text): r.negated for r in page.relations if r.relation == "TREATS"}
    assert t[("Azithromycin", "viral infections")] is True and not any(s == "Levodopa" and o == "colds" for s, o in t)
    assert t[("naproxen", "pain")] is False and ("ibuprofen", "pain") not in t
    assert t[("Oxybutynin", "stress incontinence")] is True


def test_it_after_it_keeps_the_drug_the_sentence_before_opened_with(nlp):
    page = analyse(nlp, "Dronedarone is used for atrial fibrillation.\nSotalol is a beta-blocker with extra rhythm-controlling "
                        "effects.\nIt is usually started in hospital.\nIt is used in people with atrial flutter.\n", title="Dronedarone")
    assert ("Sotalol", "atrial flutter") in texts(page, "TREATS") and ("Dronedarone", "atrial flutter") not in texts(page, "TREATS")


def test_used_to_do_something_in_people_with_a_disease_treats_it(nlp):
    page = analyse(nlp, "Sotalol\nSotalol is used to keep the heart beating regularly in adults with atrial flutter.\n"
                        "It used to be given with digoxin to people with heart failure.\n", title="Sotalol")
    assert ("Sotalol", "atrial flutter") in texts(page, "TREATS")


def test_a_plural_anaphor_stands_for_the_drugs_of_the_sentence_before(nlp):
    page = analyse(nlp, "Memantine\nLecanemab and donanemab are antibody medicines.\nThey have been licensed for people with "
                        "mild Alzheimer's disease.\nNeither medicine is approved for vascular dementia.\n", title="Memantine")
    t = {(r.subject_text, r.object_text): r.negated for r in page.relations if r.relation == "TREATS"}
    assert t[("Lecanemab", "Alzheimer's disease")] is False and t[("donanemab", "Alzheimer's disease")] is False
    assert t[("Lecanemab", "vascular dementia")] is True and not any(s == "Memantine" for s, _ in t)


def test_a_list_a_which_clause_describes_and_the_drugs_that_belong_to_a_described_class(nlp):
    page = analyse(nlp, "Galantamine\nDonepezil, rivastigmine and galantamine belong to a group of drugs called cholinesterase "
                        "inhibitors, which are used to treat the symptoms of Alzheimer's disease.\nDo not take it with sunitinib "
                        "and pazopanib, which are used for advanced kidney cancer.\n", title="Galantamine")
    t = texts(page, "TREATS")
    assert {("Donepezil", "Alzheimer's disease"), ("rivastigmine", "Alzheimer's disease"), ("galantamine", "Alzheimer's disease"),
            ("cholinesterase inhibitors", "Alzheimer's disease")} <= t
    assert {("sunitinib", "kidney cancer"), ("pazopanib", "kidney cancer")} <= t


def test_the_disease_after_a_sentence_opener_is_the_topic_disease(nlp):
    page = analyse(nlp, "Lecanemab is used for Alzheimer's disease.\nIn Alzheimer's disease, two proteins build up in the brain.\n"
                        "Over time, the disease damages nerve cells, leading to memory loss and confusion.\n", title="Lecanemab")
    assert {("Alzheimer's disease", "memory loss"), ("Alzheimer's disease", "confusion")} <= texts(page, "CAUSES")


def test_a_line_introducing_drugs_used_for_a_disease_relates_each_item_drug(nlp):
    page = analyse(nlp, "Primidone is used for essential tremor.\nSecond-line medicines that are sometimes used off-label for "
                        "essential tremor include:\n- topiramate (Topamax), an anticonvulsant that is also used to prevent migraine\n"
                        "- gabapentin (Neurontin) or pregabalin, which are usually better tolerated\n", title="Primidone")
    t = {(r.subject_text, r.object_text): r for r in page.relations if r.relation == "TREATS"}
    assert all(t[(d, "essential tremor")].approval == "off-label" for d in ("topiramate", "gabapentin", "pregabalin"))
    assert ("anticonvulsant", "essential tremor") not in t and ("Topamax", "essential tremor") not in t
    assert [r.approval for (s, _), r in t.items() if s == "Primidone"] == ["unspecified"]  # not the intro's 'off-label' use


def test_bare_neither_before_a_verb_stands_for_the_two_drugs_before(nlp):
    page = analyse(nlp, "Primidone is used for essential tremor.\nPropranolol and primidone reduce the symptoms of essential tremor.\n"
                        "Neither is used to treat Parkinson's disease.\n", title="Primidone")
    t = {(r.subject_text, r.object_text): r.negated for r in page.relations if r.relation == "TREATS"}
    assert t[("Propranolol", "Parkinson's disease")] is True and t[("primidone", "Parkinson's disease")] is True


def test_instead_treated_with_dissolve_and_a_class_used_in_a_disease_with_a_colon_list(nlp):
    page = analyse(nlp, "Pegloticase is used to treat chronic gout.\nAcute flares are instead treated with colchicine or corticosteroids.\n"
                        "With months of treatment, pegloticase can dissolve tophi.\nThe tablet dissolves in water.\n"
                        "Three corticosteroids are used in Duchenne today: prednisone, deflazacort (Emflaza), and vamorolone.\n",
                        title="Pegloticase")
    t = texts(page, "TREATS")
    assert {("colchicine", "flares"), ("corticosteroids", "flares"), ("pegloticase", "tophi")} <= t
    assert {("prednisone", "Duchenne"), ("deflazacort", "Duchenne"), ("vamorolone", "Duchenne")} <= t


def test_hospitalized_for_a_condition_while_taking_a_drug_is_no_use(nlp):
    page = analyse(nlp, "Icosapent ethyl is used to treat severe hypertriglyceridemia.\nIn one trial, more people taking icosapent "
                        "ethyl were hospitalized for atrial fibrillation.\n", title="Icosapent ethyl")
    assert ("Icosapent ethyl", "hypertriglyceridemia") in {(r.subject_text, r.object_text) for r in page.relations}
    assert not any(r.object_text == "atrial fibrillation" for r in page.relations)


def test_taken_once_a_day_for_a_disease_is_a_use(nlp):
    page = analyse(nlp, "Lebrikizumab\n- Upadacitinib (Rinvoq) and abrocitinib (Cibinqo), JAK inhibitor tablets taken once a day for "
                        "atopic dermatitis.\n", title="Lebrikizumab")
    assert {("Upadacitinib", "atopic dermatitis"), ("abrocitinib", "atopic dermatitis")} <= texts(page, "TREATS")


def test_symptoms_of_a_disease_after_a_clause_of_their_own_list_its_signs(nlp):
    page = analyse(nlp, "Nitazoxanide is used for giardiasis.\nSymptoms of giardiasis usually start 1 to 2 weeks after you are "
                        "infected and can include:\n- watery diarrhea\n- stomach cramps and bloating\n", title="Nitazoxanide")
    c = texts(page, "CAUSES")
    assert {("giardiasis", "watery diarrhea"), ("giardiasis", "stomach cramps"), ("giardiasis", "bloating")} <= c
    assert not any(o in ("can", "infected") for _, o in c)  # no modal verb or clause word taken for a sign


def test_a_procedure_as_subject_gives_the_page_drug_no_use(nlp):
    page = analyse(nlp, "Vosoritide is used for achondroplasia.\nSurgery may be needed to relieve spinal stenosis, and ear tubes are "
                        "often placed for repeated ear infections.\nIt is also used for short stature.\n", title="Vosoritide")
    t = texts(page, "TREATS")
    assert ("Vosoritide", "achondroplasia") in t and ("Vosoritide", "short stature") in t
    assert not any(o in ("spinal stenosis", "ear infections") for _, o in t)


def test_health_issues_that_can_occur_with_a_disease_are_its_complications(nlp):
    page = analyse(nlp, "Vosoritide is used for achondroplasia.\nHealth issues that can occur with achondroplasia include:\n"
                        "- obstructive sleep apnea\n- spinal stenosis in adolescence and adulthood\n", title="Vosoritide")
    assert {("achondroplasia", "obstructive sleep apnea"), ("achondroplasia", "spinal stenosis")} <= texts(page, "CAUSES")


def test_reduced_the_rate_of_events_prevents_them_and_if_you_also_have_x_your_doctor_may_prefer(nlp):
    page = analyse(nlp, "Canagliflozin is used for type 2 diabetes.\nIn one trial, canagliflozin reduced the combined rate of heart "
                        "attack and stroke in people with type 2 diabetes.\nIf you also have heart disease, your doctor may prefer "
                        "an SGLT2 inhibitor.\n", title="Canagliflozin")
    assert {("canagliflozin", "heart attack"), ("canagliflozin", "stroke")} <= texts(page, "PREVENTS")
    assert ("SGLT2 inhibitor", "heart disease") in texts(page, "TREATS")


def test_approved_alongside_diet_to_lower_blood_sugar_in_people_with_a_disease(nlp):
    page = analyse(nlp, "Glimepiride is a sulfonylurea.\nIt's FDA-approved, alongside diet and exercise, to lower blood sugar in "
                        "adults with type 2 diabetes.\n", title="Glimepiride")
    assert ("Glimepiride", "type 2 diabetes") in texts(page, "TREATS")


def test_symptoms_of_an_attack_of_a_disease_and_a_raised_long_term_risk(nlp):
    page = analyse(nlp, "Givosiran is used for acute hepatic porphyria (AHP).\nOther symptoms of an AHP attack can include:\n"
                        "- nausea, vomiting and constipation\nAHP also raises the long-term risk of chronic kidney disease.\n",
                   title="Givosiran")
    assert {("AHP", "nausea"), ("AHP", "constipation"), ("AHP", "chronic kidney disease")} <= texts(page, "CAUSES")


def test_people_with_a_disease_who_describe_or_report_signs(nlp):
    page = analyse(nlp, "Pegvaliase is used for phenylketonuria (PKU).\nAdults with PKU whose levels are high often describe "
                        "low mood, anxiety and trouble concentrating.\n", title="Pegvaliase")
    assert {("PKU", "low mood"), ("PKU", "anxiety")} <= texts(page, "CAUSES")


def test_a_drug_to_correct_a_disorder_treats_it(nlp):
    page = analyse(nlp, "Cysteamine is used for cystinosis.\nCysteamine is always combined with supportive treatments:\n"
                        "- citrate or bicarbonate to correct metabolic acidosis\n", title="Cysteamine")
    assert {("citrate", "metabolic acidosis"), ("bicarbonate", "metabolic acidosis")} <= texts(page, "TREATS")


def test_an_instruction_to_treat_a_disease_with_drugs_names_them_as_subjects(nlp):
    page = analyse(nlp, "Dantrolene is used to treat malignant hyperthermia during anaesthesia.\n"
                        "Treat hyperkalemia with calcium, insulin with glucose, and sodium bicarbonate.\n", title="Dantrolene")
    treated = {(s, o) for s, o in texts(page, "TREATS") if o == "hyperkalemia"}
    assert treated == {("calcium", "hyperkalemia"), ("insulin", "hyperkalemia"), ("sodium bicarbonate", "hyperkalemia")}


def test_people_with_a_disease_of_an_organ_have_its_signs(nlp):
    page = analyse(nlp, "Ethambutol is an antibiotic used to treat tuberculosis (TB).\nPeople with active TB of the lungs may "
                        "have a cough that lasts 3 weeks or longer, chest pain, fever and night sweats.\n", title="Ethambutol")
    assert {("TB", "cough"), ("TB", "chest pain"), ("TB", "fever")} <= causes(page)


def test_a_sign_caused_by_conditions_such_as_diseases_is_the_one_treated(nlp):
    page = analyse(nlp, "Dantrolene is a muscle relaxant.\nOral dantrolene is approved to relieve spasticity caused by conditions "
                        "that affect the brain or spinal cord, such as spinal cord injury, stroke and multiple sclerosis.\n",
                   title="Dantrolene")
    assert {("spinal cord injury", "spasticity"), ("multiple sclerosis", "spasticity")} <= causes(page)
    assert texts(page, "TREATS") == {("dantrolene", "spasticity")}


def test_signs_of_an_episode_of_a_condition(nlp):
    page = analyse(nlp, "Dantrolene is the only specific treatment for malignant hyperthermia (MH), a rare reaction to "
                        "anaesthesia.\nSigns of an MH crisis include:\n- hypercarbia, often the earliest sign\n"
                        "- tachycardia and cardiac arrhythmias\n", title="Dantrolene")
    assert {("MH", "hypercarbia"), ("MH", "tachycardia")} <= causes(page)


def test_a_disease_that_can_leave_scars_causes_them(nlp):
    page = analyse(nlp, "Minocycline is an antibiotic used for acne.\nNodular acne can leave deep, permanent scars, so don't wait.\n"
                        "Most people can leave hospital after a day of treatment for pneumonia.\n", title="Minocycline")
    assert causes(page) == {("Nodular acne", "scars")}


def test_drugs_listed_after_a_brand_bracket_with_commas(nlp):
    page = analyse(nlp, "Tolterodine is a medicine used to treat overactive bladder (OAB) in adults.\nOther antimuscarinic medicines for OAB include oxybutynin "
                        "(Ditropan XL, and the Oxytrol patch), solifenacin (Vesicare), darifenacin and trospium.\n"
                        "The main medicines for leishmaniasis are pentavalent antimonials (sodium stibogluconate and "
                        "meglumine antimoniate) and miltefosine.\n", title="Tolterodine")
    assert {(d, "OAB") for d in ("oxybutynin", "solifenacin", "darifenacin", "trospium")} <= texts(page, "TREATS")
    assert {("sodium stibogluconate", "leishmaniasis"), ("meglumine antimoniate", "leishmaniasis")} <= texts(page, "TREATS")


def test_options_preferred_drugs_and_drugs_offered_or_helping_people_with_a_disease(nlp):
    page = analyse(nlp, "Selegiline is a MAO-B inhibitor used for Parkinson's disease.\nDopamine agonists such as pramipexole "
                        "and ropinirole are another option in early Parkinson's disease.\nIn the UK, an ARB such as olmesartan "
                        "is usually the first medicine offered for high blood pressure.\nStimulant laxatives such as senna "
                        "are cheap and help many patients with constipation.\n", title="Selegiline")
    assert {("pramipexole", "Parkinson's disease"), ("ropinirole", "Parkinson's disease"), ("olmesartan", "high blood pressure"),
            ("senna", "constipation")} <= texts(page, "TREATS")


def test_not_usually_used_in_a_class_of_epilepsies(nlp):
    page = analyse(nlp, "Phenytoin is an anti-seizure medicine.\nIt is not usually used in generalised epilepsies such as "
                        "juvenile myoclonic epilepsy (JME).\n", title="Phenytoin")
    negated = {(r.subject_text, r.object_text) for r in page.relations if r.relation == "TREATS" and r.negated}
    assert ("Phenytoin", "juvenile myoclonic epilepsy") in negated


def test_medicines_for_the_prevention_of_a_disease_prevent_it(nlp):
    page = analyse(nlp, "Icatibant is used for attacks of hereditary angioedema (HAE).\nMedicines used for long-term prevention "
                        "of HAE attacks include lanadelumab (Takhzyro), berotralstat (Orladeyo) and C1 inhibitor.\n", title="Icatibant")
    assert {("lanadelumab", "HAE"), ("berotralstat", "HAE")} <= texts(page, "PREVENTS")
    assert not {("lanadelumab", "HAE"), ("berotralstat", "HAE")} & texts(page, "TREATS")


def test_cautions_contraindications_and_dose_changes_are_no_uses(nlp):
    page = analyse(nlp, "Nadolol is a beta blocker used for long QT syndrome.\nYour doctor will take extra care if you have "
                        "diabetes or kidney problems.\nYour team will be cautious about using it if you have dementia.\n"
                        "If you have liver disease, you may take it less often.\nNadolol should not be used by people who "
                        "have:\n- severe asthma\nIt is also not recommended if you have:\n- heart block\nNadolol is not "
                        "suitable for:\n- people with Raynaud's disease\n", title="Nadolol")
    assert {o for _, o in texts(page, "TREATS")} == {"long QT syndrome"}


def test_symptoms_under_a_uses_heading_are_not_uses(nlp):
    page = analyse(nlp, "Ethambutol is an antibiotic used to treat tuberculosis (TB).\nDoes ethambutol have other uses?\n"
                        "Yes. Ethambutol is also one of the main medicines for NTM lung disease. Symptoms of NTM lung disease "
                        "come on slowly and include a long-lasting cough, tiredness, and weight loss.\n", title="Ethambutol")
    assert {o for _, o in texts(page, "TREATS")} == {"tuberculosis", "NTM lung disease"}
    assert ("NTM lung disease", "cough") in causes(page)


def test_an_expanded_approval_is_an_approved_use(nlp):
    page = analyse(nlp, "Otezla (apremilast) is a pill used to treat psoriasis.\nIn 2024, the FDA expanded its approval to "
                        "include children with moderate to severe plaque psoriasis.\n", title="Otezla")
    assert any(r.relation == "TREATS" and r.object_text == "plaque psoriasis" and r.approval == "approved" for r in page.relations)


def test_as_well_as_signs_a_disease_causes_more(nlp):
    page = analyse(nlp, "Meloxicam is an NSAID used for rheumatoid arthritis (RA) and osteoarthritis.\nAs well as painful, swollen "
                        "joints, RA can cause fatigue and morning stiffness.\n", title="Meloxicam")
    assert {("RA", "fatigue"), ("RA", "morning stiffness")} <= causes(page)


def test_examples_of_a_class_glossed_by_its_short_form_prevent_with_it(nlp):
    page = analyse(nlp, "Diclofenac is an NSAID used for arthritis pain.\nIf you're over 65 or at higher risk for another reason, "
                        "your doctor may prescribe a proton pump inhibitor (PPI), such as omeprazole or lansoprazole, to lower "
                        "the chance of a stomach ulcer.\nBecause meloxicam can irritate the stomach, your doctor may suggest "
                        "misoprostol to protect against stomach ulcers.\n", title="Diclofenac")
    prevents = texts(page, "PREVENTS")
    assert {("omeprazole", "stomach ulcer"), ("lansoprazole", "stomach ulcer"), ("misoprostol", "stomach ulcers")} <= prevents
    assert ("meloxicam", "stomach ulcers") not in prevents


def test_a_babys_risk_and_a_drug_like_its_class(nlp):
    page = analyse(nlp, "Pravastatin is a statin used for high cholesterol.\nLike other statins, it lowers LDL cholesterol and "
                        "reduces the chance of heart attack and stroke.\nIf you are likely to give birth early, magnesium sulfate "
                        "can lower your baby's risk of cerebral palsy.\n", title="Pravastatin")
    prevents = texts(page, "PREVENTS")
    assert {("Pravastatin", "heart attack"), ("magnesium sulfate", "cerebral palsy")} <= {(s, o) for s, o in prevents}
    assert not any(s == "statins" for s, _ in prevents)


def test_the_main_symptom_and_lines_labelled_with_a_kind_of_symptom(nlp):
    page = analyse(nlp, "Paliperidone is an antipsychotic used to treat schizophrenia.\nWhat is schizophrenia?\nSchizophrenia is "
                        "a serious mental illness that affects how a person thinks and feels. The main symptom is paranoia.\n"
                        "Its symptoms are often grouped into three kinds:\n- Positive symptoms: hallucinations and delusions\n"
                        "- Cognitive symptoms: poor concentration and memory problems\n", title="Paliperidone")
    assert {("schizophrenia", "hallucinations"), ("schizophrenia", "delusions"), ("schizophrenia", "memory problems")} <= causes(page)


def test_people_who_receive_examples_of_a_class_and_teams_that_prescribe(nlp):
    page = analyse(nlp, "Vinorelbine is a chemotherapy drug used for non-small cell lung cancer (NSCLC).\nPeople with NSCLC "
                        "usually receive a targeted drug such as osimertinib (Tagrisso) first.\nAfter surgery, people with "
                        "stage III NSCLC may go on to receive durvalumab (Imfinzi).\nFor cold sores or shingles, your team will "
                        "usually prescribe valacyclovir instead.\nDuring a COPD flare-up, your doctor may add nebulised "
                        "ipratropium.\n", title="Vinorelbine")
    assert {("osimertinib", "NSCLC"), ("durvalumab", "NSCLC"), ("valacyclovir", "cold sores"), ("valacyclovir", "shingles"),
            ("ipratropium", "COPD")} <= texts(page, "TREATS")


def test_combined_for_people_with_a_disease_and_medicines_first_for_it(nlp):
    page = analyse(nlp, "Ipratropium is an inhaler used for chronic obstructive pulmonary disease (COPD).\nIpratropium can be "
                        "combined with salbutamol in a single nebuliser liquid for people with COPD who need extra help.\n"
                        "NICE recommends offering one of four medicines first for neuropathic pain: amitriptyline, duloxetine, "
                        "gabapentin or pregabalin.\n", title="Ipratropium")
    treated = texts(page, "TREATS")
    assert ("Ipratropium", "COPD") in treated
    assert {(d, "neuropathic pain") for d in ("amitriptyline", "duloxetine", "gabapentin", "pregabalin")} <= treated


def test_two_drugs_the_title_names_are_two_subjects_before_a_plural_verb(nlp):
    page = analyse(nlp, "Octreotide and lanreotide are somatostatin analogues.\nOctreotide and lanreotide are FDA-approved for the "
                        "long-term treatment of acromegaly.\nAll are used once or twice a day for COPD.\n",
                   title="Octreotide and lanreotide for acromegaly")
    assert {("Octreotide", "acromegaly"), ("lanreotide", "acromegaly")} <= texts(page, "TREATS")


def test_doses_for_diseases_and_a_team_that_treats_a_disease_with_drugs(nlp):
    page = analyse(nlp, "Fexofenadine is an antihistamine.\nFexofenadine comes as a 120 mg dose for hay fever and a 180 mg dose "
                        "for chronic urticaria.\nIn that case we may treat your gonorrhoea with a gentamicin injection plus "
                        "azithromycin tablets instead.\n", title="Fexofenadine")
    treated = texts(page, "TREATS")
    assert {("Fexofenadine", "hay fever"), ("Fexofenadine", "chronic urticaria"), ("gentamicin", "gonorrhoea")} <= treated


def test_causes_after_a_relative_clause_an_apposed_class_and_a_copula(nlp):
    page = analyse(nlp, "Octreotide is used for acromegaly and carcinoid syndrome.\nCarcinoid syndrome, which can develop when a "
                        "neuroendocrine tumor spreads to the liver, causes flushing and bouts of diarrhea.\nOctreotide is also "
                        "used for VIPomas, rare tumors that cause severe watery diarrhea.\nLess often, trigeminal neuralgia is "
                        "caused by multiple sclerosis (MS).\nLess common causes of hirsutism include congenital adrenal "
                        "hyperplasia (CAH) and Cushing's syndrome.\n", title="Octreotide")
    assert {("Carcinoid syndrome", "flushing"), ("VIPomas", "watery diarrhea"), ("multiple sclerosis", "trigeminal neuralgia"),
            ("congenital adrenal hyperplasia", "hirsutism"), ("Cushing's syndrome", "hirsutism")} <= causes(page)
    assert ("neuroendocrine tumor", "flushing") not in causes(page)


def test_the_first_treatment_for_a_fronted_disease_and_a_disease_treated_first_with_drugs(nlp):
    page = analyse(nlp, "Abatacept is used to prevent graft-versus-host disease (GVHD).\nIf you get acute GVHD, the first treatment is "
                        "usually a steroid, such as methylprednisolone or prednisone.\nChronic GVHD is also usually treated first with "
                        "steroids, sometimes along with a calcineurin inhibitor.\nIn Canada, the 2 antivirals used most often for "
                        "the flu are oseltamivir (Tamiflu) and zanamivir (Relenza).\n", title="Abatacept")
    treated = texts(page, "TREATS")
    assert {("methylprednisolone", "GVHD"), ("prednisone", "GVHD"), ("steroids", "GVHD"), ("oseltamivir", "flu"),
            ("zanamivir", "flu")} <= treated
    assert ("Abatacept", "GVHD") not in treated


def analyse_html(nlp, body, title=""):
    """analyse() for a tiny HTML page (lists and headings as markup); "- x" lines are list items, "# x" headings."""
    parts, items = [], []
    for line in body.strip().split("\n"):
        if line.startswith("- "):
            items.append(f"<li>{line[2:]}</li>")
            continue
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
            items = []
        parts.append(f"<h2>{line[2:]}</h2>" if line.startswith("# ") else f"<p>{line}</p>")
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    html = (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            + "".join(parts) + "</article></main></body></html>")
    return analyse(nlp, html, title, name="t.html")


def test_no_use_in_a_caution_a_cure_no_drug_gives_or_a_disease_kept_controlled(nlp):
    page = analyse(nlp, "Hydroxychloroquine is used to treat lupus and Sjogren's syndrome.\nUse them with caution if you have "
                        "heart disease, COPD or kidney stones.\nThere is no cure for Parkinson's disease, and no medicine can "
                        "stop it from getting worse.\nDry eye is usually managed with artificial tears first.\nKeeping your "
                        "asthma well controlled is the best thing you can do for you and your baby.\nThere is no cure for "
                        "PAH, but ambrisentan can improve breathlessness.\n", title="Hydroxychloroquine")
    treated = {o for _, o in texts(page, "TREATS")}
    assert not treated & {"heart disease", "COPD", "kidney stones", "Parkinson's disease", "Dry eye", "asthma"}
    assert ("ambrisentan", "PAH") in texts(page, "TREATS")


def test_the_drug_people_switch_to_and_doctors_more_likely_to_prescribe(nlp):
    page = analyse(nlp, "Riociguat is a medicine for pulmonary hypertension.\nSome patients whose PAH is not well controlled on "
                        "a PDE5 inhibitor switch to riociguat.\nIf you have heart failure, your doctor is more likely to "
                        "prescribe candesartan or valsartan.\nFor spasticity, doctors more often prescribe baclofen or "
                        "tizanidine.\n", title="Riociguat")
    treated = texts(page, "TREATS")
    assert {("riociguat", "PAH"), ("candesartan", "heart failure"), ("valsartan", "heart failure"),
            ("baclofen", "spasticity"), ("tizanidine", "spasticity")} <= treated
    assert not any(s == "PDE5 inhibitor" for s, _ in treated)


def test_classes_and_examples_of_other_medicines_used_for_a_disease(nlp):
    page = analyse(nlp, "Irbesartan is used to treat high blood pressure.\nSeveral other types of medicine are used to treat "
                        "high blood pressure, including ACE inhibitors such as ramipril, calcium channel blockers such as "
                        "amlodipine, and diuretics such as indapamide.\n", title="Irbesartan")
    treated = texts(page, "TREATS")
    assert {(d, "high blood pressure") for d in ("ACE inhibitors", "ramipril", "calcium channel blockers", "amlodipine",
                                                 "diuretics", "indapamide")} <= treated


def test_an_untreated_disease_raises_risks_and_a_drug_reduces_your_chances(nlp):
    page = analyse(nlp, "Irbesartan is used to treat high blood pressure.\nBut if it's not treated, high blood pressure "
                        "increases your risk of serious problems such as heart attacks and strokes.\nBy lowering your blood "
                        "pressure, irbesartan helps to reduce your chances of having a heart attack or stroke.\n",
                   title="Irbesartan")
    assert {("high blood pressure", "heart attacks"), ("high blood pressure", "strokes")} <= causes(page)
    assert {("irbesartan", "heart attack"), ("irbesartan", "stroke")} <= texts(page, "PREVENTS")
    assert not {o for _, o in texts(page, "TREATS")} & {"heart attack", "heart attacks", "stroke", "strokes"}


def test_a_disease_also_called_a_synonym_is_the_subject_of_its_signs(nlp):
    page = analyse(nlp, "Cetirizine is used to treat hay fever.\nHay fever, also called seasonal allergic rhinitis, is an allergic "
                        "reaction to pollen that can cause congestion and sneezing.\nAsthma, also called bronchial asthma, "
                        "causes wheezing.\n", title="Cetirizine")
    assert {("Hay fever", "congestion"), ("Hay fever", "sneezing"), ("Asthma", "wheezing")} <= causes(page)
    assert not any(s in ("allergic reaction", "seasonal allergic rhinitis") for s, _ in causes(page))


def test_you_might_have_a_drug_with_partners_for_a_fronted_disease(nlp):
    page = analyse(nlp, "Docetaxel is a chemotherapy drug.\nAfter surgery for breast cancer, you might have docetaxel together "
                        "with cyclophosphamide.\nFor stomach cancer, you might have docetaxel with fluorouracil and "
                        "oxaliplatin before and after surgery.\nIf you have kidney disease, you may have to take a lower "
                        "dose.\n", title="Docetaxel")
    rel = {(r.subject_text, r.object_text): r for r in page.relations if r.relation == "TREATS"}
    assert rel[("docetaxel", "breast cancer")].combination == ["Cyclophosphamide"]
    assert set(rel[("docetaxel", "stomach cancer")].combination) == {"Fluorouracil", "Oxaliplatin"}
    assert ("docetaxel", "kidney disease") not in rel


def test_uses_from_x_to_y_help_stop_prevent_and_control_and_a_fronted_prevention_dose(nlp):
    page = analyse(nlp, "Promethazine is an antihistamine with a long list of uses, from allergies and motion sickness to "
                        "the nausea linked to anesthesia.\nIt helps stop nausea and vomiting.\nDoctors use it to prevent and "
                        "control the vomiting that can occur with surgery.\nTo prevent motion sickness, adults usually take "
                        "25 milligrams before travel.\nGood handwashing helps stop the infection spreading.\n",
                   title="Promethazine")
    treated, prevented = texts(page, "TREATS"), texts(page, "PREVENTS")
    assert {("Promethazine", "allergies"), ("Promethazine", "motion sickness"), ("Promethazine", "nausea")} <= treated
    assert ("Promethazine", "vomiting") in treated and ("Promethazine", "vomiting") in prevented
    assert ("Promethazine", "motion sickness") in prevented
    assert "infection" not in {o for _, o in treated}


def test_extra_care_lists_not_shown_to_help_reserved_for_and_not_prescribed_for_people_who_have(nlp):
    page = analyse(nlp, "Cilostazol is used to reduce the symptoms of intermittent claudication in adults.\nCilostazol has not "
                        "been shown to help critical limb ischemia.\nPentoxifylline is the only other medication approved "
                        "for claudication.\nLevofloxacin should be reserved for patients with urinary tract infection who "
                        "have no other options.\nCilostazol is usually not prescribed for people who have heart failure or "
                        "a history of stroke.\nA doctor will take extra care when prescribing cilostazol for people with:\n"
                        "glaucoma\nliver disease\n", title="Cilostazol")
    rel = {(r.subject_text, r.object_text): r for r in page.relations if r.relation == "TREATS"}
    assert rel[("Cilostazol", "critical limb ischemia")].negated
    assert ("Pentoxifylline", "claudication") in rel and ("Levofloxacin", "urinary tract infection") in rel
    assert not {o for _, o in rel} & {"heart failure", "stroke", "glaucoma", "liver disease"}


def test_signs_they_may_include_the_common_ones_labelled_lines_and_a_defining_bracket(nlp):
    page = analyse_html(nlp, "Bosutinib is a medicine used to treat chronic myeloid leukemia (CML).\n# Symptoms\n"
                             "When CML does cause symptoms, they may include:\n- Tiredness and weakness\n- Easy bruising\n"
                             "Fulvestrant is used for metastatic breast cancer (MBC).\n"
                             "The symptoms of MBC depend on where the cancer has spread:\n- Bones: pain in the back or "
                             "fractures after a minor fall\n# Symptoms of kidney cancer\nWhen symptoms do happen, the most "
                             "common ones are:\n- blood in your urine (haematuria)\n", title="Bosutinib")
    c = causes(page)
    assert {("CML", "Tiredness"), ("CML", "Easy bruising"), ("MBC", "fractures"), ("kidney cancer", "blood in your urine")} <= c
    page = analyse(nlp, "Before taking dicyclomine, tell your doctor if you have glaucoma (an eye disease that can lead to "
                        "vision loss) or myasthenia gravis.\nInsomnia that does not go away can be a sign of another medical "
                        "problem, such as depression or sleep apnea.\nLyme disease is spread by ticks. Some people also feel "
                        "generally unwell, with a high temperature and aching joints.\nSome people get redness where the "
                        "injection is given.\n", title="Dicyclomine")
    c = causes(page)
    assert {("glaucoma", "vision loss"), ("depression", "Insomnia"), ("sleep apnea", "Insomnia"),
            ("Lyme disease", "high temperature"), ("Lyme disease", "aching joints")} <= c
    assert ("glaucoma", "myasthenia gravis") not in c and ("Insomnia", "depression") not in c
    assert "redness" not in {o for _, o in c}


def test_controlled_or_treated_right_away_with_drugs_and_preventive_options(nlp):
    page = analyse(nlp, "Axitinib is used to treat kidney cancer.\nDiarrhoea can usually be controlled with anti-diarrhoea "
                        "medicines such as loperamide.\nLate diarrhea needs to be treated right away with loperamide.\n"
                        "Preventive options for migraine include CGRP antibodies such as erenumab and fremanezumab.\n",
                   title="Axitinib")
    treated, prevented = texts(page, "TREATS"), texts(page, "PREVENTS")
    assert {("anti-diarrhoea medicines", "Diarrhoea"), ("loperamide", "Diarrhoea"), ("loperamide", "diarrhea")} <= treated
    assert {("erenumab", "migraine"), ("fremanezumab", "migraine")} <= prevented
    assert ("erenumab", "migraine") not in treated and ("Axitinib", "diarrhea") not in treated


def test_it_after_a_glossed_sign_and_signs_of_the_disease_that_ends_the_sentence_before(nlp):
    page = analyse(nlp, "Side effects include:\n- an underactive thyroid gland\nInflammation of the lungs (pneumonitis) can "
                        "be serious. It can cause a new or worsening cough and chest pain.\nVery rarely, durvalumab damages "
                        "the pancreas and causes type 1 diabetes. Signs include thirst and weight loss.\n", title="Durvalumab")
    c = causes(page)
    assert {("Inflammation", "cough"), ("Inflammation", "chest pain"), ("type 1 diabetes", "thirst"),
            ("type 1 diabetes", "weight loss")} <= c
    assert not any(s == "underactive thyroid" for s, _ in c)


def test_signs_caused_by_examples_related_to_and_no_class_or_germ_or_treatment_as_cause(nlp):
    page = analyse(nlp, "Benzonatate is used for cough.\nDoctors commonly prescribe it for coughs caused by respiratory "
                        "infections like the common cold, the flu and pneumonia.\nIt may also be used for cough related "
                        "to COVID-19.\nHepatitis B is a liver infection caused by the hepatitis B virus.\nVedolizumab is "
                        "used off-label for colitis caused by cancer immunotherapy medicines.\n", title="Benzonatate")
    c = causes(page)
    assert {("respiratory infections", "coughs"), ("common cold", "coughs"), ("flu", "coughs"), ("pneumonia", "coughs"),
            ("COVID-19", "cough")} <= c
    assert ("Hepatitis B", "liver infection") not in c and ("hepatitis B", "liver infection") not in c
    assert not any(o == "colitis" for _, o in c)


def test_keep_from_starting_protection_from_and_a_may_not_be_suitable_list(nlp):
    page = analyse(nlp, "Granisetron is used to prevent nausea.\nThis medicine is meant to keep nausea and vomiting from "
                        "starting.\nYour doctor may have you take granisetron together with dexamethasone for better "
                        "protection from vomiting.\nGranisetron may not be suitable for you if you have:\n- myasthenia gravis\n"
                        "- narrow-angle glaucoma\nCarbidopa stops this from happening.\n", title="Granisetron")
    prevented, treated = texts(page, "PREVENTS"), texts(page, "TREATS")
    assert {("Granisetron", "nausea"), ("Granisetron", "vomiting"), ("granisetron", "vomiting")} <= prevented
    assert not any(o in ("myasthenia gravis", "narrow-angle glaucoma") for _, o in treated)
    assert not any(o == "happening" for _, o in prevented)


def test_if_you_have_x_you_may_notice_a_list_with_dash_glosses(nlp):
    page = analyse(nlp, "Trospium treats overactive bladder.\nIf you have overactive bladder, you may notice:\n"
                        "urgency — a sudden, strong need to pass urine that is hard to put off\n"
                        "frequency — needing to go to the toilet more often than usual\n", title="Trospium")
    assert {("overactive bladder", "urgency"), ("overactive bladder", "frequency")} <= causes(page)


def test_approved_past_an_aside_expanded_brand_approval_in_turn_and_an_appositive_relative(nlp):
    page = analyse(nlp, "Pitavastatin is a statin.\nThe FDA approved pitavastatin in 2009, under the brand name Livalo, "
                        "for adults with mixed dyslipidemia.\nIn 2019, the FDA expanded Livalo's approval to include "
                        "children 8 years and older who have heterozygous familial hypercholesterolemia.\n"
                        "Atherosclerosis, in turn, raises the chances of a heart attack or stroke.\nIn rare cases, muscle "
                        "injury progresses to rhabdomyolysis, a breakdown of muscle tissue that can cause dark urine.\n"
                        "In a trial published in The New England Journal of Medicine, people with HIV who took "
                        "pitavastatin were less likely to have a stroke.\n", title="Pitavastatin")
    treated, c = texts(page, "TREATS"), causes(page)
    assert {("pitavastatin", "mixed dyslipidemia"), ("Livalo", "familial hypercholesterolemia")} <= treated
    assert {("Atherosclerosis", "heart attack"), ("Atherosclerosis", "stroke"), ("rhabdomyolysis", "dark urine")} <= c
    assert ("muscle injury", "dark urine") not in c and not any(o == "Atherosclerosis" for _, o in treated)
    assert not any(r.subject_text == "Medicine" for r in page.relations)


def test_a_negation_before_the_subject_is_not_the_causes_negation(nlp):
    page = analyse(nlp, "Ondansetron prevents nausea.\nDon't take ondansetron if you have congenital long QT syndrome, "
                        "an inherited heart rhythm disorder that can cause fainting spells.\nAsthma does not cause "
                        "fever.\n", title="Ondansetron")
    negated = {(r.subject_text, r.object_text): r.negated for r in page.relations if r.relation == "CAUSES"}
    assert negated[("congenital long QT syndrome", "fainting")] is False
    assert negated[("Asthma", "fever")] is True


def test_more_likely_to_develop_from_conditions_like_acute_examples_and_home_remedies(nlp):
    page = analyse(nlp, "Benzonatate treats cough.\nPeople with psoriasis are more likely to develop psoriatic arthritis and "
                        "depression.\nDoctors prescribe it for coughs caused by infections like the flu, acute bronchitis "
                        "and pneumonia.\nSome providers prescribe benzonatate off-label for a long-lasting cough from "
                        "conditions like lung cancer or COPD.\nHoney can also soothe a cough in adults.\nIt is not meant to "
                        "relieve vomiting that has already begun, so call your doctor if you are sick.\n", title="Benzonatate")
    c, treated = causes(page), texts(page, "TREATS")
    assert {("psoriasis", "psoriatic arthritis"), ("psoriasis", "depression"), ("bronchitis", "coughs"),
            ("pneumonia", "coughs"), ("lung cancer", "cough"), ("COPD", "cough")} <= c
    assert [r.negated for r in page.relations if r.relation == "TREATS" and r.object_text == "vomiting"] == [True]
    assert not any(r.relation == "TREATS" and "Honey" in r.evidence for r in page.relations)


def test_solid_tumors_studied_but_not_approved_dates_and_a_side_effect_list_after_a_continuation(nlp):
    page = analyse(nlp, "Selinexor is used to treat multiple myeloma.\nThe FDA approved larotrectinib in April 2022 for "
                        "adults with solid tumors that have an NTRK gene fusion.\nIt is also being studied in myelofibrosis "
                        "and endometrial cancer, but it is not approved for either condition.\nSelinexor's side effects can "
                        "be significant, and managing them well is important. The most common include:\n- nausea and "
                        "vomiting\n- fatigue\n", title="Selinexor")
    treated = {(r.subject_text, r.object_text): r for r in page.relations if r.relation == "TREATS"}
    assert ("larotrectinib", "tumors") in treated and not any(s == "April 2022" for s, _ in treated)
    for o in ("myelofibrosis", "endometrial cancer"):
        assert treated[("Selinexor", o)].negated and treated[("Selinexor", o)].approval == "approved"
    assert not any(o in ("nausea", "vomiting", "fatigue") for _, o in treated)


def test_dashed_signs_effect_anaphor_and_no_signs_of_an_overdose_or_allergic_reaction(nlp):
    page = analyse(nlp, "Candesartan is used to treat high blood pressure.\nHigh blood pressure is a common condition, and "
                        "when it is not treated, it can slowly injure the blood vessels. Over time, this damage may lead to "
                        "heart disease and kidney failure.\nCall your doctor at once if you have:\n- liver problems--loss of "
                        "appetite, upper stomach pain, dark urine, jaundice (yellowing of the skin or eyes).\nSigns of an "
                        "overdose may include slow or shallow breathing and severe drowsiness.\nSymptoms of an allergic "
                        "reaction include rash and itching.\nHydroxychloroquine is used to treat malaria caused by mosquito "
                        "bites.\n", title="Candesartan")
    c = causes(page)
    assert {("High blood pressure", "heart disease"), ("High blood pressure", "kidney failure"),
            ("liver problems", "loss of appetite"), ("liver problems", "dark urine"), ("liver problems", "jaundice")} <= c
    assert not any(s in ("overdose", "allergic reaction", "mosquito bites") for s, _ in c)


def test_the_cause_of_a_treated_sign_is_no_use_but_dementia_due_to_a_disease_is(nlp):
    page = analyse(nlp, "Zaroxolyn (metolazone) is a diuretic.\nZaroxolyn tablets are indicated for the treatment of edema "
                        "caused by congestive heart failure or renal disease.\nIt is also used for swelling that results from "
                        "nephrotic syndrome.\nMemantine is licensed for moderate dementia due to Alzheimer's disease.\n",
                   title="Zaroxolyn")
    treated, c = texts(page, "TREATS"), causes(page)
    assert ("Zaroxolyn", "edema") in treated and ("Memantine", "Alzheimer's disease") in treated
    assert not any(o in ("congestive heart failure", "renal disease") for _, o in treated)
    assert {("congestive heart failure", "edema"), ("renal disease", "edema"), ("nephrotic syndrome", "swelling")} <= c


def test_a_disease_caused_by_a_drug_causes_the_signs_after_it(nlp):
    page = analyse(nlp, "Zafirlukast treats asthma.\nHepatitis caused by zafirlukast can lead to abdominal pain, nausea and "
                        "jaundice.\nHeart problems caused by iron are the most common cause of early death in thalassemia "
                        "major.\n", title="Zafirlukast")
    c = causes(page)
    assert {("Hepatitis", "abdominal pain"), ("Hepatitis", "nausea"), ("Hepatitis", "jaundice")} <= c
    assert not any(s == "Heart problems" for s, _ in c)


def test_are_related_to_is_no_cause(nlp, seed_page):
    assert not [r for r in seed_page.relations if r.relation == "CAUSES" and "are related to" in r.evidence]
    page = analyse(nlp, "Benzonatate treats cough.\nIt may also be used for cough related to COVID-19.\n", title="Benzonatate")
    assert causes(page) == {("COVID-19", "cough")}
