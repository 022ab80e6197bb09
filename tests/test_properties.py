"""Property-based tests (hypothesis): parse, clean and tables never crash on generated
pages, offsets stay valid and every input is accounted for."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean
from pipeline.parse import ParseError, parse_bytes
from pipeline.records import Page
from pipeline.tables import frames

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TAGS = ["p", "div", "li", "ul", "h1", "h2", "nav", "footer", "aside", "a", "span", "td", "table", "br", "script"]
words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def html(draw):
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(["open", "close", "text", "entity", "comment"]))
        tag = draw(st.sampled_from(TAGS))
        if kind == "open":
            parts.append(f"<{tag} class='{draw(st.sampled_from(['nav', 'content', 'share', '']))}'>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        elif kind == "entity":
            parts.append(draw(st.sampled_from(["&amp;", "&copy;", "&#8217;", "&nbsp;", "&bogus;", "&#xD800;"])))
        elif kind == "comment":
            parts.append(f"<!-- {draw(words)} -->")
        else:
            parts.append(draw(words))
    return "".join(parts)


def check(doc):
    for b in doc.blocks:
        if not b.chrome:
            assert doc.text[b.start:b.end] == b.text
    assert doc.text == "".join(b.text + "\n" for b in doc.blocks if not b.chrome)


@SETTINGS
@given(html(), st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_html_pages(page, encoding):
    data = page.encode(encoding, errors="replace")
    try:
        doc = parse_bytes(data, "p.html")
    except ParseError:
        return
    check(clean(doc))


@SETTINGS
@given(st.lists(st.one_of(words, st.sampled_from(["• Gout", "© 2024 X", "Home > Drugs", "Share Print Email",
                                                  "Related Articles", "", "  * item"])), max_size=30),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_text_pages(lines, newline):
    text = newline.join(lines)
    try:
        doc = parse_bytes(text.encode("utf-8"), "p.txt")
    except ParseError:
        return
    for b in doc.blocks:  # text blocks map back into the normalized source
        assert b.text == " ".join(b.text.split())
    check(clean(doc))
    tables = frames([Page(document=doc)])
    assert len(tables["documents"]) == 1 and tables["documents"]["chars_clean"][0] == len(doc.text)
