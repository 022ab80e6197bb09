"""parse: raw page bytes -> Document with ordered, typed blocks.

HTML goes through BeautifulSoup with the lxml parser; scripts, styles, noscript, templates,
comments and elements a browser does not show (hidden, aria-hidden="true", inline
display:none / visibility:hidden) are dropped and entities decoded.  Text dumps keep their line structure: each
non-blank line is one block, and lines starting with a bullet (•, *, -, ·, ▪, ◦, –) are list
items (a number such as "1." stays part of the text).  Decoding: byte-order mark, then strict UTF-8, then the page's declared charset
(meta or XML declaration), then cp1252 for mostly-ASCII bytes, then charset-normalizer's
detection, then cp1252.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag
from bs4.dammit import EncodingDetector

from .records import Block, Document

HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt"}
SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES

BOMS = [
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed"})
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br",
    "option", "select", "button", "label", "legend",
}
KIND_OF_TAG = {
    **{f"h{i}": "heading" for i in range(1, 7)},
    "li": "list_item", "dt": "list_item", "dd": "list_item",
    "td": "table_cell", "th": "table_cell", "caption": "heading", "summary": "heading",
}
BULLET = re.compile(r"^[ \t]*(?:[•*·▪◦‣∙●○■□–-]|\d{1,2}[.)])[ \t]+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SPACES = re.compile(r"\s+")
BREADCRUMB_SEP = re.compile(r"\s(?:>|›|»|/)\s")
# A text-dump line is a heading when it is short, has no sentence-final punctuation and is
# mostly capitalised or a question ("When Is Imatinib Used for Leukemia?").
HEADING_MAX_WORDS = 12
HEADING_MIN_CAPS = 0.5
# a sentence-case heading: at most this many words, over a paragraph of at least that many
SENTENCE_HEADING_MAX_WORDS = 8
SENTENCE_HEADING_NEXT_WORDS = 10
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to", "with", "vs", "from"}


# Undeclared, non-UTF-8 bytes that are at least this share ASCII decode as cp1252.
LEGACY_ASCII_SHARE = 0.9
# Control bytes tolerated in a text page before it counts as binary (stray NULs, ESC, BEL).
BINARY_MIN_CONTROLS = 8


class ParseError(ValueError):
    """A page that cannot be read as a document (binary, empty, undecodable)."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, is_html: bool) -> str:
    """Bytes -> str: BOM, strict UTF-8, declared charset, detection, cp1252."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = EncodingDetector.find_declared_encoding(data, is_html=is_html, search_entire_document=False)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    if sum(b < 128 for b in data) >= LEGACY_ASCII_SHARE * len(data):
        # mostly ASCII with a few legacy bytes: Western text (Sjögren, ’, ©); detectors
        # guess CJK encodings on such short samples
        return data.decode("cp1252", errors="replace")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))  # deleted to count control bytes


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NULs (outside UTF-16/32) or many control bytes."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, enc in BOMS if enc.startswith("utf-16") or enc.startswith("utf-32")):
        return False
    if head.count(b"\x00") > max(2, len(head) // 100):
        return True
    controls = len(head.translate(None, NOT_CONTROL))
    return controls > max(BINARY_MIN_CONTROLS, len(head) // 10)


def normalize(text: str) -> str:
    """Unify line ends, drop control characters (NUL included), byte-order marks and soft hyphens,
    and make non-breaking spaces plain."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL.sub("", text).replace("\u00a0", " ").replace("\ufeff", "").replace("\u00ad", "")


def parse_bytes(data: bytes, name: str, source: str = "") -> Document:
    """Parse one page's bytes; `name` gives doc_id (stem) and format (suffix)."""
    return parse_source(data, name, source)[0]


def parse_source(data: bytes, name: str, source: str = "") -> tuple[Document, str]:
    """parse_bytes, also returning the decoded page (for clean's HTML combination)."""
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ParseError(f"unsupported file type {suffix!r} (expected .html, .htm or .txt)")
    if not data.strip():
        raise ParseError("empty file")
    if looks_binary(data):
        raise ParseError("binary content, not a text or HTML page")
    is_html = suffix in HTML_SUFFIXES
    text = normalize(decode(data, is_html))
    doc = Document(
        doc_id=path.stem,
        source=source or name,
        format="html" if is_html else "text",
        sha256=sha256(data),
        chars_raw=len(text),
    )
    if is_html:
        doc.title, doc.blocks = html_blocks(text)
    else:
        doc.blocks = text_blocks(text)
        doc.title = text_title(doc.blocks)
    if not any(b.text for b in doc.blocks):
        raise ParseError("no text in the page")
    return doc, text


def parse_file(path: Path, root: Path | None = None) -> Document:
    source = str(path.relative_to(root)) if root else str(path)
    return parse_bytes(path.read_bytes(), path.name, source)


# -- text dumps ---------------------------------------------------------------------------


def text_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    pos = 0
    listing = False  # inside the lines that follow "... include:"
    for n, line in enumerate(text.split("\n"), start=1):
        start, pos = pos, pos + len(line) + 1
        bullet = BULLET.match(line)
        body_start = bullet.end() if bullet else len(line) - len(line.lstrip())
        if bullet and bullet.group().strip()[0].isdigit():
            body_start = len(line) - len(line.lstrip())  # "1. Take it daily": the number is text
        body = line[body_start:].rstrip()
        if not body:
            continue
        if bullet:
            kind, listing = "list_item", False  # a list with bullets ends where they do
        elif listing and not USE_HEADING.match(body) and (
                body[0].islower() or len(body.split()) <= LIST_ITEM_MAX_WORDS and body[-1] not in ".!?:"):
            # a flattened list lost its bullets: "Off-label uses include:" / "Hot flashes"; a line that
            # starts in lower case goes on with the intro's sentence at any length ("approved to:" /
            # "reduce the risk of stroke and blood clots in people who have atrial fibrillation ...")
            kind = "list_item"
        else:
            kind = "heading" if is_heading_line(body) else "paragraph"
            listing = False
        listing = listing or body.endswith(":")
        blocks.append(Block(kind, SPACES.sub(" ", body), f"line {n}", start + body_start, start + body_start + len(body)))
    for b, nxt in zip(blocks, blocks[1:]):
        if b.kind == "paragraph" and nxt.kind == "paragraph" and sentence_case_heading(b.text, nxt.text):
            b.kind = "heading"
    return blocks


def sentence_case_heading(line: str, nxt: str) -> bool:
    """A heading written in sentence case ("Symptoms of ovarian cancer"): a short line of words
    without closing punctuation or digits, right above a paragraph of full sentences."""
    words = line.split()
    return (2 <= len(words) <= SENTENCE_HEADING_MAX_WORDS and words[0][0].isupper() and line[-1].isalpha()
            and not any(ch.isdigit() for ch in line) and not STATEMENT.search(line) and nxt[-1] in ".!?:"
            and len(nxt.split()) >= SENTENCE_HEADING_NEXT_WORDS)


# Longest line (words) read as an item of a list introduced by a colon, when the page lost its
# bullets; longer lines, and lines ending a sentence, end the list (unless they start in lower case).
# 8 -> 12 on 2026-11-26 (session 4) ("Flare-ups of asthma and chronic obstructive pulmonary disease (COPD)"):
# calibration text halves article 0.919 -> 0.919, traf-eval 0.885 -> 0.886.
LIST_ITEM_MAX_WORDS = 12
# "Tofacitinib for Arthritis", "Prednisone for cancer": a "<name> for <use>" heading ends such a list
USE_HEADING = re.compile(r"[A-Z][\w-]+(\s+[A-Z][\w-]+)?\s+for\s+[\w'-]+(\s+[\w'-]+){0,3}$")


# "Prucalopride (Motegrity), approved for CIC in adults": a list item that lost its bullet, no heading
STATEMENT = re.compile(r",\s+(approved|licensed|authori[sz]ed|indicated|used|given|taken|prescribed|recommended)\s+(for|to|in|as|by|with)\b")


def is_heading_line(line: str) -> bool:
    words = line.split()
    if not words or len(words) > HEADING_MAX_WORDS or line[-1] in ".,;:!" or STATEMENT.search(line):
        return False
    if line.endswith("?"):
        return words[0][0].isupper()
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    caps = sum(1 for w in content if w[0].isupper() or not w[0].isalpha())
    return bool(content) and caps / len(content) >= HEADING_MIN_CAPS and words[0][0].isupper()


def text_title(blocks: list[Block]) -> str:
    """The first line's last breadcrumb segment, else the first heading, else the first line."""
    if not blocks:
        return ""
    first = blocks[0].text
    if BREADCRUMB_SEP.search(first):
        return BREADCRUMB_SEP.split(first)[-1].strip()
    heading = next((b.text for b in blocks[:5] if b.kind == "heading"), "")
    return heading or first[:200]


# -- HTML ---------------------------------------------------------------------------------


def tag_path_part(tag: Tag) -> str:
    part = tag.name
    if tag.get("id"):
        part += "#" + str(tag.get("id")).strip().replace(" ", "_")
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = classes.split()
    for c in classes:
        part += "." + c
    role = tag.get("role")
    if role:
        part += f"[role={role}]"
    return part


HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def hidden_element(tag: Tag) -> bool:
    if tag.name in ("html", "body", "head", "title"):
        return False
    return tag.has_attr("hidden") or tag.get("aria-hidden") == "true" or bool(HIDDEN_STYLE.search(tag.get("style") or ""))


def html_blocks(text: str) -> tuple[str, list[Block]]:
    """Walk the DOM iteratively (no recursion limit on deep pages) and cut it into blocks."""
    soup = BeautifulSoup(text, "lxml")
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Doctype, ProcessingInstruction))):
        node.extract()
    for tag in soup.find_all(sorted(DROP_TAGS)):
        tag.decompose()
    # elements a browser does not show (hidden attribute, aria-hidden, inline display:none);
    # few, so asking each whether it is decomposed (a subtree search in bs4) costs little
    for tag in soup.find_all(hidden_element):
        if not tag.decomposed:
            tag.decompose()
    title_tag = soup.find("title")
    title = SPACES.sub(" ", title_tag.get_text(" ")).strip() if title_tag else ""
    if title_tag:
        title_tag.decompose()
    for tag in soup.find_all(["head"]):
        tag.decompose()

    blocks: list[Block] = []
    buf: list[str] = []
    link_chars = 0
    state = {"path": "", "kind": "paragraph"}

    def flush() -> None:
        nonlocal buf, link_chars
        body = SPACES.sub(" ", "".join(buf)).strip()
        if body:
            blocks.append(Block(state["kind"], body, state["path"], -1, -1, min(link_chars, len(body))))
        buf, link_chars = [], 0

    # stack of (node, ancestors-path list, kind, in_link, closing?)
    stack: list = [(soup, [], "paragraph", False, False)]
    while stack:
        node, parts, kind, in_link, closing = stack.pop()
        if closing:
            flush()
            state["path"], state["kind"] = ">".join(parts), kind
            continue
        if isinstance(node, NavigableString):
            s = str(node)
            buf.append(s)
            if in_link:
                link_chars += len(s.strip())
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        is_block = name in BLOCK_TAGS or node is soup
        here = parts + [tag_path_part(node)] if node is not soup else parts
        here_kind = KIND_OF_TAG.get(name, kind)
        if is_block:
            flush()
            state["path"], state["kind"] = ">".join(here), here_kind
            # after this element closes, text belongs to the parent again
            stack.append((None, parts, kind, in_link, True))
        link = in_link or name == "a"
        for child in reversed(node.contents):
            stack.append((child, here, here_kind, link, False))
    flush()
    if not title:
        title = next((b.text for b in blocks if b.path.split(">")[-1].startswith("h1")), "")
    return title, blocks
