"""Gene and protein names that pages list or introduce, as BIOMARKER spans.

The biomarker patterns (resources/biomarkers.jsonl) find "SOD1 genes" and "LDLR gene"; pages
also coordinate symbols before one head noun ("the C9orf72 and SOD1 genes", "the katG or inhA
genes"), list them after it ("genes such as LRRK2, PRKN and GBA1") or introduce one by name
("a gene called HLA-B27", "a protein called VEGF-D"), spell it out before its symbol ("the cystic
fibrosis transmembrane conductance regulator (CFTR) gene": the symbol), and name antibodies by their
target ("antibodies against the acetylcholine receptor").  A symbol is a gene-shaped word (see SYMBOL); a
name after "called" is any word with a capital or a digit.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

# HGNC-style symbols (LRRK2, C9orf72, PRKN, SOD1, HLA-B27 after joining) and bacterial gene
# names (katG, inhA, rpoB)
SYMBOL = re.compile(r"(?:[A-Z][A-Za-z0-9]*[0-9][A-Za-z0-9]*|[A-Z]{2,6}[0-9]*|[a-z]{3}[A-Z])(?:-[A-Z0-9*]+)*")
HEADS = {"gene", "genes"}
LINKS = {",", "and", "or"}
LIST_CUES = (("such", "as"), ("including",), ("like",), ("called",))
# nouns a name may follow: "a gene called X", "a protein known as X"
NAMED = {"gene", "genes", "protein", "proteins", "antibody", "antibodies", "marker", "markers", "variant"}
CALLED = (("called",), ("named",), ("known", "as"))
# capitalised words after "called" that are no gene's name
NOT_NAMES = {"The", "A", "An", "This", "That", "It"}
# antibodies named by their target: "antibodies against the acetylcholine receptor", "antibodies to
# double-stranded DNA" (autoantibodies, which tests find: biomarkers), up to ANTIBODY_TARGET words
ANTIBODIES = {"antibodies", "antibody", "autoantibodies", "autoantibody"}
ANTIBODY_TARGET = 5
# verbs after "antibodies to": "antibodies to fight germs" names no target
TO_VERBS = {"help", "fight", "attack", "protect", "kill", "make", "stop", "block", "destroy", "neutralise", "neutralize",
            "find", "recognise", "recognize", "target", "mark", "clear", "bind", "work", "form", "develop", "keep"}
NOT_TARGETS = {"drug", "drugs", "medicine", "medicines", "medication", "medications", "treatment", "vaccine", "vaccines"}


def word(doc: Doc, i: int) -> tuple[int, str]:
    """The end token and text of the whitespace-delimited word at token i ("HLA-B27", three tokens)."""
    j = i
    while j + 1 < len(doc) and not doc[j].whitespace_ and (doc[j + 1].text[0].isalnum() or doc[j + 1].text in "-*"):
        j += 1
    return j + 1, doc[i:j + 1].text


def symbol(doc: Doc, i: int) -> int | None:
    """The end of the gene symbol that starts at token i, or None."""
    if i < 0 or i >= len(doc):
        return None
    end, text = word(doc, i)
    return end if SYMBOL.fullmatch(text) else None


def starts(doc: Doc, i: int, cue: tuple[str, ...]) -> bool:
    return all(i + k < len(doc) and doc[i + k].lower_ == w for k, w in enumerate(cue))


def listed(doc: Doc, i: int) -> list[tuple[int, int]]:
    """Symbols from token i on, joined by commas, "and", "or": "LRRK2, PRKN and GBA1"."""
    out: list[tuple[int, int]] = []
    while (end := symbol(doc, i)) is not None:
        out.append((i, end))
        i = end
        while i < len(doc) and doc[i].lower_ in LINKS:
            i += 1
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
    return out


def before(doc: Doc, head: int) -> list[tuple[int, int]]:
    """Symbols coordinated before a head noun: "the C9orf72 and SOD1 genes" -> C9orf72, SOD1."""
    out: list[tuple[int, int]] = []
    i = head - 1
    while i >= 0:
        start = i
        while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text not in LINKS:
            start -= 1
        end = symbol(doc, start)
        if end != i + 1:
            break
        out.append((start, end))
        i = start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i < 0 or doc[i].lower_ not in LINKS:
            break
        while i >= 0 and doc[i].lower_ in LINKS:
            i -= 1
    return out if len(out) > 1 else []  # one symbol: the patterns' "SOD1 genes"


def bracketed(doc: Doc, head: int) -> tuple[int, int] | None:
    """The symbol in brackets before a head noun: "the huntingtin (HTT) gene" -> HTT."""
    if head < 3 or doc[head - 1].text != ")":
        return None
    start = head - 2
    while start > 0 and doc[start - 1].text != "(" and head - start < 6:
        start -= 1
    return (start, head - 1) if doc[start - 1].text == "(" and symbol(doc, start) == head - 1 else None


def called(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name after "called" at token i ("a gene called HLA-B27"), if it has a capital or digit."""
    if i >= len(doc):
        return None
    end, text = word(doc, i)
    text = text.rstrip(".,;:")
    if text in NOT_NAMES or not any(c.isupper() or c.isdigit() for c in text):
        return None
    while end > i and doc[end - 1].text in ".,;:":
        end -= 1
    return (i, end) if end > i else None


def target(doc: Doc, i: int) -> tuple[int, int] | None:
    """The antibodies and their target from token i ("antibodies to muscle-specific kinase"): the
    target's words run to a stop word, a bracket or a comma."""
    j = i + 2 + (i + 2 < len(doc) and doc[i + 2].lower_ == "the")
    if j < len(doc) and doc[i + 1].lower_ == "to" and doc[j].lower_ in TO_VERBS:
        return None
    end = j
    while end < len(doc) and end - j < ANTIBODY_TARGET and not doc[end].is_stop and (
            doc[end].is_alpha or doc[end].like_num or doc[end].text in "-‐" and not doc[end - 1].whitespace_):
        end += 1
    while end > j and not doc[end - 1].is_alpha and not doc[end - 1].like_num:
        end -= 1
    return (i, end) if end > j and doc[end - 1].lower_ not in NOT_TARGETS else None


def spans(doc: Doc) -> list[Span]:
    found: list[tuple[int, int]] = []
    for t in doc:
        if t.lower_ in HEADS:
            found += before(doc, t.i)
            if s := bracketed(doc, t.i):
                found.append(s)
            j = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].text == ",")
            for cue in LIST_CUES:
                if starts(doc, j, cue):
                    found += listed(doc, j + len(cue))
        if (t.lower_ in ANTIBODIES and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("against", "to")
                and (s := target(doc, t.i))):
            found.append(s)
        if t.lower_ in NAMED:
            for cue in CALLED:
                if starts(doc, t.i + 1, cue) and (s := called(doc, t.i + 1 + len(cue))):
                    found.append(s)
    return [Span(doc, s, e, label="BIOMARKER") for s, e in sorted(set(found))]
