from pipeline.clean import clean
from pipeline.parse import parse_bytes, parse_file

from .conftest import RAW, SEED

from pathlib import Path

ROOT_PKG = Path(__file__).resolve().parent.parent / "pipeline"

CHROME = ["Copyright", "Related Channels", "eMedTV Links", "Written by", "reviewed by", "Cancer Home >",
          "HONcode", "serves only as an informational resource", "Other Articles in This"]


def test_seed_chrome_dropped_content_kept():
    doc = clean(parse_file(SEED))
    for phrase in CHROME:
        assert phrase not in doc.text, phrase
    for line in ["Acute Lymphoblastic Leukemia", "Hypereosinophilic syndrome (HES) or chronic eosinophilic leukemia",
                 "Aggressive systemic mastocytosis (ASM).", "Myelodysplastic Syndrome and Myeloproliferative Disease",
                 "Imatinib is approved to treat MDS/MPD associated with PDGFR gene rearrangements."]:
        assert line in doc.text


def test_every_content_sentence_of_seed_kept():
    raw = SEED.read_text("utf-8")
    body = raw[raw.index("Acute Lymphoblastic Leukemia"):raw.index("Written by")]
    doc = clean(parse_file(SEED))
    for line in body.splitlines():
        line = " ".join(line.replace("•", "").split())
        if line:
            assert line in doc.text, line


def test_clean_offsets_map_to_blocks():
    doc = clean(parse_file(SEED))
    for b in doc.blocks:
        if not b.chrome:
            assert doc.text[b.start:b.end] == b.text
    assert doc.text.count("\n") == sum(1 for b in doc.blocks if not b.chrome)


def test_html_navigation_sidebar_footer_dropped():
    html = b"""<html><body><header class="site-header"><nav><a href="/">Home</a> <a href="/d">Drugs</a></nav></header>
    <div class="breadcrumb">Home &rsaquo; Drugs &rsaquo; Foo</div>
    <main><article><header><h1>Foo Uses</h1></header><p>Foo is approved to treat gout in adults and children.</p>
    <ul><li>Gout</li><li>Acne</li></ul></article></main>
    <aside class="sidebar"><h3>Related Articles</h3><ul><li><a href="/a">Foo Dosage</a></li></ul></aside>
    <div class="social-share">Share Print Email</div>
    <footer><p>&copy; 2024 Example Health. All rights reserved.</p></footer></body></html>"""
    doc = clean(parse_bytes(html, "foo.html"))
    assert doc.text == "Foo Uses\nFoo is approved to treat gout in adults and children.\nGout\nAcne\n"


def test_heading_of_chrome_section_goes_and_short_content_stays():
    text = ("Foo Uses\nFoo treats gout in adults and in children of all ages.\nIt treats these:\n• Gout\n• Acne\n"
            "Related Articles\nFoo Dosage\nFoo Side Effects\nShare Print Email\n© 2024 Example Inc.\n")
    doc = clean(parse_bytes(text.encode(), "foo.txt"))
    assert doc.text == "Foo Uses\nFoo treats gout in adults and in children of all ages.\nIt treats these:\nGout\nAcne\n"


def test_subheading_between_kept_blocks_stays():
    text = ("Foo\nFoo is a medicine used to treat gout and arthritis in adults and in children over 12.\n"
            "Like all medicines, foo can cause side effects, although not everyone gets them at all.\n"
            "Common side effects\nThese common side effects of foo happen in more than 1 in 10 people who take it:\n"
            "headaches\ntiredness\n© Crown copyright\n")
    doc = clean(parse_bytes(text.encode(), "foo.txt"))
    assert "\nCommon side effects\n" in doc.text and "copyright" not in doc.text


def test_raw_pages_lose_their_chrome():
    """Chrome lines of the example pages written for testing (raw/README.md)."""
    chrome = ["Skip to main content", "Advertisement", "Was this page helpful", "All rights reserved",
              "Medically reviewed by", "Related Articles", "Privacy Policy", "Sponsored", "Share", "Print this page",
              "Subscribe", "Accept all cookies", "Home ›", "Drugs A-Z", "Log in"]
    for page in RAW.iterdir():
        if page.suffix in (".txt", ".html"):
            text = clean(parse_file(page)).text
            for phrase in chrome:
                assert phrase not in text, (page.name, phrase)


# -- raw/ pages: every chrome line goes, every content line stays ------------------------------
# Lists written by reading the pages (raw/README.md describes their chrome).

import copy  # noqa: E402
import json  # noqa: E402

import pytest  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402

from pipeline import clean as clean_mod  # noqa: E402
from pipeline.clean import SIGNALS, load_rules  # noqa: E402

RAW_CHROME = {
    "imatinib-uses.txt": ["Cancer Home > What Is Imatinib Used For?", "Written by/reviewed by:",
                          "Last reviewed by: Kristi Monson, PharmD;", "Last updated/reviewed:",
                          "List of references (click here):", "Other Articles in This eMedTV Presentation",
                          "Related Channels", "eMedTV Links", "Copyright © 2006-2020 Clinaero, Inc.",
                          "eMedTV serves only as an informational resource.", "HONcode", "verify here."],
    "sertraline-uses.txt": ["Skip to main content", "PillPath Online\n", "Search drugs, conditions or pill imprints",
                            "Log in", "Sign up", "Home | Drugs A-Z", "Home > Drugs A-Z > S > Sertraline > Uses",
                            "Medically reviewed by Priya Natarajan", "Share", "Print", "Email", "Advertisement",
                            "Sources", "Was this page helpful?", "Related articles", "Sertraline Dosage",
                            "Sertraline Side Effects", "Sertraline and Alcohol", "Sertraline vs. Escitalopram",
                            "Zoloft Withdrawal Symptoms", "What Is an SSRI?", "Subscribe to our newsletter",
                            "Get the latest drug news", "Enter your email address", "Drugs A-Z", "Pill Identifier",
                            "Interaction Checker", "About Us", "Editorial Policy", "Advertise With Us", "Contact",
                            "Privacy Policy", "Terms & Conditions", "Do Not Sell My Personal Information",
                            "provides information for educational purposes only", "© 2024 PillPath Online"],
    "adalimumab-uses.txt": ["RxHarbor\n", "Menu", "Search", "Sign in", "Drugs & Supplements > Adalimumab > Uses",
                            "Overview  Uses", "Overview Uses Dosage", "Reviewed by Tomasz Lindqvist",
                            "Print this page", "Sponsored", "Last reviewed May 2024", "More about adalimumab",
                            "Adalimumab Dosage", "Adalimumab Side Effects", "Humira vs. Biosimilars",
                            "How to Give an Adalimumab Injection", "Terms of Use", "Privacy Policy", "Contact Us",
                            "Accessibility", "Cookie Settings", "Site Map", "RxHarbor does not provide medical advice",
                            "Copyright © 2024 RxHarbor"],
    "rituximab-uses.html": ["We use cookies", "Accept all cookies", "Manage preferences", "MedLantern", "Home",
                            "Drugs A–Z", "Interaction Checker", "Health News", "Sign In", "Search",
                            "Home › Drugs A–Z › Rituximab", "Medically reviewed by Helena Marsh", "Last updated",
                            "Share", "Print", "Email", "Advertisement", "View references", "Related Articles",
                            "Rituximab Dosage", "Rituximab Side Effects", "Rituximab and Pregnancy",
                            "Rituximab and Breastfeeding", "Rituximab Drug Interactions",
                            "What Is Non-Hodgkin's Lymphoma?", "Popular Right Now", "Methotrexate Uses",
                            "Adalimumab Uses", "About Us", "Editorial Policy", "Careers", "Contact Us", "Explore",
                            "Conditions A–Z", "Newsletters", "Legal", "Terms of Use", "Privacy Policy", "Cookie Policy",
                            "Advertising Policy", "© 2024 MedLantern", "provides general health information only"],
    "metformin-uses.html": ["DoseWise Health\n", "DW ", "Medications Health Topics", "Ask a Pharmacist", "Newsletter",
                            "Search DoseWise", "Go\n", "DoseWise » Medications", "By DoseWise Editorial Team",
                            "Clinically reviewed by", "Facebook", "Post Pin", "Sponsored content", "Sources (6)",
                            "Did you find this article useful?", "👍", "More on Metformin", "Metformin Dosage Guide",
                            "Common Side Effects of Metformin", "Metformin and Vitamin B12",
                            "Can You Drink Alcohol on Metformin?", "Trending", "A1C Chart", "Semaglutide",
                            "About DoseWise", "Our Editorial Process", "Advertise", "Privacy", "Terms", "Contact",
                            "Copyright © 2015–2024", "for informational purposes only"],
}


def text_page_content(name: str, first: str, last: str) -> list[str]:
    """Every line of a text page from `first` to `last` (inclusive) that is not chrome."""
    raw = (RAW / name).read_text("utf-8")
    body = raw[raw.index(first):raw.index(last) + len(last)]
    chrome = ("Advertisement", "Sponsored", "Medically reviewed by", "Share  Print")
    lines = [" ".join(line.lstrip(" •*-").split()) for line in body.splitlines() if not line.startswith(chrome)]
    return [line for line in lines if line]


def html_page_content(name: str, root_selector: str, drop_selector: str) -> list[str]:
    """Headings, paragraphs, list items and table cells under the content element."""
    soup = BeautifulSoup((RAW / name).read_text("utf-8"), "lxml")
    root = soup.select_one(root_selector)
    for tag in root.select(drop_selector):
        tag.decompose()
    out = [" ".join(t.get_text(" ").split()) for t in root.find_all(["h1", "h2", "h3", "p", "li", "td", "th"])]
    return [" ".join(t.replace(" .", ".").split()) for t in out if t]


RAW_CONTENT = {
    "imatinib-uses.txt": lambda: text_page_content("imatinib-uses.txt", "Acute Lymphoblastic Leukemia",
                                                   "associated with PDGFR gene rearrangements."),
    "sertraline-uses.txt": lambda: text_page_content("sertraline-uses.txt", "Sertraline Uses: What Is",
                                                     "planning to become pregnant or breastfeeding."),
    "adalimumab-uses.txt": lambda: ["Adalimumab Uses"] + text_page_content(
        "adalimumab-uses.txt", "Adalimumab is a prescription medicine", "abatacept, because the combination raises"
        " the risk of serious infections without adding benefit.") + text_page_content(
        "adalimumab-uses.txt", "Important Safety Information", "have been reported in children and adults taking TNF"
        " blockers."),
    "rituximab-uses.html": lambda: html_page_content("rituximab-uses.html", "article",
                                                     ".ml-byline, .ml-share, .ml-ad, .ml-refs"),
    "metformin-uses.html": lambda: ["What Is Metformin Used For?"] + html_page_content(
        "metformin-uses.html", ".entry-content", ".promo"),
}


def clean_lines(name: str) -> list[str]:
    return clean(parse_file(RAW / name)).text.splitlines()


@pytest.mark.parametrize("name", sorted(RAW_CHROME))
def test_raw_page_no_chrome_line_survives(name):
    text = clean(parse_file(RAW / name)).text
    lines = text.splitlines()
    for phrase in RAW_CHROME[name]:
        if phrase.endswith("\n"):  # a whole line
            assert phrase.strip() not in lines, (name, phrase)
        elif len(phrase.split()) <= 2:  # a short word: no line is just it (content may use the word)
            assert phrase not in lines, (name, phrase)
        else:
            assert phrase not in text, (name, phrase)


@pytest.mark.parametrize("name", sorted(RAW_CONTENT))
def test_raw_page_no_content_line_lost(name):
    expected = RAW_CONTENT[name]()
    assert len(expected) > 10
    lines = set(clean_lines(name))
    missing = [line for line in expected if line not in lines]
    assert not missing, (name, missing)
    chrome = [b for b in clean(parse_file(RAW / name)).blocks if b.chrome]
    assert chrome, name


def test_clean_is_deterministic_and_page_local():
    """Same bytes -> same clean text, whatever was cleaned before (no cross-page state)."""
    first = {p.name: clean(parse_file(p)).text for p in sorted(RAW.iterdir()) if p.suffix in (".txt", ".html")}
    again = {p.name: clean(parse_file(p)).text for p in sorted(RAW.iterdir(), reverse=True)
             if p.suffix in (".txt", ".html")}
    assert first == again


# -- one tiny fixture per signal ------------------------------------------------------------

BODY = ("Foo is a medicine that is approved to treat gout in adults, and it is also used for acne in "
        "children who are older than twelve years of age.")
BODY2 = ("Doctors sometimes use it for other conditions that it has not been approved to treat, and this "
         "is what is known as the off-label use of a medicine.")


BODY3 = ("In people with kidney disease the dose of the medicine is lower, and the doctor checks the blood "
         "of the patient every few months while the treatment goes on.")


def txt(*lines: str) -> str:
    return clean(parse_bytes(("\n".join(lines) + "\n").encode(), "t.txt")).text


def html(body: str) -> str:
    return clean(parse_bytes(f"<html><body>{body}</body></html>".encode(), "t.html")).text


def test_signal_patterns_known_chrome_shapes():
    for line in ["Home › Drugs › Foo", "Drugs | Conditions | News", "© 2024 Foo Inc.", "Reviewed by Ann Lee, MD",
                 "Last updated: May 2, 2024", "Share Print Email", "Advertisement", "Was this page helpful?",
                 "This information is not a substitute for professional medical advice.", "Foto: dpa",
                 "Teilen Sie dies mit:", "03.04.2020", "Donate Now", "Basket (0)", "Version 3, published 14 June 2023",
                 "Helpline: 0300 102 0162", "Book a free, no-obligation consultation with one of our specialists.",
                 "Acknowledgement: Thank you to a microbiologist for expert review of this article.",
                 "Staff, H. (2024, March 14). Foo for Bar, Example. Retrieved on 2025, January 10 from https://example.org/foo",
                 "Print Email this page Text size: A A A", "C. diff Help Line (toll-free, U.S. and Canada): 1-844-555-0142",
                 "For language assistance phone the Translating and Interpreting Service on 131 450",
                 "Patient Handout: A printable two-page version of this page is available. Download PDF",
                 "Our Patient Navigators can help you prepare for appointments and find clinical trials.",
                 "Developed by The Royal Children's Hospital Emergency Department, with input from RCH families and carers.",
                 "Kids Health Info is supported by The Royal Children's Hospital Foundation. To donate, visit www.rch.org.au.",
                 "This fact sheet is general information only and should be used alongside, not instead of, advice from "
                 "your doctor.", "Online Medical Reviewer: Daniel R. Marks MD",
                 "Thinking about switching? Our Patient Educators can help you prepare questions for your care team.",
                 "Patient Fact Sheet", "Last Review: 11/14/2024",
                 "Talk to a caring treatment provider about your options today. (888) 555-0137",
                 "Your gift supports LGS research, family conferences and our patient registry.",
                 "9 May 2025: Updated to reflect the results of two trials."]:
        out = txt("Foo Uses", BODY, line, BODY2)
        assert line not in out and BODY in out and BODY2 in out, line
    advice = "In case of overdose, call the poison control helpline at 1-800-222-1222."
    assert advice in txt("Foo Uses", BODY, advice, BODY2)  # emergency advice with a number stays


def test_signal_dom_names_and_wrapper_guard():
    page = (f"<div class='sidebar'><p>{BODY2}</p></div><article><p>{BODY}</p><p>{BODY3}</p></article>")
    assert html(page) == BODY + "\n" + BODY3 + "\n"
    # a chrome word on an element that holds the whole article (a wrapper) is not chrome
    wrapped = f"<div class='widget'><div class='post-body'><p>{BODY}</p><p>{BODY2}</p></div></div>"
    assert html(wrapped) == BODY + "\n" + BODY2 + "\n"
    # page-wide classes on <body> say nothing about a block
    doc = clean(parse_bytes(f"<html><body class='has-sidebar ads'><p>{BODY}</p></body></html>".encode(), "t.html"))
    assert doc.text == BODY + "\n"
    # the Elementor page builder names every block a widget
    builder = (f"<div class='entry-content'><div class='elementor-widget-container intro-box'><p>{BODY}</p></div>"
               f"<p>{BODY3}</p></div>")
    assert html(builder) == BODY + "\n" + BODY3 + "\n"


def test_signal_link_density():
    links = "<p>" + " ".join(f"<a href='/{i}'>Some other article number {i}</a>" for i in range(6)) + "</p>"
    assert html(f"<p>{BODY}</p>{links}<p>{BODY2}</p>") == BODY + "\n" + BODY2 + "\n"


def test_signal_density_keyword_line_and_dense_prose():
    keywords = "Gout Acne Rash Foo Bar Baz Qux Quux Corge Grault Garply Waldo Fred Plugh Xyzzy Thud Tags Cloud Words"
    out = txt(BODY, keywords, BODY2)
    assert keywords not in out
    dense = "Weight gain caused by antipsychotic medicines. Metformin may limit weight gain in people taking them."
    out = txt(BODY, dense, BODY2)
    assert dense in out  # a sentence with few stopwords is not a keyword list


def test_signal_repetition():
    out = txt(BODY, "Promoted", BODY2, "Promoted", BODY3)
    assert "Promoted" not in out and BODY in out
    # a long line printed twice is a teaser of another page, not the article
    teaser = "Man pleads guilty to fraud scheme in the US after a long trial in New York"
    out = txt(teaser, BODY, BODY2, BODY3, teaser)
    assert teaser not in out and BODY2 in out


def test_signal_title_list_and_colon_list():
    out = txt(BODY, "You Will Love These", "Foo Dosage Guide", "Foo and Pregnancy", "Foo Side Effects Explained", BODY2)
    assert "Foo Dosage Guide" not in out and "Foo and Pregnancy" not in out
    out = txt("Foo is approved to treat the following conditions:", "Gout In Adults", "Acne In Teenagers",
              "Chronic Rash Of The Hands", BODY2)
    assert "Gout In Adults" in out and "Chronic Rash Of The Hands" in out


def test_signal_sections_related_and_comments():
    out = txt(BODY, "Related Articles", "Foo Dosage", "Foo Side Effects", "Foo and Pregnancy", BODY2)
    assert "Foo Dosage" not in out and "Related Articles" not in out and "Foo Side Effects" not in out
    # (a title directly above a paragraph is taken as that paragraph's heading: known limitation)
    out = txt(BODY, BODY2, "Ähnliche Beiträge", "Foo im Alltag")
    assert "Foo im Alltag" not in out


def test_signal_region_position():
    # short lines after the end of the content (site tail) go; a list in the content stays
    out = txt("Menu", "Foo Uses", BODY, "It treats these:", "• Gout", "• Acne", BODY2, "Acme Health",
              "Our team", "Jobs")
    assert out.splitlines() == ["Foo Uses", BODY, "It treats these:", "Gout", "Acne", BODY2]


def test_signal_headings_stay_with_their_section():
    out = txt("Foo Uses", BODY, "Myelodysplastic Syndrome and Myeloproliferative Disease", BODY2,
              "Follow Us", "Share Print Email")
    assert "Myelodysplastic Syndrome and Myeloproliferative Disease" in out and "Follow Us" not in out


def test_signal_stranded():
    out = txt(BODY, BODY2, "© 2024 Foo Inc.", "verify here.", "All rights reserved.")
    assert "verify here." not in out


@pytest.mark.parametrize("signal", SIGNALS)
def test_every_signal_can_be_switched_off(signal, monkeypatch):
    monkeypatch.setattr(clean_mod, "DISABLED", {signal})
    assert clean(parse_file(SEED)).text  # still runs, still keeps content


def test_chrome_json_is_validated():
    raw = json.loads((ROOT_PKG / "resources" / "chrome.json").read_text("utf-8"))
    load_rules(raw)
    for mutate, message in [
        (lambda r: r["thresholds"].pop("short_chars"), "short_chars"),
        (lambda r: r["thresholds"]["stop_low"].update(value=2), "stop_low"),
        (lambda r: r["thresholds"]["bad_weight"].pop("calibrated"), "bad_weight"),
        (lambda r: r["line_patterns"].append({"name": "x", "pattern": "(", "max_words": 3}), "bad regex"),
        (lambda r: r["stopwords"].update(en=["The"]), "lower-case"),
        (lambda r: r.update(html_assist="readability"), "html_assist"),
        (lambda r: r["assist_veto"].update(value=["nonsense"]), "assist_veto"),
        (lambda r: r["thresholds"]["topic_min_share"].update(value=1.5), "topic_min_share"),
    ]:
        bad = copy.deepcopy(raw)
        mutate(bad)
        with pytest.raises(ValueError, match=message):
            load_rules(bad)


def test_signal_topic_span_after_the_article_and_lead():
    # a span after the article sharing none of its words (an author box, a shop teaser) goes
    teaser = ("Our online shop sells garden furniture, barbecue grills and outdoor lighting at the lowest "
              "prices, with free delivery on every order over fifty euros.")
    out = txt("Foo Uses", BODY, BODY2, BODY3, "Anzeige", "Partner", "Shop", teaser)
    assert teaser not in out and BODY3 in out
    # a lead sentence above the article, past the headline, author and date lines, stays
    lead = "Foo is the medicine that doctors now use for gout in children who are older than twelve."
    out = txt("Menu", "Foo for gout", lead, "Ann Lee", "May 2, 2024", BODY, BODY2, BODY3)
    assert lead in out and BODY in out


def test_drug_page_dense_uses_sentence_kept_and_footer_dropped():
    """A Drugs.com-like text dump (written for this test): the uses sentence is dense (few
    stopwords) and must stay; the teaser lists and the site footer go."""
    page = "\n".join([
        "Drugs.com", "Drugs A-Z", "Pill Identifier", "Interaction Checker", "Search", "Drugs.com Home > Sertraline",
        "Sertraline", "Medically reviewed by Sophia Entringer, PharmD. Last updated on Mar 4, 2024.",
        "Uses", "Warnings", "Dosage", "Side effects", "Interactions", "FAQ",
        "What is sertraline?",
        "Sertraline is an antidepressant in a group of drugs called selective serotonin reuptake inhibitors (SSRIs).",
        "Sertraline is used to treat depression, obsessive-compulsive disorder, panic disorder, anxiety disorders, "
        "post-traumatic stress disorder (PTSD), and premenstrual dysphoric disorder (PMDD).",
        "Warnings",
        "You should not use sertraline if you also take pimozide, or if you are being treated with methylene blue "
        "injection.",
        "Some young people have thoughts about suicide when first taking an antidepressant. Stay alert to changes "
        "in your mood or symptoms.",
        "Related/similar drugs", "Lexapro", "Wellbutrin", "Trazodone",
        "More about sertraline", "Check interactions", "Compare alternatives", "Pricing & coupons", "Support group",
        "Drugs.com provides accurate and independent information on more than 24,000 prescription drugs, "
        "over-the-counter medicines and natural products. This material is provided for educational purposes "
        "only and is not intended for medical advice, diagnosis or treatment.",
        "Copyright 1996-2024 Drugs.com.", "Privacy policy", "Terms of use"]) + "\n"
    out = clean(parse_bytes(page.encode(), "sertraline-drugs.txt")).text
    assert "Sertraline is used to treat depression" in out and "methylene blue" in out
    for chrome in ["Pill Identifier", "Lexapro", "Support group", "Drugs.com provides", "Copyright", "FAQ"]:
        assert chrome not in out, chrome


def test_trafilatura_combination_keeps_its_choice_and_our_sure_chrome():
    """clean(doc, html) with html_assist: trafilatura's kept blocks, minus blocks our high-precision
    signals (patterns, DOM names, 'Related ...' sections) call chrome, plus long paragraphs we keep."""
    long_para = " ".join([BODY, BODY2, BODY3])  # 80 words
    page = (f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Foo</h1><p>{BODY}</p>"
            f"<p>Advertisement</p><p>{long_para}</p><p>{BODY3}</p></article>"
            "<footer><p>&copy; 2024 Example Health. All rights reserved.</p></footer></body></html>")
    doc = parse_bytes(page.encode(), "t.html")
    clean(doc)
    # trafilatura (faked) keeps Foo, BODY, the advertisement label and the copyright, drops the long paragraph
    fake = [b.text in ("Foo", BODY, "Advertisement", BODY3) or b.text.startswith("©") for b in doc.blocks]
    clean_mod.combine_assist(doc, fake)
    kept = [b.text for b in doc.blocks if not b.chrome]
    assert kept == ["Foo", BODY, long_para, BODY3]


def test_trafilatura_combination_keeps_an_article_callout_but_not_a_promo():
    note = "Unlike statins, fenofibrate has not been shown to lower the risk of heart attacks."
    promo = "Our helpline team can help you understand your treatment options."
    page = (f"<html><body><main><article><h1>Foo</h1><p>{BODY}</p><aside class='callout'><p>{note}</p></aside>"
            f"<aside class='callout'><p>{promo}</p></aside><p>{BODY3}</p></article></main></body></html>")
    doc = parse_bytes(page.encode(), "t.html")
    clean(doc)
    fake = [b.text in ("Foo", BODY, BODY3) for b in doc.blocks]  # trafilatura (faked) drops both asides
    clean_mod.combine_assist(doc, fake)
    kept = [b.text for b in doc.blocks if not b.chrome]
    assert note in kept and promo not in kept


def test_trafilatura_assist_runs_when_installed():
    pytest.importorskip("trafilatura")
    page = (f"<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/d'>Drugs</a></li></ul></nav>"
            f"<main><article><h1>Foo Uses</h1><p>{BODY}</p><p>{BODY2}</p><p>{BODY3}</p></article></main>"
            "<footer><p>&copy; 2024 Example Health. All rights reserved.</p></footer></body></html>")
    doc = clean(parse_bytes(page.encode(), "t.html"), page)
    assert BODY in doc.text and BODY3 in doc.text and "rights reserved" not in doc.text and "Drugs" not in doc.text


def test_short_opening_sentence_stays_with_the_content():
    doc = clean(parse_bytes(b"Rituximab Uses\nRituximab is a medicine.\n"
                            b"Adults with pemphigus vulgaris can also be treated with it.\n", "t.txt"))
    assert doc.text.splitlines() == ["Rituximab Uses", "Rituximab is a medicine.",
                                     "Adults with pemphigus vulgaris can also be treated with it."]


# -- issue 5: the HTML combination with trafilatura ----------------------------------------------


def test_alignment_matches_a_repeated_text_once(monkeypatch):
    """trafilatura's output is aligned word by word, in order: a caption repeating the article's
    first words is not 'kept' because the paragraph it repeats is."""
    trafilatura = pytest.importorskip("trafilatura")
    caption = "Foo is a medicine that is approved to treat gout, seen here in a pharmacy."
    page = f"<html><body><figure><figcaption>{caption}</figcaption></figure><p>{BODY}</p><p>{BODY2}</p></body></html>"
    doc = parse_bytes(page.encode(), "t.html")
    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: BODY + "\n" + BODY2)
    keep = clean_mod.assist_keep(doc, page)
    assert [b.text for b, k in zip(doc.blocks, keep) if k] == [BODY, BODY2]
    assert clean_mod.aligned(["a", "b", "c", "a", "b"], ["x", "a", "b"]) == [1, 2, None, None, None]


def test_combination_adds_sibling_sentence_and_lead():
    """Sentences we keep that trafilatura dropped come back when they sit in an element where it
    kept text, or are the lead above the text it kept; elsewhere its choice stands."""
    lead = "Foo, an old gout medicine, is now also used for acne in children and teenagers."
    short = "Doctors say that the new use of the medicine is safe for most children who are older than six."
    other = ("Our shop sells garden furniture, barbecue grills and outdoor lights at the lowest prices in the "
             "whole town.")
    page = (f"<html><body><article><div class='article-intro'><p>{lead}</p></div>"
            f"<div class='body'><p>{BODY}</p><p>{short}</p><p>{BODY2}</p></div>"
            f"<div class='box'><p>{other}</p></div></article></body></html>")
    doc = parse_bytes(page.encode(), "t.html")
    clean(doc)
    assert all(not b.chrome for b in doc.blocks)  # our classifier keeps everything here
    clean_mod.combine_assist(doc, [b.text in (BODY, BODY2) for b in doc.blocks])
    assert [b.text for b in doc.blocks if not b.chrome] == [lead, BODY, short, BODY2]


def test_html_section_label_takes_only_its_own_element():
    """A 'Leave a comment' link in the byline list does not make the article's first short lines
    a chrome section (it does in a text dump, where there are no elements)."""
    page = ("<article><ul class='meta'><li>May 2, 2024</li><li>Leave a comment</li></ul>"
            f"<div class='entry-content'><p>What is new in Foo?</p><ul><li>Gout tablets</li><li>Acne gel</li></ul>"
            f"<p>{BODY}</p><p>{BODY2}</p></div></article>")
    doc = clean(parse_bytes(f"<html><body>{page}</body></html>".encode(), "t.html"))
    why = {b.text: b.why for b in doc.blocks}
    assert why["Leave a comment"] == "chrome-section"
    assert why["What is new in Foo?"] != "chrome-section" and why["Gout tablets"] != "chrome-section"


def test_author_box_is_chrome():
    bio = ("Ann Lee has written about medicines for twenty years and lives in Leeds with her two cats, "
           "where she also teaches a course on science writing at the local college.")
    page = f"<article><p>{BODY}</p><p>{BODY2}</p><p>{BODY3}</p><div class='author-info'><p>{bio}</p></div></article>"
    assert bio not in html(page) and BODY3 in html(page)


def test_issue5_chrome_shapes():
    for line in ["Related: Foo Dosage and Side Effects", "More: 10 things to know about gout",
                 "Follow him on Twitter @annlee or on Facebook.", "Email Ann Lee at ann@example.com or follow her.",
                 "Have a tip? Write to the newsroom.", "Get the latest news right in your inbox.",
                 "(Reporting by Ann Lee; Editing by Bob Smith)", "Bob Smith contributed to this report.",
                 "This copy is for your personal, non-commercial use only.",
                 "Subscribe now to our e-edition for the full story.", "Tempo de leitura: 1 minuto",
                 "sexta-feira, 22 de outubro de 2010 às 20:13", "05/10/2018 - Publicado por: Ana Lima",
                 "If you enjoyed this article, join our club.", "Le puede interesar: Foo en niños",
                 "À lire aussi » Foo et la goutte", "Download this fact sheet (PDF, 210 KB)",
                 "Our helpline team can answer your questions. Call 028 9649 6123, Monday to Friday, 9.30am to 4pm.",
                 "This leaflet has been awarded the PIF TICK, the UK-wide Quality Mark for Health Information.",
                 "Download our plain-English guide to taking a DOAC, or order printed copies for your clinic.",
                 "By the Thyroid Foundation of Canada Health Education Committee"]:
        assert clean_mod.pattern_reason(line), line
    for line in [BODY, "More than half of the patients improved.", "Related symptoms include pain and swelling."]:
        assert not clean_mod.pattern_reason(line), line


def test_short_closing_sentence_stays():
    text = ("Foo\nFoo is a medicine used to treat gout and arthritis in adults and in children over 12 years old.\n"
            "It is also used to treat psoriatic arthritis in adults who did not respond to other medicines.\n"
            "Foo treats MSI-H or dMMR colon cancer.\n")
    doc = clean(parse_bytes(text.encode(), "foo.txt"))
    assert doc.text.endswith("Foo treats MSI-H or dMMR colon cancer.\n")


def test_title_above_a_kept_subtitle_stays():
    # Drugs.com layout: h1, a subtitle trafilatura keeps, a byline and anchor links (chrome)
    page = Path(__file__).resolve().parent / "fixtures" / "unseen" / "methotrexate-drugscom.html"
    doc = clean(*parse_source_pair(page))
    assert doc.text.startswith("Methotrexate\nGeneric name: methotrexate")
    assert "Medically reviewed" not in doc.text and "Related/similar drugs" not in doc.text


def parse_source_pair(path):
    from pipeline.parse import parse_source

    doc, html = parse_source(path.read_bytes(), path.name, path.name)
    return doc, html


def test_a_kept_list_intro_keeps_its_items():
    text = ("Home | Health Topics | Heart Failure | Medications\nSacubitril/valsartan for heart failure\n"
            "Sacubitril/valsartan is a combination medicine that helps the heart pump blood around the body more easily.\n"
            "The FDA has approved sacubitril/valsartan for:\n"
            "Adults with chronic heart failure, to reduce the risk of cardiovascular death and hospitalization\n"
            "Children 1 year and older with symptomatic heart failure with systemic left ventricular systolic dysfunction\n"
            "The benefits are clearest in people whose left ventricular ejection fraction is below normal, and it is taken twice a day.\n")
    doc = clean(parse_bytes(text.encode(), "t.txt"))
    assert "Children 1 year and older with symptomatic heart failure" in doc.text
    assert "Home | Health Topics" not in doc.text  # a breadcrumb with pipes


def test_key_facts_above_the_lead_and_a_callout_aside_stay():
    text = ("myDr\nHealth A-Z\nMedicines\nHome > Medicines > Foo\nFoo: what is it used for?\nBy the myDr team\n"
            "Key facts\n  • Foo is a medicine that helps blood to clot.\n  • It is mainly used to treat heavy bleeding.\n"
            "  • Foo is not suitable for people who have an active blood clot in a vein.\n"
            "On this page\nWhat is foo?\nSide effects\n"
            f"What is foo?\n{BODY}\n{BODY2}\nSide effects\n{BODY3}\n")
    doc = clean(parse_bytes(text.encode(), "foo.txt"))
    assert "It is mainly used to treat heavy bleeding." in doc.text
    assert "Side effects\n" + BODY3 in doc.text  # the heading stays, its twin in the contents goes
    assert doc.text.count("Side effects") == 1
    callout = "Everyone diagnosed with ovarian cancer should be offered genetic testing for inherited mutations."
    page = (f"<nav><a href='/'>Home</a></nav><main><article><p>{BODY}</p><aside class='callout'><p>{callout}</p></aside>"
            f"<p>{BODY2}</p></article><aside class='sidebar'><p>Sign up for our newsletter to get the latest news.</p></aside></main>")
    out = html(page)
    assert callout in out and "newsletter" not in out


def test_a_table_of_contents_ends_where_the_article_repeats_an_entry():
    text = ("Foo\nMedicines\nFoo\nShare\nEmail\nPrint\n"
            "Foo is a cholesterol-lowering medicine from a group called statins, and it is widely used.\n"
            "On this page\nWhat is foo used for?\nHow does foo work?\nSide effects\n"
            "What is foo used for?\nFoo is used:\nto lower high cholesterol when healthy eating and exercise have not "
            "brought it down enough\nto treat familial hypercholesterolaemia, an inherited condition that causes very high "
            f"LDL cholesterol from birth\n{BODY}\nSide effects\n{BODY3}\n")
    doc = clean(parse_bytes(text.encode(), "t.txt"))
    assert "Foo is used:\nto lower high cholesterol when healthy eating and exercise" in doc.text
    assert "How does foo work?" not in doc.text


def test_a_list_intro_between_a_short_opening_and_its_items_stays():
    text = ("Olaparib\nOlaparib is a PARP inhibitor. It is a targeted cancer drug that blocks a protein cancer cells "
            "use to repair their DNA.\nWhat is olaparib used for?\nOlaparib is approved to treat:\n"
            "- Adults with newly diagnosed, advanced ovarian cancer who have a BRCA mutation.\n"
            "- Adults with metastatic breast cancer who have a germline BRCA mutation.\n")
    doc = clean(parse_bytes(text.encode(), "t.txt"))
    assert "What is olaparib used for?\nOlaparib is approved to treat:\nAdults with newly" in doc.text


def test_combination_adds_list_items_of_the_kept_element():
    """A bullet list inside the element where trafilatura kept the article's paragraphs: its long
    sentence-like items we keep come back when trafilatura dropped the list."""
    item = "Topotecan is a chemotherapy that has been approved for relapsed small cell lung cancer for many years."
    page = (f"<html><body><article><div class='entry-content'><p>{BODY}</p><h2>Other options</h2>"
            f"<ul class='options-list'><li>{item}</li><li>Surgery</li></ul><p>{BODY2}</p></div></article></body></html>")
    doc = parse_bytes(page.encode(), "t.html")
    clean(doc)
    clean_mod.combine_assist(doc, [b.text in (BODY, BODY2) for b in doc.blocks])
    kept = [b.text for b in doc.blocks if not b.chrome]
    assert item in kept and "Surgery" not in kept


def test_combination_keeps_an_at_a_glance_box_of_the_article():
    """Key points boxed at the article's top ("At a glance") are content trafilatura drops."""
    item = "Qelbree is the brand name for viloxazine, a non-stimulant medication for ADHD in children."
    page = (f"<html><body><main><article><section class='u-at-a-glance'><ul><li>{item}</li></ul></section>"
            f"<div class='u-article__body'><p>{BODY}</p><p>{BODY2}</p></div></article></main></body></html>")
    doc = parse_bytes(page.encode(), "t.html")
    clean(doc)
    clean_mod.combine_assist(doc, [b.text in (BODY, BODY2) for b in doc.blocks])
    assert item in [b.text for b in doc.blocks if not b.chrome]


def test_a_list_intro_between_kept_text_questions_answered_at_the_end_and_a_cookie_banner():
    # a flattened NHS page: the content span began at the first long list item, and ended before the last two
    # questions and answers; the banner's lines name no "we use cookies"
    page = Path(__file__).resolve().parent / "fixtures" / "unseen" / "desloratadine-nhs.txt"
    doc = clean(parse_file(page))
    assert "It's used to treat:\nhay fever\nallergic rhinitis caused by" in doc.text
    assert "Does desloratadine help with colds?\nNo. Desloratadine does not work for colds or flu.\n" in doc.text
    assert "cookies" not in doc.text.lower() and "Help us improve our website" not in doc.text


def test_answers_in_a_details_expander_stay():
    page = Path(__file__).resolve().parent / "fixtures" / "unseen" / "irbesartan-nhs.html"
    doc = clean(*parse_source_pair(page))
    assert "Type 2 diabetes is one of the most common causes of kidney disease." in doc.text
    assert "Several other types of medicine are used to treat high blood pressure" in doc.text
