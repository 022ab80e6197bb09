"""lexicon_matcher: lexicon and biomarker entities, merged with a model's, normalized.

Dictionary matching with spaCy's PhraseMatcher (case- and accent-insensitive, on our own
tokens: attr NORM, with non-ASCII tokens' norms folded) over
the terms of pipeline.lexicon, plus token patterns for biomarkers
(resources/biomarkers.jsonl).  Overlaps resolve to the longest span (spaCy filter_spans).

mode="lexicon": the entities are the lexicon's.  mode="model": a model's entities only,
normalized from the lexicon (biomarker patterns still apply).  mode="merge": entities set by a
statistical NER (e.g. the bundled BC5CDR model) are kept and relabelled (Chemical -> DRUG,
Disease -> DISEASE), lexicon spans that overlap none of them are added (prefer="lexicon":
lexicon spans win overlaps and the model adds the rest), and every entity
whose text is a lexicon term gets that concept; a model entity not in the lexicon keeps
its text with no ID rather than a wrong one.

Concepts are stored on ``doc._.concepts``: {(start_char, end_char): (concept_id, name,
vocabulary, source)}.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import re
import unicodedata
from importlib import resources
from pathlib import Path

import spacy

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import lexicon, tokenizer

log = logging.getLogger("pipeline")
SPACE = re.compile(r"\s+")
# Where the built PhraseMatcher is kept between runs.
CACHE = Path(os.environ.get("PIPELINE_CACHE", Path(__file__).resolve().parent.parent / "build" / "lexicon"))

# Model label -> pipeline label (BC5CDR and scispaCy's en_ner_bc5cdr_md use both spellings).
LABEL_MAP = {"Chemical": "DRUG", "CHEMICAL": "DRUG", "Disease": "DISEASE", "DISEASE": "DISEASE"}
MODES = ("lexicon", "merge", "model")

if not Doc.has_extension("concepts"):
    Doc.set_extension("concepts", default=None)


def concepts(doc: Doc) -> dict:
    if doc._.concepts is None:
        doc._.concepts = {}
    return doc._.concepts


def phrase_matcher(nlp: Language, keys: list[str]) -> PhraseMatcher:
    """A PhraseMatcher over `keys`, pickled in the build folder: tokenizing 170k terms takes
    10 s, unpickling 1 s.  The file name hashes the terms, the tokenizer's code and spaCy's
    version, so any change rebuilds it."""
    h = hashlib.sha256(b"NORM+fold\n" + "\n".join(keys).encode())
    h.update(Path(tokenizer.__file__).read_bytes())
    h.update(spacy.about.__version__.encode())
    path = CACHE / f"phrases-{h.hexdigest()[:20]}.pkl"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)  # noqa: S301 - written by this function, never from input
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    matcher.add("TERM", [fold_norms(d) for d in nlp.tokenizer.pipe(keys)])
    try:
        from .tables import atomic_write

        atomic_write(path, pickle.dumps(matcher, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as e:  # a read-only checkout still works, only slower to start
        log.info("lexicon matcher not cached in %s: %s", path.parent, e)
    return matcher


def winners_first(winners: list[Span], rest: list[Span]) -> list[Span]:
    """All of `winners`, plus the spans of `rest` that overlap none of them."""
    held: set[int] = set()
    for s in winners:
        held.update(range(s.start, s.end))
    return winners + [s for s in rest if not held.intersection(range(s.start, s.end))]


def fold(text: str) -> str:
    """Lower case without diacritics: "Sjögren's" -> "sjogren's", "Behçet" -> "behcet"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def fold_norms(doc: Doc) -> Doc:
    """Give non-ASCII tokens a folded NORM, so the matcher (attr NORM) ignores accents."""
    if not doc.text.isascii():
        for t in doc:
            if not t.text.isascii():
                t.norm_ = fold(t.text)
    return doc


@Language.factory("lexicon_matcher", default_config={"mode": "lexicon", "prefer": "model"})
def make_lexicon_matcher(nlp: Language, name: str, mode: str, prefer: str) -> "LexiconMatcher":
    return LexiconMatcher(nlp, mode, prefer)


class LexiconMatcher:
    def __init__(self, nlp: Language, mode: str, prefer: str = "model") -> None:
        if mode not in MODES:
            raise ValueError(f"lexicon_matcher: mode must be one of {MODES}, not {mode!r}")
        if prefer not in ("model", "lexicon"):
            raise ValueError(f"lexicon_matcher: prefer must be model or lexicon, not {prefer!r}")
        self.mode, self.prefer = mode, prefer
        self.terms, self.short = lexicon.load()
        self.phrases = phrase_matcher(nlp, sorted(self.terms))
        # the matcher compares tokens, so "all- trans-retinoic acid" matches "all-trans-retinoic acid"
        self.spaceless: dict[str, str] = {}
        for k in sorted(self.terms):
            self.spaceless.setdefault(SPACE.sub("", k), k)
        self.patterns = Matcher(nlp.vocab)
        text = resources.files("pipeline").joinpath("resources/biomarkers.jsonl").read_text("utf-8")
        for n, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    rule = json.loads(line)
                    self.patterns.add(rule["label"], [rule["pattern"]])
                except (ValueError, KeyError) as e:
                    raise ValueError(f"resources/biomarkers.jsonl line {n}: {e}") from e

    def concept(self, text: str) -> lexicon.Concept | None:
        key = text.lower()
        c = self.terms.get(key)
        if c is None and not key.isascii():
            key = fold(key)
            c = self.terms.get(key)
        if c is None:
            c = self.terms.get(self.spaceless.get(SPACE.sub("", key), ""))
        return c

    def allowed(self, span: Span) -> bool:
        """Short variants match only in capitals unless listed as real short words."""
        key = span.text.lower()
        return len(key) > lexicon.SHORT_VARIANT or span.text.isupper() or key in self.short

    def lexicon_spans(self, doc: Doc) -> list[Span]:
        fold_norms(doc)
        spans = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in self.patterns(doc)]
        for _, s, e in self.phrases(doc):
            span = doc[s:e]
            if self.allowed(span):
                c = self.concept(span.text)
                if c is not None:
                    spans.append(Span(doc, s, e, label=c.label))
        return spans

    def __call__(self, doc: Doc) -> Doc:
        info = concepts(doc)
        found = self.lexicon_spans(doc)
        if self.mode in ("merge", "model"):
            model = [Span(doc, e.start, e.end, label=LABEL_MAP.get(e.label_, e.label_)) for e in doc.ents]
            if self.mode == "model":
                found = [s for s in found if s.label_ == "BIOMARKER"]
            found = filter_spans(found)
            if self.mode == "merge" and self.prefer == "lexicon":
                ents = winners_first(found, model)  # a dictionary term wins the model span it overlaps
            else:
                ents = winners_first(model, found)
            source = {(e.start, e.end): "model" for e in model}
        else:
            ents = filter_spans(found)
            source = {}
        out = []
        for e in sorted(ents, key=lambda s: s.start):
            c = self.concept(e.text) if e.label_ != "BIOMARKER" else None
            src = source.get((e.start, e.end), "lexicon")
            label = e.label_
            if c is not None and src == "model":
                # a model entity takes the lexicon's finer label (CONDITION) within its kind
                if label == "DISEASE" and c.label == "CONDITION":
                    label = "CONDITION"
                elif (label == "DRUG") != (c.label == "DRUG"):
                    c = None
            out.append(Span(doc, e.start, e.end, label=label))
            if c is not None:
                info[(e.start_char, e.end_char)] = (c.concept_id, c.name, c.vocabulary, src)
            else:
                info[(e.start_char, e.end_char)] = ("", "", "", src)
        doc.ents = out
        return doc
