"""abbreviation_linker: short forms take the label and concept of their long form.

Runs after scispaCy's ``abbreviation_detector`` (Schwartz & Hearst, 2003, "A simple
algorithm for identifying abbreviation definitions in biomedical text"), which finds
"long form (SF)" definitions and every later occurrence of SF in the document.  Each
occurrence becomes an entity with the long form's label and concept (source
"abbreviation"), replacing any entity it overlaps, unless a longer entity already
contains it.  Lower-case short forms and long forms across lines are not taken.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .matcher import concepts


def plausible(short: Span, long: Span) -> bool:
    """Guards on Schwartz & Hearst pairs: "Gleevec (imatinib)" is a synonym, not an
    abbreviation (a lower-case short form), and a long form never runs across a line."""
    return not short.text.islower() and "\n" not in long.text


@Language.factory("abbreviation_linker")
def make_abbreviation_linker(nlp: Language, name: str) -> "AbbreviationLinker":
    return AbbreviationLinker()


class AbbreviationLinker:
    def __call__(self, doc: Doc) -> Doc:
        info = concepts(doc)
        ents = list(doc.ents)
        new: list[Span] = []
        for short in doc._.abbreviations:
            long = short._.long_form
            if long is None or not plausible(short, long):
                continue
            match = [e for e in ents if e.start >= long.start and e.end <= long.end]
            if not match:
                continue
            best = max(match, key=lambda e: e.end - e.start)
            if any(e.start <= short.start and short.end <= e.end and len(e) > len(short) for e in ents):
                continue  # already inside a longer entity ("PDGFR gene rearrangements")
            cid, name, vocab, _ = info.get((best.start_char, best.end_char), ("", "", "", ""))
            span = Span(doc, short.start, short.end, label=best.label_)
            new.append(span)
            info[(span.start_char, span.end_char)] = (cid, name, vocab, "abbreviation")
        if new:
            keep = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in new)]
            doc.ents = filter_spans(keep + new)
        return doc
