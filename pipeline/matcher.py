"""lexicon_matcher: lexicon and biomarker entities, merged with a model's, normalized.

Dictionary matching of token sequences on NORM (case- and accent-insensitive, on our own
tokens: attr NORM, with non-ASCII tokens' norms folded and British spellings made American,
resources/spelling.tsv) over
the terms of pipeline.lexicon, plus token patterns for biomarkers
(resources/biomarkers.jsonl) and the names of laboratory analytes (resources/biomarker_terms.txt,
in lower case: "PSA", "platelet count", "NT-proBNP").  Overlaps resolve to the longest span (spaCy filter_spans).

mode="lexicon": the entities are the lexicon's.  mode="model": a model's entities only,
normalized from the lexicon (biomarker patterns still apply).  mode="merge": entities set by a
statistical NER (e.g. the bundled BC5CDR model) are relabelled (Chemical -> DRUG, Disease ->
DISEASE) and merged with the lexicon terms (LexiconMatcher.merge): terms where the model found
nothing are added when they may stand alone (LexiconMatcher.standalone: not a protein, receptor
or class adjective of the drug package); with prefer="lexicon" a term also replaces the model
spans it covers, with prefer="model" the model's spans win every overlap.  Every entity whose
text is a lexicon term gets that concept; a model entity not in the lexicon is looked up in
the MeSH 2024 names the packages lack (resources/mesh_names.tsv, also singular and adjective
forms), then in the names the BC5CDR training set normalized (resources/corpus_names.tsv), and
otherwise keeps its text with no ID rather than a wrong one.

Concepts are stored on ``doc._.concepts``: {(start_char, end_char): (concept_id, name,
vocabulary, source)}.
"""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path

import spacy

from spacy.language import Language
from spacy.attrs import NORM
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import assays, genes, lexicon, tokenizer

log = logging.getLogger("pipeline")
SPACE = re.compile(r"\s+")

# Model label -> pipeline label (BC5CDR and scispaCy's en_ner_bc5cdr_md use both spellings).
LABEL_MAP = {"Chemical": "DRUG", "CHEMICAL": "DRUG", "Disease": "DISEASE", "DISEASE": "DISEASE"}
MODES = ("lexicon", "merge", "model")
# words before a lexicon disease term that are not part of its name ("chronic hepatitis" ->
# "hepatitis"; BC5CDR train+dev: chronic 11 of 11, acute 16 of 24; gold/README.md drops severity words)
# Cell types written before a disease name ("B-cell NHL"), and the MeSH heading (as a lexicon
# name) of a cell type's form of a disease concept
CELL_TYPES = {"B", "T", "NK"}
CELL_TYPE_KINDS = {"Lymphoma, Non-Hodgkin": "lymphoma, {}-cell", "Lymphoma": "lymphoma, {}-cell",
                   "Leukemia": "leukemia, {}-cell",
                   "Precursor Cell Lymphoblastic Leukemia-Lymphoma": "precursor {}-cell lymphoblastic leukemia-lymphoma"}
# Words that may stand between the names of a coordinated model span ("HIV and hepatitis B")
COORDINATORS = {"and", "or", ",", "/", "&", "and/or"}
QUALIFIERS = {"chronic", "acute", "transient", "painful", "severe", "mild", "persistent", "frequent", "serious"}
# disease adjective -> noun endings tried, in order, for a model mention's concept
ADJECTIVE_NOUN = (("toxic", "toxicity"), ("emic", "emia"), ("ic", "ia"), ("ic", "ism"), ("ic", "y"))
# "<organ> dysfunction/damage/disorders ..." -> the organ's disease heading (MeSH 2024), the most
# specific descriptor that contains it (gold/README.md's rule; BC5CDR train+dev annotate them so)
_ORGANS = {("D007674", "Kidney Diseases"): ("renal", "kidney"), ("D006331", "Heart Diseases"): ("cardiac", "heart"),
           ("D008107", "Liver Diseases"): ("hepatic", "liver"),
           ("D005767", "Gastrointestinal Diseases"): ("gastrointestinal",),
           ("D008171", "Lung Diseases"): ("pulmonary", "lung"), ("D001927", "Brain Diseases"): ("cerebral", "brain"),
           ("D009202", "Cardiomyopathies"): ("myocardial",), ("D009135", "Muscular Diseases"): ("muscle", "muscular"),
           ("D014786", "Vision Disorders"): ("visual",), ("D003072", "Cognition Disorders"): ("cognitive",)}
ORGAN_DISEASES = {adj: lexicon.Concept(mid, name, "MeSH", "DISEASE", mid, "mesh")
                  for (mid, name), adjs in _ORGANS.items() for adj in adjs}
ORGAN_PROBLEM = re.compile(r"(\w+) (?:dysfunction|damage|diseases?|disorders?|abnormalit(?:y|ies)|lesions?|impairment)")
# last words of a drug-package term that make a MeSH-only entry a drug class (see standalone)
CLASS_HEADS = {"inhibitor", "inhibitors", "antagonist", "antagonists", "agonist", "agonists", "blocker",
               "blockers", "drug", "drugs", "agent", "agents", "antibodies", "medicine", "medicines"}

if not Doc.has_extension("concepts"):
    Doc.set_extension("concepts", default=None)


def concepts(doc: Doc) -> dict:
    if doc._.concepts is None:
        doc._.concepts = {}
    return doc._.concepts


class Phrases:
    """Exact token-sequence matching on NORM, like spaCy's PhraseMatcher(attr="NORM") and with
    the same matches (tests/test_annotate.py compares them), but as a set of NORM-hash tuples:
    it unpickles in 0.1 s where a 170k-term PhraseMatcher takes 1 s (its pickle re-adds every
    pattern), which is most of a one-page rebuild's start-up."""

    def __init__(self, patterns: Iterable[Doc]) -> None:
        self.table: set[tuple[int, ...]] = set()
        lengths: dict[int, set[int]] = {}
        for d in patterns:
            key = tuple(d.to_array(NORM).tolist())
            if key:
                self.table.add(key)
                lengths.setdefault(key[0], set()).add(len(key))
        # first token's NORM -> the lengths of the patterns that start with it, ascending
        self.lengths = {k: tuple(sorted(v)) for k, v in lengths.items()}

    def __call__(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) token offsets of every pattern occurrence, overlaps included."""
        norms = doc.to_array(NORM).tolist() if len(doc) else []
        n, table, out = len(norms), self.table, []
        for i, w in enumerate(norms):
            for size in self.lengths.get(w, ()):
                if i + size > n:
                    break
                if size == 1 or tuple(norms[i:i + size]) in table:
                    out.append((i, i + size))
        return out


# words after an analyte that make it part of another name: a drug's target ("orexin receptor
# antagonists"), a compound ("TSH-secreting adenomas", "urate-lowering treatment"), a deposit ("urate crystals")
NOT_ANALYTE_AFTER = {"inhibitor", "inhibitors", "blocker", "blockers", "antagonist", "antagonists", "agonist", "agonists",
                     "receptor", "receptors", "analogue", "analogues", "analog", "analogs", "-", "‐", "crystal", "crystals"}


def biomarker_terms(text: str | None = None, name: str = "resources/biomarker_terms.txt") -> list[str]:
    """The analyte names: one lower-case term per line, no duplicates; '#' comments."""
    if text is None:
        text = resources.files("pipeline").joinpath(name).read_text("utf-8")
    terms: list[str] = []
    for n, line in enumerate(text.splitlines(), start=1):
        t = line.strip()
        if not t or t.startswith("#"):
            continue
        if t != t.lower() or t in terms:
            raise ValueError(f"{name} line {n}: {t!r} is {'not lower case' if t != t.lower() else 'a duplicate'}")
        terms.append(t)
    return terms


def phrase_table(nlp: Language, terms: Iterable[str]) -> Phrases:
    """Phrases over the lexicon's terms, pickled in the build folder (tokenizing 170k terms
    takes 10 s).  The key hashes what the terms are made of, the tokenizer's code and spaCy's
    version."""
    key = b"NORM+fold+American spelling+capital initials\n" + lexicon.sources_key() + Path(tokenizer.__file__).read_bytes()
    return lexicon.cached("phrases", key + spacy.about.__version__.encode(),
                          lambda: Phrases(fold_norms(d) for d in nlp.tokenizer.pipe(with_capitals(terms))))


INITIAL = re.compile(r"\b[a-z]\.(?=\s)")


def with_capitals(terms: Iterable[str]) -> Iterator[str]:
    """The (lower-case) terms, and a capitalised copy of those with an initial ("h. pylori
    infection" -> "H. pylori infection"): the tokenizer splits "H." but not "h.", so the
    lower-case form alone never matches the way pages write it."""
    for t in sorted(terms):
        yield t
        if INITIAL.search(t):
            yield INITIAL.sub(lambda m: m.group(0).upper(), t)


ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})[A-Da-d]?")


DATE = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December)"
                  r"(\s+\d{1,2},?)?\s+\d{4}")  # "April 2022", "May 3, 2021"


def numeral(span: Span) -> bool:
    """A one-token Roman numeral, maybe with a sub-stage letter: "IIIB" in "stage IIIB", or a
    number with no letter: the year in "In 2019 the MHRA reported", or a date: "In April 2022, the
    FDA ..." (the model calls some of them chemicals)."""
    return (len(span) == 1 and (ROMAN.fullmatch(span.text) is not None or not any(c.isalpha() for c in span.text))
            or DATE.fullmatch(span.text) is not None)


def glued(span: Span) -> bool:
    """An entity of at most two characters written inside a word: the "K" of "V600K", the "E" of
    "V600E" (the tokenizer splits letters from digits, so a symbol can sit inside a mutation name)."""
    if span.end_char - span.start_char > 2:
        return False
    doc = span.doc  # token by token: doc.text would rebuild the whole text at each call
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return bool((before is not None and not before.whitespace_ and before.text[-1].isalnum())
                or (after is not None and not span[-1].whitespace_ and after.text[0].isalnum()))


BULLET = re.compile(r"[•◦‣▪▫●○■□►▸✓✔·]+")


# never the last word of an entity ("cirrhosis of the liver or", "Oseltamivir works"; "it keeps HIV under control")
TRAILING = {"or", "and", "nor", ",", ";", "is", "are", "was", "were", "can", "may", "will", "works", "work", "helps",
            "keeps", "stops", "lowers", "makes", "takes", "gone", "done", "outside", "inside",
            "came", "comes", "come", "returns", "returned", "spreads", "spread", "grows", "grew",
            "alongside", "plus",  # "flucloxacillin alongside permethrin"
            "treats", "prevents", "relieves", "reduces"}  # "Fidaxomicin treats C. diff"
# Words the model runs into the start of a disease span ("meaning cancer that has not spread")
LEADING = {"meaning", "called", "including", "especially", "like", "than", "because", "whether", "of"}  # "of high prolactin levels"


def edge(token) -> bool:
    return token.is_space or BULLET.fullmatch(token.text) is not None


def unbulleted(span: Span) -> Span | None:
    """The span without list bullets and whitespace tokens at its edges ("• sour stomach •" ->
    "sour stomach", "coughing   " -> "coughing"): the model, which saw neither in training,
    takes them in; None when nothing else is left. Also a coordinator or comma the model ran
    on into ("cirrhosis of the liver or" before "nephrotic syndrome", "Oseltamivir works by ...")."""
    s, e = span.start, span.end
    while s < e and (edge(span.doc[s]) or span.doc[s].lower_ in LEADING and e - s > 1):
        s += 1
    while e > s and (edge(span.doc[e - 1]) or span.doc[e - 1].lower_ in TRAILING
                     or e - s > 2 and span.doc[e - 1].lower_ == "back" and span.doc[e - 2].lower_ in TRAILING):
        e -= 1  # also "cancer came back"
    if (s, e) == (span.start, span.end):
        return span
    return Span(span.doc, s, e, label=span.label_) if e > s else None


# gerunds of events that the model calls a disease after "from" ("stop this from happening")
EVENT_GERUNDS = frozenset({"happening", "starting", "occurring", "developing", "returning", "recurring", "worsening"})


def function_word(span: Span) -> bool:
    """A one-word entity that is an English function word not written in capitals ("Do not
    use ...", "It") or an event's gerund (EVENT_GERUNDS).  The model's are dropped unless a lexicon
    names them ("Ca", calcium); "ALL", "AS" (abbreviations in capitals) stay."""
    return len(span) == 1 and (span.text.lower() in STOP_WORDS or span.text.lower() in EVENT_GERUNDS) and not span.text.isupper()


# finite verbs no entity name holds: the model's "Parkinson's causes movement symptoms" ran
# over the verb of its sentence
CLAUSE_VERBS = frozenset({"causes", "caused", "treats", "treated", "is", "are", "was", "were", "can", "may",
                          "includes", "include", "affects", "means"})


def clause(span: Span) -> bool:
    """A model span with the verb of its clause inside (see CLAUSE_VERBS)."""
    return len(span) > 2 and any(t.lower_ in CLAUSE_VERBS for t in span[1:-1])


# dosage forms the model calls chemicals when they stand for the page's drug ("a 0.15% cream is approved for")
FORMS = frozenset({"cream", "creams", "foam", "gel", "ointment", "lotion", "tablet", "tablets", "capsule", "capsules",
                   "injection", "injections", "spray", "patch", "patches", "drops", "solution", "suppository",
                   "suppositories", "pessary", "inhaler", "infusion", "syrup", "liquid"})


# nouns for any medicine, which the model calls a chemical in names ("The New England Journal of Medicine")
MEDICINE_NOUNS = frozenset({"medicine", "medicines", "medication", "medications", "drug", "drugs", "remedy", "remedies"})


# adjectives the model calls a disease on their own ("Scabies causes a generalised itch")
BARE_ADJECTIVES = QUALIFIERS | {"generalised", "generalized", "localised", "localized", "widespread", "recurrent",
                                "advanced", "metastatic", "moderate", "early", "late"}


# a class word as the adjective of a property ("antiarrhythmic effects", "antiviral activity"): no drug
CLASS_PROPERTY = frozenset({"effect", "effects", "activity", "activities", "action", "actions", "property", "properties",
                            "effectiveness", "efficacy", "potency", "plasma", "concentration", "concentrations"})


def bare_adjective(span: Span) -> bool:
    """A one-word entity that is a qualifier adjective (see BARE_ADJECTIVES)."""
    return len(span) == 1 and span.text.lower() in BARE_ADJECTIVES


def dosage_form(span: Span) -> bool:
    """A one-word entity that names a dosage form (see FORMS) or a medicine in general (see MEDICINE_NOUNS)."""
    return len(span) == 1 and (span.text.lower() in FORMS or span.text.lower() in MEDICINE_NOUNS)


# episodes of a disease ("flare-ups", "exacerbations"): a mention only where its sentence names no
# disease ("people who keep having flare-ups"); beside one ("asthma flare-ups", "flares of lupus",
# "the number of flare-ups in people with severe asthma") the disease is the mention
FLARES = frozenset({"flare-ups", "flare-up", "flare ups", "flares", "exacerbations"})


def flare_of(span: Span, ents: list[Span]) -> bool:
    """An episode word (FLARES) in a sentence that names a disease."""
    if span.text.lower() not in FLARES:
        return False
    sent = span.sent
    return any(e.label_ == "DISEASE" and sent.start <= e.start < sent.end for e in ents)


# the generic noun that makes "non-X ..." a kind of medicine ("non-stimulant medicine"), not a named drug
GENERIC_DRUG_NOUN = re.compile(r"(medicines?|medications?|drugs?|treatments?|therap(y|ies)|agents?|painkillers?|pain relievers?)$", re.I)


def negated_class(span: Span) -> bool:
    """A class of medicines right after a glued "non-" ("non-stimulant medicines", "non-opioid painkillers"):
    what the drug is not. (A named drug stays: BC5CDR marks "acetaminophen" in "non-acetaminophen-induced".)"""
    doc, i = span.doc, span.start
    nxt = doc[span.end].text if span.end < len(doc) else ""
    return (span.label_ == "DRUG" and i >= 2 and doc[i - 1].text in ("-", "‐") and doc[i - 2].lower_ == "non"
            and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_
            and bool(GENERIC_DRUG_NOUN.search(span.text) or GENERIC_DRUG_NOUN.fullmatch(nxt)))


# nouns that make a chemical's name a disease's: "bile acid synthesis disorders", "3β-HSD deficiency",
# "calcium oxalate stones" (not "toxicity", "overdose", "dependence": BC5CDR keeps "captopril overdose" a
# chemical and a disease; no chemical before "stones" in BC5CDR train+dev)
DISORDER_HEADS = frozenset({"disorder", "disorders", "deficiency", "deficiencies", "intolerance", "stone", "stones"})
VACCINE_WORDS = frozenset({"vaccine", "vaccines", "jab", "jabs"})
REPLACEMENT_HEADS = frozenset({"therapy", "therapies", "treatment", "treatments"})


def disorder_end(e: Span) -> int | None:
    """A drug or chemical named with a disorder noun right after it (at most one word between), or
    ending with one, is the name of a disease: "bile acid synthesis disorders", "lactose
    intolerance", the model's "3β-HSD deficiency".  The end of that name, or None."""
    if e.label_ != "DRUG":
        return None
    if e[-1].lower_ in DISORDER_HEADS:
        return e.end
    doc = e.doc
    return next((j + 1 for j in (e.end, e.end + 1) if j < len(doc) and doc[j].lower_ in DISORDER_HEADS
                 and all(t.is_alpha and t.is_lower for t in doc[e.end:j + 1])), None)


def replacement_at(doc: Doc, i: int) -> bool:
    """Do tokens i and i + 1 read "replacement therapy/treatment"?"""
    return i + 1 < len(doc) and doc[i].lower_ == "replacement" and doc[i + 1].lower_ in REPLACEMENT_HEADS


def replacement_end(e: Span) -> int | None:
    """A drug named before "replacement therapy" names the therapy, the same drug: "nicotine
    replacement therapy (NRT)", "testosterone replacement therapy" (and the short form after it
    takes the drug's concept).  The end of the therapy's name, or None."""
    return e.end + 2 if e.label_ == "DRUG" and replacement_at(e.doc, e.end) else None


def vaccine_end(e: Span) -> int | None:
    """A disease named just before "vaccine" names the vaccine, a drug: "the hepatitis B vaccine",
    "the flu jab" (the disease is what it prevents, named elsewhere in the sentence).  The end of
    the vaccine's name, or None."""
    doc = e.doc
    return e.end + 1 if e.label_ in ("DISEASE", "CONDITION") and e.end < len(doc) and doc[e.end].lower_ in VACCINE_WORDS else None


def renamed(ents: list[Span], end_of, label: str) -> list[Span]:
    """ents with each entity for which `end_of` gives an end widened to it and given `label`; the
    entities the widened name covers go ("vaccine", the lexicon's drug after "flu")."""
    out: list[Span] = []
    covered = -1
    for e in ents:
        if e.start < covered:
            continue
        end = end_of(e)
        if end is None:
            out.append(e)
        else:
            out.append(Span(e.doc, e.start, end, label=label))
            covered = end
    return out


def named_tests(doc: Doc, ents: list[Span]) -> list[Span]:
    """The named diagnostic tests of doc (pipeline.assays), after the entities they hold: "a urea
    breath test" -> "breath test" (urea stays a chemical), "the HIV test" -> none (HIV stays a disease
    and a bare "test" names nothing)."""
    out = []
    for a in assays.spans(doc):
        inside = [e for e in ents if a.start <= e.start < a.end and e.end < a.end]
        start = max([a.start] + [e.end for e in inside])
        rest = doc[start:a.end]  # after a chemical, "breath test" names the test it starts
        after_drug = any(e.end == start and e.label_ == "DRUG" for e in inside) and len(rest) > 1
        if not any(e.start < a.end and start < e.end for e in ents) and (assays.named(rest) or after_drug):
            out.append(Span(doc, start, a.end, label=a.label_))
    return out


def winners_first(winners: list[Span], rest: list[Span]) -> list[Span]:
    """All of `winners`, plus the spans of `rest` that overlap none of them."""
    held: set[int] = set()
    for s in winners:
        held.update(range(s.start, s.end))
    return winners + [s for s in rest if not held.intersection(range(s.start, s.end))]


def cell_type_start(span: Span) -> int:
    """Where a disease name starts when a cell type is written right before the span ("B-cell
    NHL", "T cell lymphoma"); else the span's start."""
    doc, i = span.doc, span.start
    if i >= 3 and doc[i - 1].lower_ == "cell" and doc[i - 2].text == "-" and doc[i - 3].text in CELL_TYPES \
            and not doc[i - 3].whitespace_ and not doc[i - 2].whitespace_:
        return i - 3
    if i >= 2 and doc[i - 1].lower_ == "cell" and doc[i - 2].text in CELL_TYPES:
        return i - 2
    return i


def comma_parts(span: Span, concept) -> list[Span]:
    """A disease span the model ran over a list comma splits at it when each part after a
    comma is a lexicon name ("tingling, nerve pain" -> "tingling", "nerve pain"); an elliptical
    list keeps its commas ("facial, limb and genital abnormalities", NCBI Disease's composite
    mentions), and so does a chemical name ("1,2-dichloroethane")."""
    if span.label_ == "DRUG":
        return [span]
    out, start = [], span.start
    for t in span:
        if t.text == "," and t.whitespace_ and span.start < t.i < span.end - 1:
            if t.i > start:
                out.append(Span(span.doc, start, t.i, label=span.label_))
            start = t.i + 1
    if not out:
        return [span]
    out.append(Span(span.doc, start, span.end, label=span.label_))
    return out if all(concept(p.text) is not None for p in out[1:]) else [span]


def coordinated(span: Span, terms: list[Span]) -> list[Span]:
    """The lexicon terms a model span coordinates, when they fill it but for coordinators
    ("HIV and hepatitis B", "asthma or COPD": two names the model ran into one), each of the
    span's kind (drug or not); else [].  An elliptical span stays whole: in "breast and
    ovarian cancer" "breast" names no disease."""
    inside = [s for s in terms if span.start <= s.start and s.end <= span.end
              and (s.label_ == "DRUG") == (span.label_ == "DRUG") and s.label_ != "BIOMARKER"]
    if len(inside) < 2:
        return []
    covered = {i for s in inside for i in range(s.start, s.end)}
    rest = [t for t in span if t.i not in covered]
    if not rest or any(t.lower_ not in COORDINATORS for t in rest):
        return []
    return inside


def fold(text: str) -> str:
    """Lower case without diacritics: "Sjögren's" -> "sjogren's", "Behçet" -> "behcet"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def fold_norms(doc: Doc) -> Doc:
    """Give non-ASCII tokens a folded NORM and British spellings the American one, so the
    matcher (attr NORM) ignores accents and "leukaemia" matches "leukemia"."""
    if not doc.text.isascii():
        for t in doc:
            if not t.text.isascii():
                t.norm_ = fold(t.text)
    if lexicon.british(doc.text.lower()):
        for t in doc:
            if lexicon.british(t.norm_):
                t.norm_ = lexicon.american(t.norm_)
    return doc


def spaceless(terms: Iterable[str]) -> dict[str, str]:
    """Each term without white space -> the first term (in sorted order) that spells it so."""
    out: dict[str, str] = {}
    for k in sorted(terms):
        out.setdefault(SPACE.sub("", k), k)
    return out


# after an acronym: the initials of an author ("Hatcher RA et al"), no disease
AUTHOR_INITIALS = re.compile(r",?\s*(et al\b|[A-Z]{1,2}\b,)")


@Language.factory("lexicon_matcher", default_config={"mode": "lexicon", "prefer": "model", "classes": True, "acronyms": True})
def make_lexicon_matcher(nlp: Language, name: str, mode: str, prefer: str, classes: bool, acronyms: bool) -> "LexiconMatcher":
    return LexiconMatcher(nlp, mode, prefer, classes, acronyms)


class LexiconMatcher:
    def __init__(self, nlp: Language, mode: str, prefer: str = "model", classes: bool = True, acronyms: bool = True) -> None:
        # classes: match the consumer names of drug classes (lexicon origin "class": "blood thinners")
        if mode not in MODES:
            raise ValueError(f"lexicon_matcher: mode must be one of {MODES}, not {mode!r}")
        if prefer not in ("model", "lexicon"):
            raise ValueError(f"lexicon_matcher: prefer must be model or lexicon, not {prefer!r}")
        # acronyms: match the disease acronyms pages use undefined (origin "acronym": "MS", "RA")
        self.mode, self.prefer, self.classes, self.acronyms = mode, prefer, classes, acronyms
        self.terms, self.short = lexicon.load()
        self.phrases = phrase_table(nlp, self.terms)
        # the matcher compares tokens, so "all- trans-retinoic acid" matches "all-trans-retinoic acid"
        self.spaceless = lexicon.cached("spaceless", lexicon.terms_key(), lambda: spaceless(self.terms))
        self.patterns = Matcher(nlp.vocab)
        text = resources.files("pipeline").joinpath("resources/biomarkers.jsonl").read_text("utf-8")
        for n, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    rule = json.loads(line)
                    self.patterns.add(rule["label"], [rule["pattern"]])
                except (ValueError, KeyError) as e:
                    raise ValueError(f"resources/biomarkers.jsonl line {n}: {e}") from e
        self.markers = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.markers.add("BIOMARKER", [nlp.make_doc(t) for t in biomarker_terms()])

    def concept(self, text: str) -> lexicon.Concept | None:
        key = text.lower()
        c = self.terms.get(key)
        if c is None and not key.isascii():
            key = fold(key)
            c = self.terms.get(key)
        if c is None and lexicon.british(key):
            key = lexicon.american(key)
            c = self.terms.get(key)
        if c is None:
            c = self.terms.get(self.spaceless.get(SPACE.sub("", key), ""))
        return None if c is not None and c.origin == "acronym" and not self.acronyms else c

    def model_concept(self, text: str, label: str = "") -> lexicon.Concept | None:
        """The concept of a mention the model found: a lexicon term, else a MeSH heading or
        entry term (lexicon.mesh_names), also as the singular of a plural ("arrhythmias") and,
        for a drug, as the name before its salt ("bupropion HCl"), for a disease, as the noun of
        an adjective ("cardiotoxic", "ischemic", "schizophrenic"),
        else a name as the BC5CDR training set normalized it (lexicon.corpus_names:
        "17beta-estradiol"), else as its organ's disease heading ("renal dysfunction": Kidney
        Diseases)."""
        names, corpus = lexicon.mesh_names(), lexicon.corpus_names()
        key = SPACE.sub(" ", text.lower())
        keys = [key, key[:-3] + "y" if key.endswith("ies") else "", key[:-1] if key.endswith("s") else ""]
        if label == "DRUG":
            keys.append(lexicon.base_name(key))  # "bupropion hcl": the drug of its salt
        else:
            keys += [key[: -len(a)] + n for a, n in ADJECTIVE_NOUN if key.endswith(a)]
        unnamed = None  # a lexicon concept without an ID ("anxiety", conditions.tsv)
        for k in keys:
            if k:
                c = self.concept(k)
                if c is None or not c.concept_id:
                    c = names.get(k) or c
                if c is not None and c.concept_id:
                    return c
                unnamed = unnamed or c
        for k in (key, lexicon.american(key)):
            c = corpus.get(k)
            if c is not None:
                return replace(c, label=unnamed.label) if unnamed and (unnamed.label == "DRUG") == (c.label == "DRUG") else c
        m = ORGAN_PROBLEM.fullmatch(key) if label != "DRUG" else None
        return ORGAN_DISEASES.get(m.group(1)) if m else unnamed

    def allowed(self, span: Span) -> bool:
        """Short variants match only in capitals (two or more: "IVIg") unless listed as real short words."""
        key = span.text.lower()
        return (len(key) > lexicon.SHORT_VARIANT or span.text.isupper() or sum(c.isupper() for c in span.text) >= 2
                or key in self.short)

    def lexicon_spans(self, doc: Doc) -> list[Span]:
        fold_norms(doc)
        spans = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in self.patterns(doc)]
        spans += [Span(doc, s, e, label="BIOMARKER") for _, s, e in self.markers(doc)
                  if e == len(doc) or doc[e].lower_ not in NOT_ANALYTE_AFTER]
        spans += genes.spans(doc)
        for s, e in self.phrases(doc):
            span = doc[s:e]
            if self.allowed(span) and not glued(span):
                c = self.concept(span.text)
                if c is not None and (self.classes or c.origin != "class") and not (
                        c.origin == "acronym" and AUTHOR_INITIALS.match(doc.text, span.end_char)) and not (
                        c.origin == "class" and e < len(doc) and doc[e].lower_ in CLASS_PROPERTY):
                    spans.append(Span(doc, s, e, label=c.label))
        return spans

    def standalone(self, span: Span) -> bool:
        """May a lexicon term be an entity the model did not find, or replace the model's span?
        Biomarkers, diseases, conditions, drugs with a DrugBank ID and the curated terms may.
        Drug-package entries with only a MeSH heading mostly name proteins, receptors, enzymes
        and pharmacological classes used as adjectives ("opioid receptor", "adrenergic",
        "VEGF", "insulin"): on BC5CDR dev 9% of those were mentions (DrugBank drugs: 77%).  They
        stand only when named as a class of drugs: "monoamine oxidase inhibitors", "DMARD".
        Nor do endogenous proteins with a DrugBank ID (Concept.protein: "erythropoietin",
        "alkaline phosphatase"; BC5CDR train+dev: 3 mentions of 79).  Entries of the consumer
        medicine lists do (Concept.medicine: "Aciclovir" at a sentence start, which the model misses)."""
        if span.label_ == "BIOMARKER":
            return True
        c = self.concept(span.text)
        if c is None:
            return False
        if c.label != "DRUG" or c.origin != "drug" or (c.vocabulary == "DrugBank" and not c.protein) or c.medicine:
            return True
        words = span.text.lower().split()
        return words[-1] in CLASS_HEADS or (span.text.isupper() and len(span.text) > 2 and c.name.endswith("Agents"))

    def inner_drugs_first(self, spans: list[Span]) -> list[Span]:
        """Without the drug terms that may not stand alone but hold one that may ("regular insulin",
        a protein name of the drug package, holds the curated "insulin"): the longer would win the
        overlap and then be dropped, and the drug with it."""
        drugs = [s for s in spans if s.label_ == "DRUG"]
        alone = {id(s) for s in drugs if self.standalone(s)}
        drop = {id(s) for s in drugs if id(s) not in alone
                and any(id(a) in alone and s.start <= a.start and a.end <= s.end for a in drugs)}
        return [s for s in spans if id(s) not in drop]

    def class_only(self, span: Span) -> bool:
        """A drug-package term that stands only as a named class of drugs (see standalone)."""
        c = self.concept(span.text)
        return c is not None and c.label == "DRUG" and c.origin == "drug" and c.vocabulary != "DrugBank" and not c.medicine

    def merge(self, model: list[Span], lex: list[Span]) -> list[Span]:
        """Model spans and lexicon terms (each without overlaps) -> one list without overlaps.

        A term that overlaps no model span is added if it may stand alone (`standalone`).
        prefer="model": the model's spans win every overlap.  prefer="lexicon": a term that
        may stand alone replaces the model spans it covers ("type 2 diabetes" over the model's
        "diabetes", or the same span with the lexicon's label); a term inside a longer model
        span of the same kind yields to it ("cholestatic hepatitis" over "hepatitis") unless only
        QUALIFIERS precede it ("chronic hepatitis"), of the other kind wins ("diltiazem" in the
        model's Disease "diltiazem overdose"); a drug class term leaves the model's chemical
        inside it alone ("calcium" in "calcium channel blockers"); a drug term that may not stand
        alone removes the model's disease spans inside it ("tumor" in "tumor necrosis factor").  Measured on BC5CDR dev and the raw/ gold
        (benchmarks/results/ner_dev.md, README "Measured")."""
        out: list[Span] = []
        lost: set[int] = set()  # model spans replaced or removed by a lexicon term
        waiting: list[tuple[Span, list[int]]] = []  # biomarkers inside model spans
        done: set[int] = set()  # terms that split a coordinated model span
        alone_terms = [s for s in lex if self.standalone(s)]
        for i, m in enumerate(model):
            parts = coordinated(m, alone_terms)
            if parts:
                lost.add(i)
                out += parts
                done.update(id(s) for s in parts)
        for s in lex:
            if id(s) in done:
                continue
            ov = [i for i, m in enumerate(model) if m.start < s.end and s.start < m.end]
            alone = self.standalone(s)
            if not ov:
                if alone:
                    out.append(s)
                continue
            if self.prefer == "model":
                continue
            ms = [model[i] for i in ov]
            drug = s.label_ == "DRUG"
            if s.label_ == "BIOMARKER" and "antibod" in s.text.lower() and any(
                    m.start == s.start and m.end < s.end and m.label_ == "DISEASE" for m in ms):
                continue  # "HIT antibody-negative": the disease the test is for stays the entity (not "RET fusion")
            if all(s.start <= m.start and m.end <= s.end for m in ms):  # the term covers them
                if (alone and self.class_only(s) and any(self.concept(m.text) for m in ms)
                        and not (s.label_ == "BIOMARKER" and (s[-1].lower_ in ("receptor", "receptors")
                                                              or all(m.label_ != "DRUG" for m in ms)))):
                    continue  # "calcium channel blockers": the model's "calcium" (BC5CDR train+dev 18 of 18); a
                    # receptor a tumour is tested for is the biomarker ("oestrogen receptors"), and so is an
                    # analyte the model calls a disease ("HbA1c")
                if alone:
                    if len(ms) == 1 and (ms[0].start, ms[0].end, ms[0].label_) == (s.start, s.end, s.label_):
                        continue  # the same entity: keep the model's (source "model")
                    lost.update(ov)
                    out.append(s)
                elif drug:
                    lost.update(i for i in ov if model[i].label_ != "DRUG")
            elif (alone and len(ms) == 1 and ms[0].start <= s.start and s.end <= ms[0].end
                  and s.label_ != "BIOMARKER"):  # inside a longer model span
                m = ms[0]
                other_kind = (m.label_ == "DRUG") != drug
                qualified = m.end == s.end and all(t.lower_ in QUALIFIERS for t in m.doc[m.start:s.start])
                if other_kind or qualified:
                    lost.update(ov)
                    out.append(s)
            elif s.label_ == "BIOMARKER" and len(ms) == 1 and s.start < ms[0].start < s.end < ms[0].end:
                # "RAS wild-type bowel cancer": the model's "type bowel cancer" starts inside the
                # biomarker; it keeps the words after it (in place: __call__ reads the list back)
                model[ov[0]] = Span(ms[0].doc, s.end, ms[0].end, label=ms[0].label_)
                out.append(s)
            elif s.label_ == "BIOMARKER":
                waiting.append((s, ov))
        # a biomarker inside a model span that another term replaced ("Pembrolizumab treats MSI-H")
        out += [s for s, ov in waiting if lost.issuperset(ov)
                and not any(o.start < s.end and s.start < o.end for o in out)]
        return out + [m for i, m in enumerate(model) if i not in lost]

    def __call__(self, doc: Doc) -> Doc:
        info = concepts(doc)
        found = self.lexicon_spans(doc)
        if self.mode in ("merge", "model"):
            model = [unbulleted(Span(doc, e.start, e.end, label=LABEL_MAP.get(e.label_, e.label_))) for e in doc.ents]
            model = [e for e in model if e is not None
                     and not (lexicon.body_part(e.text) and (e.label_ != "DRUG" or self.model_concept(e.text, e.label_) is None))
                     and not lexicon.agency(e.text)]  # "lowered the risk of spine and hip fractures": no chemical
            model = [p for e in model for p in comma_parts(e, self.concept)]
            model = [e for e in model if not glued(e) and not clause(e) and not (
                (function_word(e) or numeral(e) or dosage_form(e) or bare_adjective(e)) and self.model_concept(e.text, e.label_) is None)]
            found += named_tests(doc, model + found)
            if self.mode == "model":
                found = [s for s in found if s.label_ == "BIOMARKER"]
            found = filter_spans(self.inner_drugs_first(found))
            ents = self.merge(model, found) if self.mode == "merge" else winners_first(model, found)
            source = {(e.start, e.end): "model" for e in model}
        else:
            ents = filter_spans(found + named_tests(doc, found))
            source = {}
        ents = sorted((e for e in ents if not lexicon.allergen(e.text)), key=lambda s: s.start)
        ents = [e for e in ents if not flare_of(e, ents) and not negated_class(e)]
        ents = renamed(renamed(renamed(ents, vaccine_end, "DRUG"), replacement_end, "DRUG"), disorder_end, "DISEASE")
        out = []
        for e in ents:
            src = source.get((e.start, e.end), "lexicon")
            if e.label_ == "BIOMARKER":
                c = None
            else:
                c = self.model_concept(e.text, e.label_) if src == "model" else self.concept(e.text)
                if e.label_ == "DRUG" and (c is None or not c.concept_id) and len(e) > 2 and replacement_at(doc, e.end - 2):
                    # "nicotine replacement therapy": the concept of "nicotine"
                    c = self.concept(e[:-2].text) or self.model_concept(e[:-2].text, "DRUG") or c
                if c is not None and not c.concept_id and src != "model":
                    c = self.model_concept(e.text, e.label_) or c  # a term the packages name without an ID
            label = e.label_
            if c is not None and src == "model":
                # a model entity takes the lexicon's finer label (CONDITION) within its kind
                if label == "DISEASE" and c.label == "CONDITION":
                    label = "CONDITION"
                elif (label == "DRUG") != (c.label == "DRUG"):
                    c = None
            start = cell_type_start(e) if label in ("DISEASE", "CONDITION") else e.start
            if start < e.start and not (out and out[-1].end > start):
                # "B-cell NHL", "T-cell ALL": the cell type belongs to the disease's name
                full = self.concept(doc[start:e.end].text)
                if full is None and c is not None:  # "B-cell NHL" -> Lymphoma, B-Cell
                    kind = CELL_TYPE_KINDS.get(c.name)
                    full = self.concept(kind.format(doc[start].text.lower())) if kind else None
                c = full if full is not None and full.label != "DRUG" else c
                e = doc[start:e.end]
            out.append(Span(doc, e.start, e.end, label=label))
            if c is not None:
                info[(e.start_char, e.end_char)] = (c.concept_id, c.name, c.vocabulary, src)
            else:
                info[(e.start_char, e.end_char)] = ("", "", "", src)
        doc.ents = out
        return doc
