import pytest

from pipeline import lexicon

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


def test_a_lexicon_name_with_its_short_form_in_brackets_leaves_the_short_form_to_the_page(nlp):
    page = analyse(nlp, "Catecholaminergic polymorphic ventricular tachycardia (CPVT) is an inherited condition.\n"
                        "Nadolol is the first-choice treatment for CPVT.\n")
    assert concept(page, "Catecholaminergic polymorphic ventricular tachycardia").label == "DISEASE"
    cpvt = [m for m in page.mentions if m.text == "CPVT"]
    assert len(cpvt) == 2 and all(m.label == "DISEASE" for m in cpvt)


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
    assert {("persistent sadness", "CONDITION", "context"), ("loss of interest", "CONDITION", "lexicon"),
            ("trouble concentrating", "CONDITION", "lexicon")} <= found  # the last two: conditions.tsv
    causes = {(r.subject_text, r.object_text) for r in page.relations if r.relation == "CAUSES"}
    assert ("Depression", "trouble concentrating") in causes


@pytest.fixture(scope="module")
def merger():
    """A lexicon_matcher in merge mode (prefer lexicon) on the project tokenizer; model spans are
    set by hand on the Doc, so the merge policy is tested without the model."""
    import spacy

    from pipeline.matcher import LexiconMatcher
    from pipeline.tokenizer import build_tokenizer

    blank = spacy.blank("en")
    blank.tokenizer = build_tokenizer(blank)
    return blank, LexiconMatcher(blank, "merge", "lexicon")


def merged(merger, text, model):
    """Entities (text, label, concept ID) after merging `model` [(text, label), ...] spans."""
    from spacy.tokens import Span

    blank, matcher = merger
    doc = blank.make_doc(text)
    spans = []
    for t, label in model:
        start = text.index(t)
        spans.append(doc.char_span(start, start + len(t), label=label))
    doc.ents = spans
    doc = matcher(doc)
    info = doc._.concepts
    return [(e.text, e.label_, info[(e.start_char, e.end_char)][0]) for e in doc.ents]


def test_merge_lexicon_terms_standing_alone(merger):
    # a DrugBank drug and a disease the model missed are added; a MeSH-only protein or class
    # adjective of the drug package ("VEGF", "opioid") or an endogenous protein is not, a class
    # named as drugs is
    ents = merged(merger, "Naloxone blocked opioid effects on VEGF and erythropoietin; asthma and monoamine oxidase "
                          "inhibitors.", [])
    assert [e[0] for e in ents] == ["Naloxone", "asthma", "monoamine oxidase inhibitors"]


def test_merge_overlaps(merger):
    text = ("Type 2 diabetes, cholestatic hepatitis, chronic hepatitis, diltiazem overdose, tumor necrosis factor "
            "and calcium channel blockers.")
    ents = merged(merger, text, [("diabetes", "Disease"), ("cholestatic hepatitis", "Disease"),
                                 ("chronic hepatitis", "Disease"), ("diltiazem overdose", "Disease"),
                                 ("tumor", "Disease"), ("calcium", "Chemical")])
    # a drug class by its consumer name (resources/drug_classes.tsv) replaces the model's "calcium"
    assert [e[0] for e in ents] == ["Type 2 diabetes", "cholestatic hepatitis", "hepatitis", "diltiazem",
                                    "calcium channel blockers"]


def test_drug_classes_switch(merger):
    # annotate.drug_classes = false (the pubtator command, bench-ner): BC5CDR marks chemicals, not classes
    from pipeline.matcher import LexiconMatcher

    blank, _ = merger
    text = "Take blood thinners or a beta-blocker with calcium."
    on = merged(merger, text, [("calcium", "Chemical")])
    off = merged((blank, LexiconMatcher(blank, "merge", "lexicon", classes=False)), text, [("calcium", "Chemical")])
    assert [(e[0], e[2]) for e in on] == [("blood thinners", "D000925"), ("beta-blocker", "D000319"), ("calcium", "D002118")]
    assert [e[0] for e in off] == ["calcium"]


def test_model_mentions_take_mesh_names_or_no_id(merger):
    ents = merged(merger, "Adenosine, Ca2+ and arrhythmias with cardiotoxic xq-123.",
                  [("Adenosine", "Chemical"), ("Ca2+", "Chemical"), ("arrhythmias", "Disease"),
                   ("cardiotoxic", "Disease"), ("xq-123", "Chemical")])
    assert ents == [("Adenosine", "DRUG", "D000241"), ("Ca2+", "DRUG", "D002118"),
                    ("arrhythmias", "DISEASE", "D001145"), ("cardiotoxic", "DISEASE", "D066126"),
                    ("xq-123", "DRUG", "")]


def test_stop_terms_are_not_mentions(merger):
    assert merged(merger, "Combined therapy reduced body weight and recurrence.", []) == []


def test_abbreviation_of_a_protein_is_no_chemical(nlp):
    page = analyse(nlp, "The epithelial sodium channel (ENaC) was studied. ENaC was blocked.\n")
    assert not [m for m in page.mentions if m.text == "ENaC"]


def test_phrase_table_matches_like_spacy_phrase_matcher(nlp):
    """matcher.Phrases stands in for PhraseMatcher(attr="NORM") only to load faster: same matches."""
    from spacy.matcher import PhraseMatcher

    from pipeline.matcher import Phrases, fold_norms

    terms = ["chronic myeloid leukemia", "leukemia", "CML", "Sjögren's syndrome", "Ph+", "imatinib",
             "type 2 diabetes", "diabetes", "non-small cell lung cancer", "lung cancer"]
    pm = PhraseMatcher(nlp.vocab, attr="NORM")
    pm.add("T", [fold_norms(d) for d in nlp.tokenizer.pipe(terms)])
    ours = Phrases(fold_norms(d) for d in nlp.tokenizer.pipe(terms))
    texts = ["Imatinib treats chronic myeloid leukemia (CML) and Ph+ ALL.",
             "SJOGREN'S SYNDROME, sjögren's syndrome and Sjogren's syndrome.",
             "Type 2 diabetes; diabetes; non-small cell lung cancer and lung cancer.", "", "leukemia"]
    for text in texts:
        doc = fold_norms(nlp.make_doc(text))
        assert sorted(ours(doc)) == sorted((s, e) for _, s, e in pm(doc)), text


def test_hyphenated_biomarkers_are_one_mention(nlp):
    """The tokenizer splits "PD-L1" at the hyphen; the biomarker patterns join it again."""
    from .conftest import analyse

    page = analyse(nlp, "It treats lung cancer that expresses PD-L1, and HER-2-positive or MSI-H tumors.\n")
    marks = {m.text for m in page.mentions if m.label == "BIOMARKER"}
    assert {"PD-L1", "HER-2-positive", "MSI-H"} <= marks
    assert not [m for m in page.mentions if m.text == "PD"]


def test_function_words_are_not_entities(nlp):
    from .conftest import analyse

    page = analyse(nlp, "Do not use apixaban if you are bleeding. Imatinib treats ALL in adults.\n")
    texts = {m.text for m in page.mentions}
    assert "Do" not in texts and {"apixaban", "ALL"} <= texts


def test_symptom_list_stops_at_a_closing_parenthesis(nlp):
    doc = nlp("Crohn's disease (a condition that causes pain, diarrhea, and fever) in adults and children 6 years of age and older.")
    context = [e.text for e in doc.ents if (doc._.concepts or {}).get((e.start_char, e.end_char), ("",) * 4)[3] == "context"]
    assert not any(")" in t or "older" in t or "children" in t for t in context)


def test_mismatch_repair_and_a1c_are_biomarkers(nlp):
    doc = nlp("Nivolumab treats colorectal cancer that is MSI-H or dMMR. Your doctor checks your hemoglobin A1c.")
    assert {e.text for e in doc.ents if e.label_ == "BIOMARKER"} == {"MSI-H", "dMMR", "hemoglobin A1c"}


def test_capital_initials_and_everyday_disease_names(nlp):
    doc = nlp("It treats H. pylori infection and E. coli infections, not the flu or acid reflux.")
    found = {(e.text, (doc._.concepts or {}).get((e.start_char, e.end_char), ("",))[0]) for e in doc.ents}
    assert {("H. pylori infection", "D016481"), ("E. coli infections", "D004927"), ("flu", "D007251"),
            ("acid reflux", "D005764")} <= found


def test_british_spellings_match_the_american_lexicon(merger):
    # no model spans: the lexicon alone finds and normalizes them
    ents = merged(merger, "Chronic myeloid leukaemia, oedema, diarrhoea and haemorrhage; sulphasalazine, "
                          "oestrogen. Leucine and Haemophilus influenzae keep their own names.", [])
    assert ("Chronic myeloid leukaemia", "DISEASE", "D015464") in ents
    assert {("oedema", "D004487"), ("diarrhoea", "D003967"), ("haemorrhage", "D006470")} <= {
        (t, cid) for t, _, cid in ents}
    assert ("sulphasalazine", "DRUG", "DB00795") in ents
    # "leuc" alone is no British part: leucine is not Leukine (sargramostim)
    assert not any(t == "Leucine" and cid == lexicon.lookup("leukine").concept_id for t, _, cid in ents)


def test_model_mentions_fall_back_to_bc5cdr_training_names(merger):
    # no lexicon or MeSH 2024 name: the ID the BC5CDR training set gave the name
    # (resources/corpus_names.tsv); a lexicon condition without an ID keeps its label
    ents = merged(merger, "Extrapyramidal symptoms and anxiety with xq-123.",
                  [("Extrapyramidal symptoms", "Disease"), ("anxiety", "Disease"), ("xq-123", "Chemical")])
    assert ents == [("Extrapyramidal symptoms", "DISEASE", "D001480"), ("anxiety", "CONDITION", "D001008"),
                    ("xq-123", "DRUG", "")]


def test_pubtator_mesh_id_of_a_drugbank_drug_without_one():
    from pipeline.pubtator_io import mesh_of

    assert lexicon.lookup("17beta-estradiol") is None or not lexicon.lookup("17beta-estradiol").mesh_id
    assert mesh_of("DB13956", "DrugBank", "", "17beta-estradiol") == "D004958"


def test_symbols_inside_mutation_names_and_biomarkers_inside_model_spans(nlp):
    doc = nlp("Dabrafenib treats melanoma with a BRAF V600E or V600K mutation. Pembrolizumab treats MSI-H or dMMR "
              "colorectal cancer. Olaparib is used for BRCA-mutated, hormone receptor-positive breast cancer.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert not any(t in ("K", "E") for t, _ in ents)  # not potassium, not vitamin E
    assert {("MSI-H", "BIOMARKER"), ("dMMR", "BIOMARKER"), ("BRCA-mutated", "BIOMARKER"),
            ("hormone receptor-positive", "BIOMARKER")} <= ents


def test_everyday_nhs_names(nlp):
    doc = nlp("It is prescribed for angina and irregular heartbeats, and it can cause water retention or a fast heartbeat.")
    found = {(e.text, (doc._.concepts or {}).get((e.start_char, e.end_char), ("",))[0]) for e in doc.ents}
    assert {("irregular heartbeats", "D001145"), ("water retention", "D004487"), ("fast heartbeat", "D013610")} <= found


def test_bullets_and_runs_of_spaces_stay_out_of_mentions(nlp):
    # drug labels and flattened pages glue bullets to words and pad items with spaces
    page = analyse(nlp, "Relieves   •heartburn   •acid indigestion   • sour stomach   •Hypertension   "
                        "•coughing   and fever.")
    texts = [m.text for m in page.mentions]
    for t in ("heartburn", "acid indigestion", "sour stomach", "Hypertension"):
        assert t in texts, texts
    assert not [t for t in texts if "•" in t or t != t.strip()], texts


def test_organisms_are_no_diseases(nlp):
    doc = nlp("It treats urinary tract infections caused by Escherichia coli, Proteus mirabilis or S. aureus, "
              "gonorrhea caused by Neisseria gonorrhoeae, infections due to streptococci and gram-negative bacteria, "
              "Helicobacter pylori infection and S. pyogenes infections. Chlamydia is a common infection.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Escherichia coli", "ORGANISM"), ("Proteus mirabilis", "ORGANISM"), ("S. aureus", "ORGANISM"),
            ("Neisseria gonorrhoeae", "ORGANISM"), ("streptococci", "ORGANISM"),
            ("gram-negative bacteria", "ORGANISM"), ("S. pyogenes", "ORGANISM")} <= ents, ents
    # a disease that names its organism stays a disease; a genus alone the model calls a disease too
    assert ("Helicobacter pylori infection", "DISEASE") in ents
    assert ("Chlamydia", "ORGANISM") not in ents
    assert not any(label != "ORGANISM" and ("Neisseria" in t or "mirabilis" in t) for t, label in ents)


def test_organism_table_is_validated():
    from pipeline import organisms

    genera, groups = organisms.table()
    assert "Staphylococcus" in genera and "streptococci" in groups
    assert all(g[0].isupper() and g[1:].islower() for g in genera)


def test_species_initial_ends_no_sentence_and_body_parts_are_no_diseases(nlp):
    doc = nlp("It treats urinary tract infections caused by E. coli and infections of the ear, nose, throat, "
              "skin, or urinary tract.")
    assert len(list(doc.sents)) == 1
    assert not {e.text for e in doc.ents} & {"nose", "throat", "skin", "urinary tract"}


def test_frequency_words_are_no_symptom_items(nlp):
    page = analyse(nlp, "Ibuprofen can cause stomach ulcers and, rarely, kidney problems or heart failure. "
                        "It is used for a high temperature.\n")
    texts = {m.text: m for m in page.mentions}
    assert "rarely" not in texts
    assert texts["high temperature"].concept_id == "D005334"


def test_symptom_items_are_no_places_or_body_parts(nlp):
    page = analyse(nlp, "Pemphigus causes painful blisters on the skin and inside the mouth. Psoriasis causes "
                        "thick patches of skin, often on the elbows, knees and scalp. Panic disorder causes "
                        "sudden fear, along with a pounding heart and sweating.\n")
    texts = {m.text for m in page.mentions}
    assert not texts & {"inside the mouth", "often on the elbows", "knees", "scalp", "along with a pounding heart"}
    assert "pounding heart" in texts


def test_mesh_names_without_qualifier_or_inversion(merger):
    # "AZT (Antiviral)" is a MeSH entry term of Zidovudine: written "AZT"
    ents = merged(merger, "AZT was given for autoimmune polyendocrinopathies.",
                  [("AZT", "Chemical"), ("autoimmune polyendocrinopathies", "Disease")])
    assert ents == [("AZT", "DRUG", "D015215"), ("autoimmune polyendocrinopathies", "DISEASE", "D016884")]


def test_agencies_are_no_drugs(nlp):
    page = analyse(nlp, "The FDA has approved amitriptyline for depression. NICE recommends ocrelizumab for relapsing MS.\n")
    assert {m.text for m in page.mentions if m.label == "DRUG"} == {"amitriptyline", "ocrelizumab"}
    assert concept(page, "relapsing MS").concept_id == "D020529"


def test_hormone_receptor_status_is_a_biomarker(nlp):
    page = analyse(nlp, "Letrozole is used to treat hormone-receptor-positive breast cancer.\n")
    assert concept(page, "hormone-receptor-positive").label == "BIOMARKER"


def test_a_brand_the_page_introduces_as_a_medicine_is_a_drug(nlp):
    # (a brand no lexicon knows; Paxlovid, used here before session 13, is now a medicine-list entry)
    page = analyse(nlp, "Zurzuvae is an oral antidepressant medicine. Treatment should start early.\n"
                        "Zurzuvae is used to treat postpartum depression. Treatment is given for 14 days.\n")
    drugs = [m for m in page.mentions if m.label == "DRUG" and m.text == "Zurzuvae"]
    assert len(drugs) == 2 and all(m.source == "pattern" and not m.concept_id for m in drugs)
    assert not any(m.text == "Treatment" for m in page.mentions)  # also written in lower case
    assert {(r.subject_text, r.object_text) for r in page.relations if r.relation == "TREATS"} == {
        ("Zurzuvae", "postpartum depression")}


def test_her2_low_is_a_biomarker(nlp):
    page = analyse(nlp, "Trastuzumab deruxtecan is used to treat HER2-low breast cancer.\n")
    assert concept(page, "HER2-low").label == "BIOMARKER"


def test_a_short_form_follows_its_long_form_or_is_dropped(nlp):
    page = analyse(nlp, "Active polyarticular juvenile idiopathic arthritis (PJIA) is common. Homologous recombination "
                        "deficiency (HRD) means the tumor cannot repair DNA. PJIA and HRD were studied.\n")
    labels = {(m.text, m.label) for m in page.mentions}
    assert ("PJIA", "DISEASE") in labels and not any(t == "HRD" for t, _ in labels)


def test_undefined_disease_acronyms_only_on_pages(nlp):
    from pipeline.matcher import LexiconMatcher
    on = nlp.get_pipe("lexicon_matcher")
    assert on.acronyms and on.concept("MS").concept_id == "D009103"
    off = LexiconMatcher(nlp, "merge", acronyms=False)  # as the pubtator command and bench-ner run
    assert off.concept("MS") is None and off.concept("multiple sclerosis").concept_id == "D009103"
    ents = {(e.text, e.label_) for e in nlp("Hatcher RA et al. reported it. Fingolimod is licensed for MS.").ents}
    assert ("MS", "DISEASE") in ents and not any(t == "RA" for t, _ in ents)


def test_brands_listed_in_brackets_or_named_as_brands_take_the_generic(nlp):
    from tests.conftest import analyse
    page = analyse(nlp, "Abiraterone acetate is a hormone therapy pill for men with advanced prostate cancer. "
                        "It is sold under the brand names Zytiga and Yonsa.\n"
                        "Eculizumab biosimilars (Bkemv, Epysqli) are given by infusion. Eculizumab (Bkemv, Epysqli) "
                        "is given every two weeks.\n", title="Abiraterone")
    drugs = {m.text: m.concept_id for m in page.mentions if m.label == "DRUG"}
    assert drugs["Yonsa"] == drugs["Abiraterone acetate"] != ""  # no lexicon knows Yonsa
    assert drugs["Epysqli"] == drugs["Bkemv"] == drugs["Eculizumab"] != ""


def test_fda_suffixed_biologics_and_their_brands_take_the_generic(nlp):
    from tests.conftest import analyse
    page = analyse(nlp, "Luspatercept-aamt (Reblozyl®) is a medicine used to treat anemia in adults with beta "
                        "thalassemia.\n", title="Luspatercept")
    drugs = {m.text: m.concept_id for m in page.mentions if m.label == "DRUG"}
    assert drugs["Luspatercept-aamt"] == drugs["Reblozyl"] == "DB12281"


def test_model_spans_over_list_commas_split_at_lexicon_names(nlp):
    from pipeline.matcher import comma_parts
    doc = nlp.make_doc("It can cause tingling, nerve pain and facial, limb and genital abnormalities.")
    from spacy.tokens import Span
    lexicon_names = {"nerve pain"}
    concept = lambda t: t if t in lexicon_names else None  # noqa: E731
    listed = Span(doc, 3, 7, label="DISEASE")  # "tingling, nerve pain"
    assert [p.text for p in comma_parts(listed, concept)] == ["tingling", "nerve pain"]
    elliptical = Span(doc, 8, 14, label="DISEASE")  # "facial, limb and genital abnormalities"
    assert [p.text for p in comma_parts(elliptical, concept)] == [elliptical.text]


def test_span_edges_and_list_items_that_are_no_signs(nlp):
    page = analyse(nlp, "Generalised anxiety disorder causes worry about many things, on most days, for at least six months.\n"
                        "It is for people whose cancer came back during treatment.\n")
    texts = {m.text for m in page.mentions}
    assert "on most days" not in texts and "cancer came back" not in texts and "cancer" in texts


def test_short_form_defined_on_an_earlier_short_form(nlp):
    page = analyse(nlp, "Familial hypercholesterolemia (FH) is a genetic disorder. Heterozygous FH (HeFH) happens when a "
                        "person inherits an FH gene from one parent.\nIn adults with HeFH, inclisiran can be used.\n")
    hefh = [m for m in page.mentions if m.text == "HeFH"]
    assert len(hefh) == 2 and all(m.label == "DISEASE" for m in hefh)


def test_a_salt_name_takes_its_drug_and_drug_peptides_stand_alone():
    assert lexicon.base_name("bupropion HCl") == "bupropion"
    assert lexicon.base_name("oxybutynin chloride monohydrate") == "oxybutynin"
    assert lexicon.base_name("sodium") == "sodium" and lexicon.base_name("pregnenolone sulphate") == "pregnenolone sulphate"
    assert not lexicon.lookup("anidulafungin").protein  # a lipopeptide antifungal, not a substance of the body
    assert lexicon.lookup("erythropoietin").protein


def test_a_salt_form_found_by_the_model_is_normalized_to_its_drug(nlp):
    page = analyse(nlp, "Bupropion HCl is used to treat major depressive disorder.\n")
    assert concept(page, "Bupropion HCl").concept_name == "Bupropion"


def test_eponyms_with_and_without_the_possessive():
    assert lexicon.lookup("hashimoto's thyroiditis").concept_id == "D050031"  # the package has "hashimoto thyroiditis"
    assert lexicon.lookup("crohn's").concept_id == "D003424"
    assert lexicon.lookup("lupus").concept_id == "D008180"


def test_a_protein_drug_the_page_introduces_stands_alone(nlp):
    page = analyse(nlp, "Tenecteplase is used to treat heart attacks when a stent cannot be placed quickly.\n"
                        "Your team will give tenecteplase as a single injection.\n")
    found = [m for m in page.mentions if m.text.lower() == "tenecteplase"]
    assert len(found) == 2 and all(m.concept_id == "DB00031" for m in found)


def test_brands_by_mark_or_bracketed_generic_and_forms_and_clauses(nlp):
    page = analyse(nlp, "Stalevo® is approved for adults with Parkinson's disease.\n"
                        "In 2020, the FDA approved Jelmyto (mitomycin for pyelocalyceal solution) to treat low-grade UTUC.\n"
                        "Visit Mayo Clinic® for more. A 0.15% cream is approved for atopic dermatitis.\n"
                        "Parkinson's causes movement symptoms such as tremor and stiffness.\n", title="Mitomycin")
    drugs = {m.text for m in page.mentions if m.label == "DRUG"}
    assert {"Stalevo", "Jelmyto"} <= drugs and not drugs & {"Clinic", "cream"}
    assert ("Parkinson's", "DISEASE") in {(m.text, m.label) for m in page.mentions}  # not "Parkinson's causes movement symptoms"


def test_flares_stand_only_where_no_disease_is_named(nlp):
    page = analyse(nlp, "It reduces COPD exacerbations and flares of lupus.\nSome people keep having flare-ups.\n")
    flares = [m.text for m in page.mentions if m.label == "CONDITION"]
    assert flares == ["flare-ups"]
    assert ("adrenal crisis", "D000309") in {(m.text, m.concept_id) for m in analyse(nlp, "It is not used for an adrenal crisis.\n").mentions}


def test_biomarker_terms_file_is_validated():
    from pipeline.matcher import biomarker_terms

    assert "platelet count" in biomarker_terms()
    with pytest.raises(ValueError, match="line 3: 'psa' is a duplicate"):
        biomarker_terms("# comment\npsa\npsa\n", "terms.txt")
    with pytest.raises(ValueError, match="line 1: 'PSA' is not lower case"):
        biomarker_terms("PSA\n", "terms.txt")


def test_gene_lists_and_names_are_biomarkers(nlp):
    page = analyse(nlp, "Parkinson's is linked to changes in genes such as LRRK2, PRKN and GBA1.\n"
                        "Other causes are changes in the C9orf72 and SOD1 genes, or in the katG or inhA genes.\n"
                        "Most people with AS carry a gene called HLA-B27. A protein called The marker is rare.\n")
    marks = {m.text for m in page.mentions if m.label == "BIOMARKER"}
    assert {"LRRK2", "PRKN", "GBA1", "C9orf72", "katG", "inhA", "HLA-B27"} <= marks
    assert not any(m.startswith("The") for m in marks)


def test_antibodies_by_target_and_antibody_positive_are_biomarkers(nlp):
    page = analyse(nlp, "Ravulizumab\nAbout 85% of people with generalized myasthenia gravis have antibodies against the "
                        "acetylcholine receptor (AChR).\nIt is approved for adults with AChR antibody-positive disease. "
                        "Others are AChR or MuSK antibody positive. The body makes antibodies to fight germs. "
                        "Antibodies to the drug can form. IVIg works quickly.\n")
    marks = {m.text for m in page.mentions if m.label == "BIOMARKER"}
    assert {"antibodies against the acetylcholine receptor", "AChR antibody-positive",
            "AChR or MuSK antibody positive"} <= marks
    assert not any(m.startswith(("antibodies to", "Antibodies to")) for m in marks)
    assert concept(page, "IVIg").concept_id == "D016756"


def test_autoantibodies_named_by_their_target_noun_are_biomarkers(nlp):
    page = analyse(nlp, "Cyanocobalamin\nMost people with pernicious anaemia have intrinsic factor antibodies, and many "
                        "also have parietal cell antibodies.\nIn Graves' disease the body makes TSH receptor antibodies. "
                        "Stage 2 means two or more islet autoantibodies. Monoclonal antibodies are medicines.\n")
    marks = {m.text for m in page.mentions if m.label == "BIOMARKER"}
    assert {"intrinsic factor antibodies", "parietal cell antibodies", "TSH receptor antibodies",
            "islet autoantibodies"} <= marks
    assert not any(m.lower().startswith(("makes", "more", "monoclonal")) for m in marks)


def test_named_tests_are_biomarkers_and_keep_the_entities_they_hold(nlp):
    page = analyse(nlp, "Lansoprazole\nLatent TB is diagnosed with a tuberculin skin test or an interferon gamma release "
                        "assay.\nYour GP can test for H. pylori infection with a urea breath test.\nThe HIV test looks "
                        "for antibodies. Your team will arrange blood tests. People with RA test positive for it.\n")
    marks = {m.text for m in page.mentions if m.label == "BIOMARKER"}
    # a chemical the test is named after stays a drug mention: "tuberculin", "interferon gamma", "urea"
    assert {"skin test", "release assay", "breath test"} <= {" ".join(m.split()[-2:]) for m in marks}
    assert "urea" in {m.text for m in page.mentions if m.label == "DRUG"}
    assert not any(t in marks for t in ("HIV test", "test", "blood tests", "arrange blood tests", "RA test"))


def test_a_chemical_named_with_a_disorder_noun_is_a_disease(nlp):
    page = analyse(nlp, "Cholic acid\nCholic acid is used to treat rare inherited conditions called bile acid synthesis "
                        "disorders (BASDs).\nSome people have lactose intolerance. Captopril overdose is rare.\n")
    labels = {m.text: m.label for m in page.mentions}
    assert labels.get("bile acid synthesis disorders") == "DISEASE" and labels.get("BASDs") == "DISEASE"
    assert labels.get("lactose intolerance") == "DISEASE"
    assert labels.get("Captopril") == "DRUG"  # an overdose keeps its drug (BC5CDR annotates both)


def test_medicine_list_names_allergens_and_lmwh(nlp):
    page = analyse(nlp, "Famciclovir\nAciclovir is used as well to treat encephalitis. Aciclovir and valaciclovir are "
                        "other antivirals.\nAllergic rhinitis from dust mites, pet dander, mold or pollen is common.\n"
                        "Low-molecular-weight heparins (LMWHs), such as enoxaparin, are injected. An LMWH is used in "
                        "pregnancy. Heavy periods can be caused by a bleeding disorder.\n")
    drugs = {m.text for m in page.mentions if m.label == "DRUG"}
    assert {"Aciclovir", "valaciclovir", "Low-molecular-weight heparins", "LMWH", "enoxaparin"} <= drugs
    assert concept(page, "Aciclovir").concept_id and concept(page, "LMWH").concept_id == "D006495"
    assert not {m.text for m in page.mentions} & {"dust mites", "pet dander", "mold", "pollen"}
    assert concept(page, "bleeding disorder").concept_id == "D006474"
    paxlovid = analyse(nlp, "Paxlovid is used to treat COVID-19.\n")  # a brand of a list entry with no ID: its name
    assert concept(paxlovid, "Paxlovid").concept_name == "Nirmatrelvir and Ritonavir"


def test_interferon_beta_and_route_entries_of_the_medicine_lists(nlp):
    page = analyse(nlp, "Interferon beta\nInterferon beta has also been tested for COVID-19. Avonex lowered the risk of MS. "
                        "Some use desmopressin nasal spray.\n")
    assert concept(page, "Interferon beta").concept_id == "D016899"
    assert concept(page, "Avonex").concept_id == "DB00060"  # "interferon beta-1a intramuscular": interferon beta-1a


def test_a_virus_short_form_that_names_its_infection_stays_a_disease(nlp):
    page = analyse(nlp, "Nirsevimab\nRespiratory syncytial virus (RSV) is a common virus. RSV usually causes a runny "
                        "nose.\nCytomegalovirus (CMV) can cause fever. CDI is diagnosed from a stool sample.\n")
    labels = {(m.text, m.label) for m in page.mentions}
    assert ("RSV", "DISEASE") in labels and ("CMV", "DISEASE") in labels and ("CDI", "DISEASE") in labels
    assert ("Respiratory syncytial virus", "ORGANISM") in labels


def test_a_brand_the_title_pairs_with_its_generic_takes_its_concept(nlp):
    page = analyse(nlp, "Maviret (glecaprevir/pibrentasvir)\nMaviret is a once-daily treatment that cures chronic "
                        "hepatitis C. It combines two antivirals, glecaprevir and pibrentasvir.\n")
    assert page.document.title == "Maviret (glecaprevir/pibrentasvir)"
    brand = [m for m in page.mentions if m.text == "Maviret"]
    assert brand and all(m.label == "DRUG" and m.concept_id == concept(page, "glecaprevir").concept_id for m in brand)


def test_a_drug_replacement_therapy_is_the_drug(nlp):
    page = analyse(nlp, "Nicotine replacement therapy (NRT) helps people stop smoking. NRT is safe for most adults.\n")
    nicotine = lexicon.lookup("nicotine").concept_id
    assert concept(page, "Nicotine replacement therapy").concept_id == nicotine
    assert all(m.label == "DRUG" and m.concept_id == nicotine for m in page.mentions if m.text == "NRT")


@pytest.mark.parametrize("text", ["Sjögren's", "Sjogren's", "Dupuytren's", "Barrett's"])
def test_an_eponym_alone_names_its_disease(nlp, text):
    page = analyse(nlp, f"Many people with {text} are never diagnosed.\n")
    assert concept(page, text).label == "DISEASE" and concept(page, text).concept_id


@pytest.mark.parametrize("text", ["HbA1c", "A1C", "T-score", "bone mineral density"])
def test_a_laboratory_measure_is_a_biomarker(nlp, text):
    page = analyse(nlp, f"Type 2 diabetes and osteoporosis are diagnosed with tests: the {text} is one of them.\n")
    assert concept(page, text).label == "BIOMARKER"


def test_stones_named_by_their_chemical_are_a_disease(nlp):
    page = analyse(nlp, "Penicillamine binds to cystine to form a more soluble compound, and can be used to treat and "
                        "prevent cystine stones when drinking plenty of fluids has not been enough.\n")
    assert concept(page, "cystine stones").label == "DISEASE"


@pytest.mark.parametrize("text", ["BRCA variant", "SF3B1 mutations", "C9orf72 expansion"])
def test_a_gene_symbol_with_its_change_is_a_biomarker(nlp, text):
    page = analyse(nlp, f"Some people with the disease have a {text}, which testing can find.\n")
    assert concept(page, text).label == "BIOMARKER"


def test_a_brand_introduced_with_an_appositive_is_a_drug(nlp):
    page = analyse(nlp, "Xonvea, a tablet combining doxylamine and pyridoxine, is the only medicine licensed for nausea and "
                        "vomiting of pregnancy. Xonvea is taken at night.\n")
    assert [m.label for m in page.mentions if m.text == "Xonvea"] == ["DRUG", "DRUG"]


@pytest.mark.parametrize("text", ["stiff neck", "hoarse voice", "low blood counts", "drooping eyelid"])
def test_a_consumer_sign_is_a_condition(nlp, text):
    page = analyse(nlp, f"A {text} is found in some people.\n")
    assert concept(page, text).label == "CONDITION"


@pytest.mark.parametrize("text, label, cid", [("piles", "DISEASE", "D006484"), ("copper deficiency", "DISEASE", ""),
                                              ("delayed growth", "CONDITION", "D006130"), ("bone crises", "CONDITION", "")])
def test_lay_names_and_element_deficiencies(nlp, text, label, cid):
    page = analyse(nlp, f"{text.capitalize()} can cause problems.\n")
    m = concept(page, text.capitalize())
    assert (m.label, m.concept_id) == (label, cid)


def test_a_short_form_restating_a_phrase_after_a_comma_takes_no_lexicon_concept(nlp):
    page = analyse(nlp, "Prasugrel and aspirin together, known as dual antiplatelet therapy, or DAPT, prevent clots. "
                        "DAPT lasts a year.\n")
    assert [(m.text, m.concept_id) for m in page.mentions if m.text == "DAPT"] == [("DAPT", ""), ("DAPT", "")]


@pytest.mark.parametrize("text, label", [("differentiation syndrome", "DISEASE"), ("pentavalent antimonials", "DRUG"),
                                         ("enzyme replacement therapy", "DRUG")])
def test_a_retinoid_syndrome_and_therapies_that_act_as_drugs(nlp, text, label):
    page = analyse(nlp, f"A rare problem is that {text} can be needed.\n")
    assert concept(page, text).label == label


def test_a_defined_short_form_in_the_plural_and_a_variant_mutant(nlp):
    page = analyse(nlp, "A gastrointestinal stromal tumor (GIST) is rare. Most GISTs are driven by a KIT mutation. "
                        "Imatinib does not work for D842V-mutant GIST.\n")
    assert [(m.label, m.concept_id) for m in page.mentions if m.text == "GISTs"] == [("DISEASE", "D046152")]
    assert concept(page, "D842V-mutant").label == "BIOMARKER"


def test_an_unknown_name_fda_approved_to_treat_is_a_drug(nlp):
    page = analyse(nlp, "Talicia is FDA-approved to treat Helicobacter pylori infection in adults.\n")
    assert concept(page, "Talicia").label == "DRUG"


@pytest.mark.parametrize("text", ["MAC lung disease", "NTM lung disease", "disseminated MAC disease"])
def test_nontuberculous_mycobacterial_lung_disease(nlp, text):
    page = analyse(nlp, f"Rifabutin is used for {text} in adults.\n")
    assert concept(page, text).label == "DISEASE"


def test_a_singular_class_is_a_drug_but_not_as_the_adjective_of_a_property(nlp):
    page = analyse(nlp, "A doctor may add an antipsychotic. It has antiarrhythmic effects.\n")
    assert concept(page, "antipsychotic").label == "DRUG"
    assert not any(m.text == "antiarrhythmic" for m in page.mentions)


def test_a_renamed_disease_takes_the_concept_of_its_former_name(nlp):
    page = analyse(nlp, "Tecovirimat is used to treat mpox (previously known as monkeypox).\n"
                        "Mpox usually begins with fever.\n", title="Tecovirimat")
    got = {(m.text, m.label, m.concept_id) for m in page.mentions}
    assert {("mpox", "DISEASE", "D045908"), ("Mpox", "DISEASE", "D045908")} <= got
    assert ("Tecovirimat", "mpox") in {(r.subject_text, r.object_text) for r in page.relations if r.relation == "TREATS"}


def test_stimulants_is_a_drug_class_and_non_negates_a_class(nlp):
    page = analyse(nlp, "Atomoxetine is a non-stimulant medicine for ADHD.\nStimulants like methylphenidate are used for ADHD.\n",
                   title="Atomoxetine")
    drugs = {m.text for m in page.mentions if m.label == "DRUG"}
    assert "Stimulants" in drugs and not any(d.startswith("stimulant") for d in drugs)


def test_common_features_of_a_disease_announce_its_signs(nlp):
    page = analyse(nlp, "Common features of achondroplasia include short stature, short arms and legs, and a prominent forehead.\n")
    assert "short arms" in {m.text for m in page.mentions if m.label == "CONDITION"}


def test_an_adjective_after_an_article_joins_the_next_sign(nlp):
    doc = nlp("It can cause a new or worsening cough, breathlessness and chest pain. Fungal keratitis can cause:\n"
              "a white or cream-coloured spot on the cornea\nShingles can also cause a burning or tingling feeling on "
              "the skin a few days before the rash appears.")
    context = [e.text for e in doc.ents if (doc._.concepts or {}).get((e.start_char, e.end_char), ("",) * 4)[3] == "context"]
    assert "new" not in context
    assert {"white or cream-coloured spot on the cornea", "burning or tingling feeling on the skin"} <= set(context)


def test_a_called_or_known_as_gloss_item_keeps_only_the_name(nlp):
    doc = nlp("IIH can cause:\nbrief greying-out of vision, known as visual obscurations\n")
    context = [e.text for e in doc.ents if (doc._.concepts or {}).get((e.start_char, e.end_char), ("",) * 4)[3] == "context"]
    assert "visual obscurations" in context and not any(t.startswith("known as") for t in context)
