"""drug_names: brand names that a page introduces as a medicine, when no lexicon knows them, and
drugs the lexicons know but keep out of running text (proteins such as "Tenecteplase") when the page
introduces them so.

Consumer pages are often written around a brand that is newer than the lexicons or that names a
combination ("Paxlovid is an oral antiviral medicine made up of nirmatrelvir and ritonavir",
"Aclasta is used to treat osteoporosis"). The BC5CDR model rarely takes such a name for a
chemical, so the page's main drug, the subject of every "It is used to treat ...", goes missing.

The component reads the page the way Hearst (1992) read hyponyms off "X is a Y" patterns: a
capitalised name that the page states to be a medicine (INTRO: "X is a/an ... medicine / pill /
injection / antiviral / biosimilar / modulator / inhibitor ...", "X is used/approved/licensed to treat ...";
MARKED: "X®"; BRACKETED: "X (generic ...)" with a generic the lexicons know; EXAMPLED: "C1-INH
concentrates, such as Berinert and Cinryze"; APPOSED: "Two products, Rebyota and Vowst, are") becomes a
DRUG at every place the page writes it, with no concept (no ID rather than a wrong ID).
Guards: the name is never written in lower case on the page (a sentence-initial common word such
as "Treatment" is), is no stop word and no agency (resources/agencies.txt), is at least 4
characters, and is not already an entity of another kind where it is introduced, unless that entity
has no concept and the name is not only listed as an example (the model calls "Descovy" a disease). The pubtator
command and `make bench-ner` turn it off (annotate.drug_names): BC5CDR abstracts are not pages.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from .lexicon import agency, lookup
from .matcher import concepts

LABEL = "DRUG"
# a capitalised name, maybe two words ("Spiriva Respimat", "Trokendi XR"), maybe its generic in brackets
NAME = (r"(?P<name>[A-Z][a-z][A-Za-z0-9]{2,}(?:[ -](?:[A-Z][A-Za-z0-9]+))?)(?:\s*\([^()]{1,60}\))?"
        r"(?:,\s+an?\s+[^,;.]{3,80},)?,?\s+")  # also "Xonvea, a tablet combining doxylamine and pyridoxine, is ..."
INTRO = re.compile(
    r"(?<![\w-])" + NAME + r"(?:is|are)\s+(?:also\s+|now\s+|only\s+)?"
    r"(?:(?:an?|the|one)\s+(?:[\w/()-]+\s+){0,5}?(?:medicines?|medications?|drugs?|pills?|tablets?|capsules?|injections?|"
    r"infusions?|antivirals?|antibiotics?|antibod(?:y|ies)|inhalers?|nasal sprays?|biosimilars?|vaccines?|"
    r"(?:inhibitor|blocker|modulator|agonist|antagonist)s?|"  # "Kaftrio is a CFTR modulator"
    r"(?:combination|brand)(?: name)? (?:of|for))\b"
    r"|(?:(?:FDA|EMA|MHRA|TGA)[- ])?(?:used|approved|prescribed|licensed|indicated|authori[sz]ed)\s+(?:to|for|in)\b)")


# a brand by its mark ("Stalevo®"), one word not after another capitalised word ("Mayo Clinic®")
MARKED = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z][A-Za-z0-9]{2,})\s?[®™]")
AFTER_NAME = re.compile(r"\b[A-Z][\w'-]*[ \t]$")
# a brand with its generic in brackets: "Jelmyto (mitomycin for pyelocalyceal solution)", "Nucala (mepolizumab)"
BRACKETED = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z][A-Za-z0-9]{2,})\s\((?:(?:extended|modified|slow|sustained|prolonged|delayed)[- ]release\s+)?"
                       r"(?P<generic>[a-z][a-z-]{3,})[\s,)]")  # also "Lumryz (extended-release sodium oxybate)"


# brands given as examples of a kind of medicine: "C1-INH concentrates made from donated plasma, such as
# Berinert and Cinryze"; each capitalised name of the list (lower-case generics in it are the lexicon's)
EXAMPLED = re.compile(r"\b(medicines?|medications?|drugs?|concentrates?|inhibitors?|blockers?|antibiotics?|antivirals?|"
                      r"antibod(?:y|ies)|biologics?|injections?|inhalers?|pens?|treatments?)\b[^.;:()]{0,60}?"
                      r"\b(?:such as|including|e\.g\.,?)\s+(?P<list>[^.;:]{3,160})")
# brands in apposition to a plural kind of medicine: "Two microbiome products, Rebyota and Vowst, are used to"
APPOSED = re.compile(r"\b(medicines|medications|drugs|products|treatments|therapies|biologics|antibiotics|injections)"
                     r",\s+(?P<list>[A-Z][^.;:,]{2,40}(?:,\s+[A-Z][^.;:,]{2,40})*,?\s+(?:and|or)\s+[A-Z][^.;:,]{2,40}),"
                     r"\s+(?:are|were|have|both|can|may)\b")
EXAMPLE_ITEM = re.compile(r"(?P<name>[A-Z][a-z][A-Za-z0-9]{2,}(?: [A-Z][A-Za-z0-9]+)?)(?:\s*\([^()]{1,60}\))?")
EXAMPLE_SPLIT = re.compile(r"\s*,\s*(?:and|or)?\s*|\s+(?:and|or)\s+")


def exampled(text: str) -> list[tuple[str, int]]:
    """The capitalised names listed as examples after a kind of medicine, with their offsets."""
    out = []
    for m in [*EXAMPLED.finditer(text), *APPOSED.finditer(text)]:
        at = m.start("list")
        for part in EXAMPLE_SPLIT.split(m.group("list")):
            at = text.index(part, at)
            item = EXAMPLE_ITEM.fullmatch(part.strip())
            if item is None:
                break  # the list ends ("..., are given into a vein")
            out.append((item.group("name"), at + part.index(item.group("name"))))
            at += len(part)
    return out


def introductions(text: str) -> dict[str, tuple[int, bool]]:
    """Names the text introduces as a medicine -> (offset of the first introduction, whether an
    introduction sentence, a mark or a bracketed generic introduces it: evidence that outweighs the
    model's other label without a concept -- "Descovy is approved to prevent HIV"; a brand listed as
    an example is not)."""
    out: dict[str, tuple[int, bool]] = {}
    found = [(m.group("name"), m.start("name"), True) for m in [  # "Descovy (emtricitabine/tenofovir ...)" too
        *INTRO.finditer(text), *(m for m in MARKED.finditer(text) if not AFTER_NAME.search(text, 0, m.start())),
        *(m for m in BRACKETED.finditer(text) if known_drug(m.group("generic")))]]
    found += [(name, at, False) for name, at in exampled(text)]
    for name, start, evidence in sorted(found, key=lambda f: f[1]):
        first = name.split()[0]
        if (first.lower() in STOP_WORDS or agency(name) or agency(first)
                or (not known_drug(name) and re.search(r"(?<![\w-])" + re.escape(first.lower()) + r"(?![\w-])", text))):
            continue  # "Treatment is ...": a common word; "The FDA ...": an agency
        at, strong = out.get(name, (start, False))
        out[name] = (at, strong or evidence)
    return out


def known_drug(name: str):
    """The lexicon concept of a drug that the matcher keeps out of running text (a protein or
    MeSH-only entry: "Tenecteplase", "Somatropin"), which the page itself introduces as a medicine."""
    c = lookup(name)
    return c if c is not None and c.label == "DRUG" and c.concept_id else None


@Language.factory("drug_names")
def make_drug_names(nlp: Language, name: str) -> "DrugNames":
    return DrugNames()


class DrugNames:
    def __call__(self, doc: Doc) -> Doc:
        names = introductions(doc.text)
        if not names:
            return doc
        ents = list(doc.ents)
        info = concepts(doc)
        new: list[Span] = []
        for name, (at, strong) in names.items():
            here = [e for e in ents if e.start_char < at + len(name) and at < e.end_char]
            if strong:  # "Descovy (emtricitabine with ...)": a model label without a concept gives way
                unsure = [e for e in ents if e.label_ != LABEL and e.text == name and not info.get((e.start_char, e.end_char), ("",))[0]]
                ents = [e for e in ents if e not in unsure]
                here = [e for e in here if e not in unsure]
            if any(e.label_ != LABEL for e in here):
                continue  # the model or a lexicon calls it something else where it is introduced
            known = known_drug(name)
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc.text, re.I if known else 0):
                span = doc.char_span(m.start(), m.end(), label=LABEL)
                if span is None or any(e.start < span.end and span.start < e.end for e in ents + new):
                    continue
                new.append(span)
                info[(span.start_char, span.end_char)] = ((known.concept_id, known.name, known.vocabulary, "lexicon")
                                                          if known else ("", "", "", "pattern"))
        if new or len(ents) != len(doc.ents):
            doc.ents = sorted(ents + new, key=lambda x: x.start)
        return doc
