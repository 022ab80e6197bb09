import pytest

from pipeline.parse import ParseError, parse_bytes


def test_text_lines_bullets_and_headings():
    text = "Site > Drugs > Foo\n\nWhat Is Foo Used For?\nFoo treats gout in adults.\n  • Gout\n* Acne\n- Rash\n· Coma\n"
    doc = parse_bytes(text.encode(), "foo.txt")
    assert doc.doc_id == "foo" and doc.format == "text"
    assert doc.title == "Foo"
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert ("heading", "What Is Foo Used For?") in kinds
    assert ("paragraph", "Foo treats gout in adults.") in kinds
    assert [t for k, t in kinds if k == "list_item"] == ["Gout", "Acne", "Rash", "Coma"]
    for b in doc.blocks:  # source offsets point at the block text
        assert text[b.src_start:b.src_end] == b.text


def test_html_drops_scripts_styles_comments_and_decodes_entities():
    html = (b"<html><head><title>Foo &amp; Bar</title><style>p{}</style><script>alert(1)</script></head>"
            b"<body><!-- hidden --><noscript>js off</noscript><h1>Foo</h1><p>Treats gout &mdash; and acne.</p>"
            b"<ul><li>One</li><li><a href='#'>Two</a></li></ul><table><tr><td>Cell</td></tr></table></body></html>")
    doc = parse_bytes(html, "foo.html")
    assert doc.title == "Foo & Bar" and doc.format == "html"
    texts = [b.text for b in doc.blocks]
    assert "Treats gout \u2014 and acne." in texts
    assert not any("alert" in t or "hidden" in t or "js off" in t or "p{}" in t for t in texts)
    assert [(b.kind, b.text) for b in doc.blocks if b.kind in ("list_item", "table_cell")] == [
        ("list_item", "One"), ("list_item", "Two"), ("table_cell", "Cell")]
    assert doc.blocks[-2].link_chars == 3


@pytest.mark.parametrize("data,name", [
    ("<meta charset='windows-1252'><p>Sjögren’s syndrome</p>".encode("cp1252"), "a.html"),
    ("Sjögren’s syndrome".encode("utf-16"), "b.txt"),
    ("\ufeffSjögren’s syndrome".encode("utf-8"), "c.txt"),
    ("Sjögren’s syndrome".encode("utf-8"), "d.txt"),
])
def test_encodings(data, name):
    doc = parse_bytes(data, name)
    assert doc.blocks[0].text == "Sjögren’s syndrome"


@pytest.mark.parametrize("data,problem", [(b"", "empty"), (b"  \n ", "empty"), (bytes(range(256)) * 8, "binary")])
def test_bad_input_names_the_problem(data, problem):
    with pytest.raises(ParseError, match=problem):
        parse_bytes(data, "x.txt")


def test_crlf_and_control_characters():
    doc = parse_bytes(b"Line one.\r\nLine\x00 two.\rLine three.", "x.txt")
    assert [b.text for b in doc.blocks] == ["Line one.", "Line two.", "Line three."]


def test_flattened_list_after_a_colon_and_soft_hyphens():
    from pipeline.parse import parse_bytes

    text = ("Off-label uses include:\nHot flashes\nRestless legs syndrome\nAnxiety\n"
            "Can Children Use It?\nIt is ap\u00adproved for children.\n"
            "It treats these:\n\u2022 Gout\nPsoriasis Treatment Options\n")
    doc = parse_bytes(text.encode(), "t.txt")
    kinds = {b.text: b.kind for b in doc.blocks}
    assert [kinds[t] for t in ("Hot flashes", "Restless legs syndrome", "Anxiety")] == ["list_item"] * 3
    assert kinds["Can Children Use It?"] == "heading"  # a question ends the list
    assert "It is approved for children." in kinds  # soft hyphen dropped
    assert kinds["Gout"] == "list_item" and kinds["Psoriasis Treatment Options"] == "heading"  # bullets end a list where they do


def test_sentence_case_heading_over_a_paragraph():
    text = ("Foo uses\nFoo is a medicine.\nSymptoms of ovarian cancer\n"
            "Ovarian cancer is often called a silent disease, but most women do have some symptoms.\n"
            "The next step\nShare\n")
    kinds = {b.text: b.kind for b in parse_bytes(text.encode(), "foo.txt").blocks}
    assert kinds["Symptoms of ovarian cancer"] == "heading"
    assert kinds["The next step"] == "paragraph"  # not above a paragraph of sentences
