"""End to end on small consumer pages written for issue 4 (not in raw/): MedlinePlus-, NHS-,
eMedTV-, NCI- and Drugs.com-style, in HTML and flattened text.  Each test asserts relations a reader finds
in the page; see tests/fixtures/unseen/.  The metformin, sertraline and montelukast pages were
not fitted on; the adalimumab and nivolumab pages showed the failures that the rules of
2026-11-25 fix (glosses, earlier-therapy lists), so they are regression tests."""
import csv
import json
from pathlib import Path

import pytest

from benchmarks.bench_unseen import match, read_expected, score

from .conftest import build_copy

PAGES = Path(__file__).resolve().parent / "fixtures" / "unseen"


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp, cfg):
    """(output folder, relations rows) of all pages of tests/fixtures/unseen/."""
    _, out, _, summary = build_copy(PAGES, tmp_path_factory, cfg, nlp)
    assert summary.errors == 0
    with open(out / "relations.csv", encoding="utf-8", newline="") as f:
        return out, list(csv.DictReader(f))


@pytest.fixture(scope="module")
def rels(built):
    by_doc: dict = {}
    for r in built[1]:
        by_doc.setdefault(r["doc_id"], []).append(r)
    return by_doc


def facts(rows, relation="TREATS"):
    return {(r["subject"], r["object_text"], r["negated"] == "true") for r in rows if r["relation"] == relation}


def find(rows, obj, relation="TREATS", negated=False):
    return [r for r in rows if r["relation"] == relation and r["object_text"] == obj and (r["negated"] == "true") == negated]


def test_medlineplus_metformin(rels):
    rows = rels["metformin-medlineplus"]
    t = facts(rows)
    assert {("Metformin", "type 2 diabetes", False), ("Metformin", "type 1 diabetes", True),
            ("Metformin", "diabetic ketoacidosis", True), ("Metformin", "polycystic ovary syndrome", False)} <= t
    assert find(rows, "type 2 diabetes")[0]["combination"] == "Insulin"  # "alone or with other medications, including insulin"
    pcos = find(rows, "polycystic ovary syndrome")[0]
    assert pcos["approval"] == "off-label" and pcos["population"] == "women"
    # side effects, warnings and a glossing parenthesis are not treated
    assert not {o for _, o, _ in t} & {"lactic acidosis", "kidney disease", "diarrhea", "nausea", "therefore"}
    c = {(r["subject_text"], r["object_text"]) for r in rows if r["relation"] == "CAUSES"}
    assert {("diabetes", "heart disease"), ("diabetes", "stroke"), ("diabetes", "nerve damage")} <= c
    assert not any(s == "type 1 diabetes" for s, _ in c)  # "(condition in which the body does not produce insulin)"


def test_nhs_sertraline(rels):
    rows = rels["sertraline-nhs"]
    t = facts(rows)
    for obj in ("depression", "panic attacks", "obsessive compulsive disorder", "post-traumatic stress disorder"):
        assert ("Sertraline", obj, False) in t, obj
    ocd = find(rows, "OCD")
    assert {r["population"] for r in ocd} == {"adults", "children aged 6 years and older"}  # "can be taken by ... for OCD"
    neg = find(rows, "depression", negated=True)
    assert neg and neg[0]["approval"] == "approved" and "children" in neg[0]["population"]
    assert not {o for _, o, _ in t} & {"headaches", "epilepsy", "alcohol"}
    c = {(r["subject_text"], r["object_text"]) for r in rows if r["relation"] == "CAUSES"}
    assert {("Depression", "low mood"), ("Depression", "tiredness")} <= c


def test_emedtv_montelukast(rels):
    rows = rels["montelukast-emedtv"]
    t = facts(rows)
    assert {s for s, _, _ in t} == {"Montelukast"}  # not "sodium" of "Montelukast sodium (Singulair)"
    assert find(rows, "allergic rhinitis")[0]["approval"] == "approved"
    assert "exercise-induced bronchoconstriction" not in {o for _, o, _ in t}  # prevented, not treated
    assert {r["approval"] for r in rows if r["relation"] == "TREATS" and r["object_text"] in ("hives", "Atopic dermatitis")} == {"off-label"}
    asthma = [r["population"] for r in find(rows, "asthma")]
    assert "adults; children 12 months and older" in asthma
    c = {(r["subject_text"], r["object_text"]) for r in rows if r["relation"] == "CAUSES"}
    assert ("Asthma", "wheezing") in c and not any(s == "lung disease" for s, _ in c)
    assert not any(o == "allergic rhinitis" for _, o in c)  # "relieve symptoms of allergic rhinitis"


def test_medlineplus_adalimumab(rels):
    rows = rels["adalimumab-medlineplus"]
    t = facts(rows)
    assert {("Adalimumab", o, False) for o in ("rheumatoid arthritis", "juvenile idiopathic arthritis", "Crohn's disease",
                                               "ulcerative colitis", "plaque psoriasis")} <= t
    # signs inside the glossing brackets are neither treated nor list items crossing the ")"
    assert not {o for _, o, _ in t} & {"pain", "swelling", "diarrhea", "fever", "arthritis"}
    assert not any(")" in r["object_text"] for r in rows)
    assert find(rows, "juvenile idiopathic arthritis")[0]["population"] == "children 2 years of age and older"
    assert find(rows, "ulcerative colitis")[0]["status"] == "refractory"  # "who have not been helped by other medications"


def test_nci_nivolumab(rels):
    rows = rels["nivolumab-nci"]
    t = facts(rows)
    assert {("Nivolumab", o, False) for o in ("Colorectal cancer", "Hepatocellular carcinoma", "Hodgkin lymphoma",
                                              "Renal cell carcinoma")} <= t
    crc = find(rows, "Colorectal cancer")[0]
    assert crc["combination"] == "" and "failed Irinotecan" in crc["status"] and crc["biomarker"] == "MSI-H; dMMR"
    assert find(rows, "Renal cell carcinoma")[0]["combination"] == "Ipilimumab"
    assert "failed Brentuximab Vedotin" in find(rows, "Hodgkin lymphoma")[0]["status"]
    assert "cancer" not in {o for _, o, _ in t}  # "is also being studied in the treatment of other types of cancer"


def test_drugscom_methotrexate(rels):
    # written 2026-11-26 in Drugs.com's layout; it showed the h1 title lost to the section rule
    rows = rels["methotrexate-drugscom"]
    t = facts(rows)
    assert {("Methotrexate", "acute lymphoblastic leukemia", False), ("Methotrexate", "psoriasis", False),
            ("Methotrexate", "rheumatoid arthritis", False)} <= t
    ra = find(rows, "rheumatoid arthritis")[0]
    assert ra["population"] == "adults" and "refractory" in ra["status"]
    # "You should not use methotrexate if you have ... cirrhosis": a contraindication
    assert not {o for _, o, _ in t} & {"alcoholism", "cirrhosis", "chronic liver disease", "diarrhea"}


def test_antibiotic_page_pathogens_and_prevention(rels):
    # written for organisms and PREVENTS (2026-11-26); the E. coli sentence split and the body
    # parts the model called diseases ("nose", "urinary tract") were found on it
    rows = rels["amoxicillin-healthsite"]
    t = facts(rows)
    assert {("Amoxicillin", "pneumonia", False), ("Amoxicillin", "gonorrhea", False),
            ("Amoxicillin", "flu", True), ("Amoxicillin", "viral infections", True)} <= t
    assert not {o for _, o, _ in t} & {"nose", "urinary tract", "Escherichia coli", "E. coli", "Neisseria gonorrhoeae"}
    uti = find(rows, "Urinary tract infections")
    assert uti and uti[0]["pathogen"].split("; ") == ["E. coli", "Proteus mirabilis", "Enterococcus faecalis"]
    assert uti[0]["approval"] == "approved"
    assert find(rows, "gonorrhea")[0]["pathogen"] == "Neisseria gonorrhoeae"
    endo = find(rows, "bacterial endocarditis", relation="PREVENTS")
    assert endo and endo[0]["approval"] == "off-label"
    assert ("Amoxicillin", "bacterial endocarditis", False) not in t


def test_statin_text_page_prevention(rels):
    # written for PREVENTS (2026-11-26): "risk factors for" is no prevention cue, cholesterol is
    # no subject, a disease the population has had is neither prevented nor treated
    rows = rels["atorvastatin-healthinfo"]
    p = facts(rows, "PREVENTS")
    assert {("Atorvastatin", "heart attack", False), ("Atorvastatin", "stroke", False)} <= p
    assert find(rows, "heart attack", relation="PREVENTS")[0]["population"] == "adults"
    assert all(s == "Atorvastatin" for s, _, _ in p)
    t = facts(rows)
    assert {("Atorvastatin", "primary hyperlipidemia", False), ("Atorvastatin", "mixed dyslipidemia", False)} <= t
    assert not {o for _, o, _ in t} & {"type 2 diabetes", "heart disease", "transient ischemic attack", "TIA"}
    assert not any("Cholesterol" in r["combination"] for r in rows)
    stroke = [r for r in find(rows, "stroke", relation="PREVENTS") if r["approval"] == "off-label"]
    assert stroke


def test_nhs_style_ibuprofen(rels):
    # written 2026-11-26: "take X for", a second subject after ";", "children under 16",
    # "high temperature", feedback and review-date chrome
    rows = rels["ibuprofen-nhsstyle"]
    t = facts(rows)
    assert {("Ibuprofen", "migraine", False), ("Ibuprofen", "rheumatoid arthritis", False),
            ("Ibuprofen", "juvenile idiopathic arthritis", False)} <= t
    assert find(rows, "juvenile idiopathic arthritis")[0]["population"] == "children under 16"
    p = facts(rows, "PREVENTS")
    assert ("Ibuprofen", "heart attacks", True) in p and not any(s == "Aspirin" for s, _, _ in p)


def test_nhs_style_chrome_lines_are_dropped():
    from pipeline.clean import clean
    from pipeline.parse import parse_file

    text = clean(parse_file(PAGES / "ibuprofen-nhsstyle.html")).text
    for chrome in ("Is this page useful?", "Next review due", "Page last reviewed", "cookies", "Crown copyright"):
        assert chrome not in text
    assert "Children under 16 should only take ibuprofen" in text


def test_mayo_style_pembrolizumab(rels):
    # written 2026-11-26: a clause after ", and" belongs to the next object; coordinated
    # biomarkers before one disease ("MSI-H or dMMR colorectal cancer")
    rows = rels["pembrolizumab-mayostyle"]
    chl, crc = find(rows, "classical Hodgkin lymphoma")[0], find(rows, "colorectal cancer")[0]
    assert (chl["status"], chl["biomarker"], chl["population"]) == ("relapsed", "", "adults; children")
    assert (crc["status"], crc["biomarker"], crc["population"]) == ("", "MSI-H; dMMR", "adults")
    assoc = facts(rows, "ASSOCIATED_WITH")
    assert {("Colorectal Neoplasms", "MSI-H", False), ("Colorectal Neoplasms", "dMMR", False)} <= assoc
    assert not any(s == "classical Hodgkin lymphoma" for s, _, _ in assoc)
    assert ("Pembrolizumab", "melanoma", False) in facts(rows, "PREVENTS")  # "keep melanoma from coming back"
    assert ("Pembrolizumab", "multiple myeloma", True) in facts(rows)
    nsclc = find(rows, "non-small cell lung cancer")[0]
    assert set(nsclc["combination"].split("; ")) >= {"Pemetrexed", "Antineoplastic Agents"}


def test_webmd_style_aripiprazole(rels):
    # written 2026-11-26 as a page of a site not seen before; "copyrighted by" licence line
    rows = rels["aripiprazole-webmdstyle"]
    t = facts(rows)
    assert {("Aripiprazole", "schizophrenia", False), ("Aripiprazole", "bipolar disorder", False),
            ("Aripiprazole", "depression", False), ("Aripiprazole", "psychosis", True)} <= t
    assert not {o for _, o, _ in t} & {"hallucinations", "tardive dyskinesia", "suicidal thoughts"}
    from pipeline.clean import clean
    from pipeline.parse import parse_file

    text = clean(parse_file(PAGES / "aripiprazole-webmdstyle.txt")).text
    assert "First Databank" not in text and "Sign In" not in text
    assert "Aripiprazole is not approved for the treatment of dementia-related psychosis." in text


# -- pages with expected relations (tests/fixtures/unseen_expected/, benchmarks/bench_unseen.py) --

FLOORS = json.loads((Path(__file__).resolve().parents[1] / "benchmarks" / "floors.json").read_text())["unseen"]


def test_expected_relations_floor(built):
    # written by reading each page (README there); the gate of `make bench-unseen`'s figures
    out, rows = built
    total = score(rows, read_expected(), out / "clean")["total"]
    for metric, floor in FLOORS.items():
        if not metric.startswith("_"):
            assert total[metric] >= floor, f"{metric}: {total[metric]:.3f} < floor {floor}"


def test_expected_pages_keep_content_and_drop_chrome(built):
    out, rows = built
    pages = score(rows, read_expected(), out / "clean")["pages"]
    lost = {d: p["content_lost"] for d, p in pages.items() if p["content_lost"]}
    # known: a paragraph after a flattened side-effects table of 14 short cells, cut off with the table; a
    # text page's closing heading and its one sentence right above the feedback widget (keeping such a section
    # cost the calibration half 0.0001). (A sentence in an article's callout box, which trafilatura drops with
    # every aside, is now kept unless it speaks for the site: clean.article_callout, PROMO.)
    assert lost == {"benzoyl-peroxide-acnesupport": ["Using benzoyl peroxide regularly once your skin has cleared can "
                                                     "help stop acne from coming back."],
                    "amiodarone-healthnavigatornz": ["Amiodarone interacts with many medicines, including warfarin, digoxin, "
                                                     "some statins such as simvastatin, and some antibiotics."],
                    # a forum reply under the article (comment chrome); questions to ask the doctor, one short line
                    # each, taken for a list of links
                    "amitriptyline-ibs-theibsnetwork-forum": ["I've been on 10mg amitriptyline for my IBS-D for about 8 "
                                                              "months now."],
                    "chlorambucil-cllsociety": ["Why are you recommending chlorambucil rather than a targeted therapy?"],
                    "trastuzumab-emtansine-breastcancercanada": ["Why is trastuzumab emtansine the right choice for me?"],
                    # replies of forum threads outside the article's span (one of them the page's ruling on asthma), a
                    # "Bottom Line" summary box above the article, which trafilatura drops with its box, and a text page's
                    # tip list after the article's end
                    "alogliptin-diabetes-healthunlocked": [
                        "Alogliptin and sitagliptin are both DPP-4 inhibitors and work in the same way, and in trials they "
                        "lower HbA1c by a similar amount when added to metformin.",
                        "Pancreatitis usually causes severe, constant tummy pain that can spread through to your back, often "
                        "with vomiting.",
                        "Then I was diagnosed with heart failure last year and my GP swapped the alogliptin for dapagliflozin, "
                        "which I now take for both my heart failure and my diabetes."],
                    "lapatinib-her2support": ["My onc moved me from Tykerb to Tukysa for my brain mets last year, and two "
                                              "scans later they are stable."],
                    "hydroxocobalamin-cyanide-poisoncontrol": ["Hydroxocobalamin (Cyanokit) is an antidote given by vein to "
                                                               "treat known or suspected cyanide poisoning."],
                    "carbocisteine-copdsupport": ["Carbocisteine isn't a treatment for asthma itself, and a chesty cough in "
                                                  "someone with asthma needs checking by their GP or asthma nurse in case "
                                                  "their asthma needs a review."],
                    "cinnarizine-travelsickness-pharmacy": ["sit in the front seat of a car, or over the wings on a plane"],
                    # a forum wiki's dose line, a label and its value ("Usual acne dose: 50–100 mg a day")
                    "spironolactone-acne-dermatologyforum": ["Usual acne dose: 50–100 mg a day (range 25–200 mg)"],
                    # sets 132-155 (session 18): dose lines and a "Use:" label of drug monographs, a text page's opening lines above
                    # the content span, a "Key takeaways" box above a GoodRx article, a breastfeeding line and a summary note
                    "carisoprodol-drugscom": ["250 to 350 mg orally 3 times a day and at bedtime", "Use: Short-term relief of acute musculoskeletal pain"],
                    "diphenhydramine-mayoclinic": ["Adults and children 12 years of age and older—50 mg at bedtime as needed."],
                    "docetaxel-cancerresearchuk": ["Don't breastfeed during this treatment, because the drug may pass into your breast milk."],
                    "doxycycline-patientinfo": ["Doxycycline is an antibiotic used to treat a wide range of bacterial infections, including chest infections, skin infections and some sexually transmitted infections.", "The most common side-effects are feeling sick, diarrhoea and headache."],
                    "fedratinib-mpnhub": ["Fedratinib is a once-daily oral medicine for adults with intermediate-2 or high-risk myelofibrosis."],
                    "glyburide-clevelandclinic": ["NOTE: This sheet is a summary. It may not cover all possible information. If you have questions about this medicine, talk to your doctor, pharmacist, or health care provider."],
                    "metoprolol-goodrx": ["Metoprolol (Lopressor, Toprol-XL) is a beta-blocker that's FDA-approved to treat high blood pressure, chest pain (angina), heart failure, and heart attacks."],
                    "triamcinolone-goodrx": ["Triamcinolone is a corticosteroid that comes in several forms, including a cream, an injection, and a nasal spray."],
                    # sets 156-171 (session 19): a report-to-FDA line, a side-effect table's cell and the sentence under it,
                    # a legal-status line, a question for the doctor and a line about a drug's forms
                    "granisetron-mayoclinic": ["Call your doctor for medical advice about side effects. You may report side effects to the FDA at 1-800-FDA-1088."],
                    "perindopril-patientinfo": ["Dry, tickly cough", "Rarely, perindopril can cause angioedema, which is swelling of the face, lips, tongue and throat."],
                    "temazepam-drugsie": ["Temazepam is controlled under the Misuse of Drugs Acts."],
                    "trifluridine-tipiracil-fightcrc": ["Is Lonsurf alone or Lonsurf with bevacizumab the better choice for me?"],
                    "zafirlukast-merckmanuals": ["Leukotriene modifiers come as tablets or granules, so they can be useful for people who have trouble using inhalers."]}
    kept = {d: p["chrome_kept"] for d, p in pages.items() if p["chrome_kept"]}
    # known: advert and promotion lines with no marker at all, inside the article's span
    assert kept == {"propranolol-webmd": ["Talk to your doctor about heart health options"],
                    "oxybutynin-bladderbowel": ["Just Can't Wait card", "Our free Just Can't Wait card can help you get "
                                                "access to a toilet when you are out and about."],
                    "lamotrigine-bipolaruk": ["Peer Support Line"],
                    # a campaign's callout box inside the article (the callout rule keeps article callouts)
                    "entacapone-parkinsonsaustralia": ["Parkinson's medications need to be taken at the right time, every "
                                                       "time. If you are going into hospital, take your medications and a "
                                                       "list of your dose times with you."],
                    # a text page's site name between its menu lines
                    "acalabrutinib-cllsupport": ["Chronic Lymphocytic Leukaemia Support Association"],
                    # titles of related articles between the article's own lines
                    "dexamfetamine-adhdfoundation": ["Lisdexamfetamine (Elvanse)"],
                    "dupilumab-eoe-apfed": ["Eohilia (budesonide oral suspension)"],
                    "methylprednisolone-msif": ["Disease-modifying therapies"],
                    # a text page's meta description under its title; a testimonial's caption
                    "amiodarone-healthnavigatornz": ["Easy-to-read medicine information about amiodarone – what is it, "
                                                     "how to take it safely and possible side effects."],
                    "sirolimus-lamaction": ["Rachel, diagnosed with LAM in 2019"],
                    "cholic-acid-childrensliverdisease": ["Hannah, mum to Ruby, aged 3"],
                    # an insurance note in the article's own words, with no marker
                    "evolocumab-learnyourlipids": ["PCSK9 inhibitors often need prior authorization from your insurance "
                                                   "plan. Ask your clinician's office about manufacturer copay programs "
                                                   "and patient assistance."],
                    # a site's report and screening promos and a long "Disclaimer:" paragraph (a benchmark
                    # article keeps its own "Disclaimer:" paragraph as content, so no pattern drops them)
                    "atezolizumab-lungcancereurope": ["Our LuCE Report on biomarker testing found large differences "
                                                      "between European countries in how quickly results are returned "
                                                      "to patients."],
                    "trazodone-mhanational": ["Online screening is one of the quickest and easiest ways to find out "
                                              "whether you are experiencing symptoms of a mental health condition."],
                    "polyethylene-glycol-aboutkidshealth": ["Disclaimer: The information in this Family Med-aid is accurate "
                                                            "at the time of printing. It gives a summary of information "
                                                            "about polyethylene glycol 3350 and does not contain all "
                                                            "possible information about this medicine. Not all side "
                                                            "effects are listed. If you have any questions or want more "
                                                            "information about polyethylene glycol 3350, speak to your "
                                                            "health-care provider."],
                    "itraconazole-medindia": ["Disclaimer: All information and content on this site are for information and "
                                              "educational purposes only. The information should not be used for either "
                                              "diagnosis or treatment or both for any health related problem or disease. "
                                              "Always seek the advice of a qualified physician for medical diagnosis and "
                                              "treatment."],
                    # a site speaking for itself, its helpline, further-reading and ask-the-expert lines and a related
                    # fact sheet, none with a marker the patterns know
                    "latanoprost-glaucomaresearchfoundation": ["Glaucoma Research Foundation funds innovative research to "
                                                               "protect vision and find a cure for glaucoma."],
                    "methimazole-thyroidorg": ["Further details on this and other thyroid-related topics are available in "
                                               "the patient thyroid information section on the American Thyroid "
                                               "Association® website at www.thyroid.org."],
                    "teprotumumab-gdatf": ["Ask the Expert: Have a question about TED treatment? Submit it to our Medical "
                                           "Advisory Council and watch for answers in our next newsletter."],
                    "dexamethasone-croup-rchkidsinfo": ["Kids Health Info fact sheet: Fever in children"],
                    # a charity's service, donation, trial-finder, appointment and directory promos in the article's
                    # own words, with no marker the patterns know
                    "belzutifan-vhlalliance": ["Find a Clinical Care Center near you"],
                    "dinutuximab-solvingkidscancer": ["Our navigators help families understand treatment options and find "
                                                      "clinical trials. This service is free."],
                    "doxorubicin-sarcomauk": ["Researchers are always looking for better ways to treat sarcoma. Ask your team "
                                              "if there is a trial that might be suitable for you, or search our trials "
                                              "finder."],
                    "secnidazole-bv-womenshealthclinic": ["Same-week appointments and telehealth visits are available for "
                                                          "vaginal symptoms."],
                    "verteporfin-cscr-retinaspecialists": ["Search the ASRS directory to find a retina specialist near you."],
                    # a call to action whose number is spelled in letters (1-888-499-PASS), a member magazine, a video
                    # series and an efficacy-table cell
                    "atovaquone-proguanil-passporthealth": ["Ready to plan your trip? Call 1-888-499-PASS (7277) or book "
                                                            "online to get your antimalarial prescription before you go."],
                    "primidone-essentialtremor-ieta": ["Members get our quarterly magazine, Steady Hands, with treatment "
                                                       "updates and stories from the ET community."],
                    "satralizumab-nmosd-sumairafoundation": ["Not sure where to start? Our Ask the Experts series has "
                                                             "recorded conversations with neurologists about every approved "
                                                             "NMOSD treatment."],
                    "alemtuzumab-msdecisions": ["Efficacy group 3: highest"],
                    # promotions and trust statements with no marker, a series name, a form's label, a pronunciation
                    # guide, a charity's full name and a "From:" byline, between the article's own lines
                    "eflornithine-hirsutism-vervewomen": ["Why you can trust Verve: every health article is written or "
                                                          "reviewed by a qualified doctor and checked against current UK "
                                                          "guidance."],
                    "epinephrine-autoinjector-foodallergycanada": ["Know when and how to use your auto-injector – it could "
                                                                   "save a life."],
                    "ethambutol-thoracicorg": ["ATS Patient Information Series", "Healthcare Provider's Contact Number:"],
                    "fremanezumab-migrainebuddy": ["Log attacks, medicines and triggers in seconds, and share a report with "
                                                   "your doctor."],
                    "ganciclovir-transplantcare": ["Patient Education | Medications After Transplant"],
                    "leucovorin-cancercareontario": ["Pronunciation: loo-koe-VOR-in"],
                    "nadolol-sads": ["The Ashley Jolly Sudden Arrhythmic Death Syndrome Charity"],
                    "oseltamivir-fluwatch": ["From: Public Health Agency of Canada"],
                    "sorafenib-bluefaery": ["Our free patient guide explains every stage of HCC treatment in plain language. "
                                            "Order a printed copy or download it today."],
                    "ziprasidone-dbsalliance": ["DBSA support groups are free, peer-led and open to anyone living with a mood "
                                                "disorder and their loved ones."],
                    # sets 132-155 (session 18): site disclaimers and sourcing statements (benchmark articles keep their own
                    # "Disclaimer:" paragraphs), charity services, courses and magazines, FAQ titles and section links between
                    # the article's lines, a safe-use reminder, a sources line, a helpline prompt and pharmacy promotions
                    "cefdinir-drugscom": ["Remember, keep this and all other medicines out of the reach of children, never share your medicines with others, and use cefdinir only for the indication prescribed."],
                    "cefuroxime-patientinfo": ["Disclaimer: This article is for information only and should not be used for the diagnosis or treatment of medical conditions. Egton Medical Information Systems Limited has used all reasonable care in compiling the information but makes no warranty as to its accuracy. Consult a doctor or other healthcare professional for diagnosis and treatment of medical conditions."],
                    "cilostazol-verywellhealth": ["Drug Facts"],
                    "clopidogrel-healthline": ["Disclaimer: Healthline has made every effort to make certain that all information is factually correct, comprehensive, and up to date. However, this article should not be used as a substitute for the knowledge and expertise of a licensed healthcare professional. You should always consult your doctor or other healthcare professional before taking any medication."],
                    "cyclobenzaprine-healthline": ["Disclaimer: Healthline has made every effort to ensure that all information is accurate, comprehensive, and current. However, this article should not be used as a substitute for the knowledge and expertise of a licensed healthcare professional. Always consult your doctor or another healthcare professional before taking any medication."],
                    "darbepoetin-aakp": ["aakpRENALIFE", "AAKP membership is free for patients. Join today to receive aakpRENALIFE magazine and our monthly e-newsletter."],
                    "doxycycline-patientinfo": ["Doxycycline for malaria"],
                    "fostamatinib-pdsa": ["PDSA's ITP Natural History Study Registry collects information from people with ITP to help researchers find better treatments."],
                    "fulvestrant-mbcn": ["Sources: FDA prescribing information for Faslodex, Orserdu and Truqap; NCCN Guidelines for Patients: Metastatic Breast Cancer, 2024."],
                    "insulin-glargine-diabetesuk": ["Our free online courses can help you understand your insulin, carb counting and much more."],
                    "lovastatin-emedtv": ["(Click Lovastatin Dosage for more information on how much of the drug to take.)"],
                    "methocarbamol-goodrx": ["GoodRx Health has strict sourcing policies and relies on peer-reviewed studies, academic research institutions, and medical associations. We avoid using tertiary references."],
                    "neratinib-komen": ["Our Komen Patient Care Center can help you understand your treatment options and find financial assistance."],
                    "salmeterol-patientinfo": ["Book a pharmacy appointment", "Get an inhaler technique check at a pharmacy near you."],
                    "telmisartan-drugscom": ["Does telmisartan cause weight gain?", "What is the difference between telmisartan and losartan?", "Cardiovascular Risk Reduction"],
                    "venetoclax-leukaemiacare": ["Need to talk?"],
                    "zolmitriptan-emedtv": ["Zolmitriptan Warnings and Precautions"],
                    # sets 156-171 (session 19): price and coupon boxes, sourcing and review statements, brand-name
                    # fields, reference citations, disclaimers, a drug-list box and peer-support promos
                    "acarbose-drugscom": ["Remember, keep this and all other medicines out of the reach of children, never share your medicines with others, and use this medication only for the indication prescribed."],
                    "benzonatate-goodrx": ["Save on benzonatate with GoodRx. GoodRx can help you save over 80% off the average retail price of the generic version.", "Hey there! Looking for a lower price on benzonatate? Compare prices at pharmacies near you.", "Save on related medications", "100 mg · 30 capsules", "Compare prices", "Food and Drug Administration. (2010). Benzonatate: Risk of death in children from accidental ingestion. Drug Safety Communication."],
                    "cabazitaxel-macmillan": ["This information has been written, revised and edited by Macmillan Cancer Support's Cancer Information Development team. It has been reviewed by expert medical and health professionals and people living with cancer.", "Content reviewed: 01 February 2024"],
                    "clemastine-emedtv": ["(Click Clemastine Dosage for more information on how much of the medication to take.)", "(Click Clemastine Use in Children for more information.)"],
                    "desvenlafaxine-healthline": ["Healthline has strict sourcing guidelines and relies on peer-reviewed studies, academic research institutions, and medical journals and associations. We avoid using tertiary references."],
                    "eribulin-breastcancernow": ["Triple negative breast cancer"],
                    "guanfacine-healthline": ["Disclaimer: Healthline has made every effort to make certain that all information is factually correct, comprehensive, and up to date. However, this article should not be used as a substitute for the knowledge and expertise of a licensed healthcare professional. You should always consult your doctor or other healthcare professional before taking any medication."],
                    "hydrocodone-webmd": ["Common Brand(s): Norco, Lortab, Lorcet", "Generic Name(s): hydrocodone bitartrate-acetaminophen"],
                    "miglitol-medicinenet": ["View Full Outline"],
                    "molnupiravir-medicalnewstoday": ["Medical News Today has strict sourcing guidelines and draws only from peer-reviewed studies, academic research institutions, and medical journals and associations.", "Jayk Bernal A, et al. (2022). Molnupiravir for oral treatment of Covid-19 in nonhospitalized patients."],
                    "mometasone-nasal-patientinfo": ["Allergic rhinitis; NICE CKS (UK access only).", "This leaflet is for information only and is not a replacement for advice from your doctor or pharmacist. Patient Platform Limited has taken all reasonable care in compiling it but makes no warranty as to its accuracy."],
                    "nelarabine-stjude": ["Other names: Arranon®, Atriance®, 506U78"],
                    "perindopril-patientinfo": ["Get treatment for common health conditions from a local pharmacy, without waiting for a GP appointment."],
                    "pitavastatin-everydayhealth": ["The information you submit is subject to our privacy policy.", "Grinspoon SK et al. Pitavastatin to Prevent Cardiovascular Disease in HIV Infection. The New England Journal of Medicine. August 2023."],
                    "quinapril-webmd": ["Common Brand Name(S): Accupril"],
                    "scopolamine-goodrx": ["Save on scopolamine", "Compare prices at pharmacies near you and save up to 80% with a free GoodRx coupon."],
                    "selinexor-myelomacrowd": ["Add your treatment history to HealthTree Cure Hub and help researchers learn what works best for patients like you."],
                    "talazoparib-facingourrisk": ["Looking for someone who understands?", "Request a Peer Navigator"],
                    "tildrakizumab-verywellhealth": ["Drug Content Provided and Reviewed by IBM Micromedex®"],
                    "topotecan-chemocare": ["Note: We strongly encourage you to talk with your health care professional about your own medical condition and treatment. The information on this website is meant to be helpful and educational, but it does not replace medical advice."],
                    "trifluridine-tipiracil-fightcrc": ["Manage Preferences"],
                    "zafirlukast-merckmanuals": ["The following English-language resources may be useful. Please note that THE MANUAL is not responsible for the content of these resources.", "Drugs Mentioned In This Article", "PROVENTIL-HFA, VENTOLIN-HFA"]}


def test_scorer_matches_one_to_one():
    expected = [{"type": "TREATS", "subject": "Cipro", "object": "partial-onset seizures", "sentence": "s", "negated": False},
                {"type": "TREATS", "subject": "ADHD drug", "object": "attention deficit hyperactivity disorder",
                 "sentence": "t", "negated": True}]
    pred = [{"relation": "TREATS", "subject": "Ciprofloxacin", "subject_text": "Cipro", "object_text": "seizures",
             "evidence": "s", "negated": "false"},
            {"relation": "TREATS", "subject": "Ciprofloxacin", "subject_text": "Cipro", "object_text": "seizures",
             "evidence": "s", "negated": "false"},
            {"relation": "TREATS", "subject": "X", "subject_text": "ADHD drug", "object_text": "ADHD",
             "evidence": "t", "negated": "true"}]
    pairs = match(expected, pred)
    assert pairs[0][1] is pred[0] and pairs[1][1] is pred[2]
    res = score([{**p, "doc_id": "d"} for p in pred], {"d": {"relations": expected}})["total"]
    assert (res["matched"], res["predicted"], res["expected"]) == (2, 3, 2) and res["negated"] == 1.0
