from pipeline.clean import clean
from pipeline.parse import parse_bytes, parse_file

from .conftest import RAW, SEED

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
