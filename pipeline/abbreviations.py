"""abbreviation_linker: short forms take the label and concept of their long form.

Runs after scispaCy's ``abbreviation_detector`` (Schwartz & Hearst, 2003, "A simple
algorithm for identifying abbreviation definitions in biomedical text"), which finds
"long form (SF)" definitions and every later occurrence of SF in the document.  Each
occurrence becomes an entity with the long form's label and concept (source
"abbreviation"), replacing any entity it overlaps, unless a longer entity already
contains it.  A short form used without a definition and with no concept takes that of the
one normalized entity of its kind in the document it abbreviates ("DOX" / "doxorubicin").
Only an entity that ends the long form counts (its head: "inducible nitric
oxide synthase (iNOS)" is not a chemical), also one that runs on before it ("Active polyarticular
juvenile idiopathic arthritis (PJIA)"); a short form whose long form ends no entity is none
itself where no lexicon knows it ("homologous recombination deficiency (HRD)").  Lower-case short forms and long forms across lines are not taken.
A capitalized word in brackets after a drug that no lexicon knows is its brand name and takes
its concept the same way ("gabapentin enacarbil (Horizant)", also a bracketed list "(Zytiga,
Yonsa)"), and so do the names a page calls its brands ("It is sold under the brand names Zytiga
and Yonsa"; `brands`).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .genes import HEADS
from .matcher import concepts


def concept_id(info: dict, span: Span) -> str:
    """The concept ID doc._.concepts holds for an entity ("" when it has none)."""
    return info.get((span.start_char, span.end_char), ("",))[0]


def gene_symbol(span: Span) -> bool:
    """A biomarker in brackets before "gene(s)": "the huntingtin (HTT) gene" spells out a gene, no
    drug or disease, and its symbol stays a biomarker."""
    doc = span.doc
    return (span.label_ == "BIOMARKER" and span.end + 1 < len(doc) and doc[span.end].text == ")"
            and doc[span.end + 1].lower_ in HEADS)


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
        drop: set[tuple[int, int]] = set()
        for short in doc._.abbreviations:
            long = short._.long_form
            if long is None or not plausible(short, long):
                continue
            if not any(e.end == long.end and e.start < long.end for e in ents + new):
                # the long form names no drug or disease ("homologous recombination deficiency
                # (HRD)"): neither does its short form, where no lexicon knows it
                drop |= {(e.start, e.end) for e in ents if e.start == short.start and e.end == short.end
                         and not concept_id(info, e) and not gene_symbol(e)}
            # the long form's head must be the entity: "epithelial sodium channel (ENaC)" is no
            # chemical, "spontaneously hypertensive rats (SHR)" no disease
            # (also one that runs on before it: "Active polyarticular juvenile idiopathic arthritis (PJIA)")
            # (also a short form defined before: "Familial hypercholesterolemia (FH) ... Heterozygous FH (HeFH)")
            match = [e for e in ents + new if e.end == long.end and e.start < long.end]
            if not match:
                continue
            best = max(match, key=lambda e: e.end - e.start)
            if best.label_ == "ORGANISM" and any(
                    (e.start, e.end, e.label_) == (short.start, short.end, "DISEASE") and concept_id(info, e)
                    for e in ents):
                continue  # "Respiratory syncytial virus (RSV)": the short form names the infection ("RSV causes a cough")
            inside = [e for e in ents if e.start <= short.start and short.end <= e.end and len(e) > len(short)]
            if inside and not (best.label_ == "DISEASE" and all(
                    e.label_ == "BIOMARKER" and e.start == short.start and e[-1].lower_ in HEADS for e in inside)):
                continue  # already inside a longer entity ("PDGFR gene rearrangements"); but the short form of a
                # disease before "gene" stays the disease ("adenomatous polyposis coli (APC) ... the APC gene")
            cid, name, vocab, _ = info.get((best.start_char, best.end_char), ("", "", "", ""))
            start = short.start
            if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                    and not doc[start - 1].whitespace_ and PREFIX.fullmatch(doc[start - 2].text):
                start -= 2  # "B-ALL": a subtype letter glued to the short form is part of the name
            span = Span(doc, start, short.end, label=best.label_)
            new.append(span)
            info[(span.start_char, span.end_char)] = (cid, name, vocab, "abbreviation")
        new += self.plurals(doc, info, ents, new)
        if new or drop:
            keep = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in new)
                    and (e.start, e.end) not in drop]
            doc.ents = filter_spans(keep + new)
        self.brands(doc, info)
        self.synonyms(doc, info)
        self.restated(doc, info)
        self.undefined(doc, info)
        return doc

    @staticmethod
    def plurals(doc: Doc, info: dict, ents: list[Span], short: list[Span]) -> list[Span]:
        """A defined short form in the plural ("GIST" ... "Most GISTs", "UTI" ... "UTIs") takes its
        label and concept where it is no entity or one with no concept (the model calls "GISTs" a chemical)."""
        forms = {e.text + "s": e for e in short if UPPER_SHORT.fullmatch(e.text)}
        out = []
        for t in doc:
            e = forms.get(t.text)
            if e is None:
                continue
            over = [o for o in ents if o.start <= t.i < o.end]
            if any(concept_id(info, o) or len(o) > 1 for o in over):
                continue
            out.append(Span(doc, t.i, t.i + 1, label=e.label_))
            info[(t.idx, t.idx + len(t.text))] = (*info[(e.start_char, e.end_char)][:3], "abbreviation")
        return out

    @staticmethod
    def restated(doc: Doc, info: dict) -> None:
        """A short form defined after a comma ("dual antiplatelet therapy, or DAPT", "digital rectal
        examination, or DRE") whose long form names no drug or disease names no lexicon entry that
        spells the same (a chemical "DAPT", "DRE" for dutasteride): it keeps no concept, here and
        wherever it recurs. (With an entity as long form the short form stays as it is: "respiratory
        syncytial virus, or RSV" names the infection.)"""
        ents = list(doc.ents)
        fixed: set[str] = set()
        for e in ents:
            key = (e.start_char, e.end_char)
            if not UPPER_SHORT.fullmatch(e.text) or key not in info or info[key][3] == "abbreviation":
                continue
            before = COMMA_OR.search(doc.text, max(0, e.start_char - 80), e.start_char)
            if before is None:
                continue
            words = list(re.finditer(r"[\w'-]+", before.group("long")))
            tail = next((doc.text[w.start() + before.start("long"):before.end("long")] for w in reversed(words[:-1])
                         if w.group(0)[0].lower() == e.text[0].lower()
                         and abbreviates(e.text, before.group("long")[w.start():])), None)
            if tail is None:
                continue
            end = before.start("long") + len(before.group("long"))
            if not any(o.end_char > end - len(tail) and o.start_char < end for o in ents):
                fixed.add(e.text)
        for e in ents:
            if e.text in fixed and (e.start_char, e.end_char) in info:
                info[(e.start_char, e.end_char)] = ("", "", "", "abbreviation")

    @staticmethod
    def brands(doc: Doc, info: dict) -> None:
        """Capitalized words in brackets right after a drug ("gabapentin enacarbil (Horizant)",
        "bortezomib (Velcade®)", "abiraterone (Zytiga, Yonsa)"), after a brand-name phrase ("sold under
        the brand names Zytiga and Yonsa": the drug of that sentence or the one before), or right before one with its biosimilar suffix ("Wezlana
        (ustekinumab-auub)"), or paired with one in the page's title (`title_brands`), is its brand name when no lexicon knows the word: it takes the
        drug's label and concept there and wherever it recurs, replacing what the model made of
        it (the model calls "Horizant" a disease)."""
        ents = list(doc.ents)
        known = {(e.start, e.end) for e in ents if concept_id(info, e)}
        brand: dict[str, Span] = {}
        for e in ents:
            i = e.end
            if e.label_ != "DRUG" or not concept_id(info, e) or i + 2 >= len(doc):
                continue
            for j in bracket_brands(doc, i):  # "abiraterone (Zytiga, Yonsa)"
                if (j, j + 1) not in known:
                    brand.setdefault(doc[j].text, e)
            # "Wezlana (ustekinumab-auub)": a biosimilar's brand before its generic and suffix
            end = e.end + 2 if e.end + 2 < len(doc) and doc[e.end].text == "-" and doc[e.end + 1].is_lower else e.end
            if (e.start >= 2 and doc[e.start - 1].text == "(" and end < len(doc) and doc[end].text == ")"
                    and brand_word(doc[e.start - 2].text)
                    and (e.start - 2, e.start - 1) not in known and not doc[e.start - 2].is_sent_start):
                brand.setdefault(doc[e.start - 2].text, e)
        for name, e in title_brands(doc, ents, info):  # the title "Maviret (glecaprevir/pibrentasvir)"
            brand.setdefault(name, e)
        for m in BRAND_NAMES.finditer(doc.text):  # "It is sold under the brand names Zytiga and Yonsa"
            drug = named_drug(doc, ents, info, m.start())
            if drug is None:
                continue
            for w in re.finditer(r"[A-Z][A-Za-z-]+", m.group("names")):
                span = doc.char_span(m.start("names") + w.start(), m.start("names") + w.end())
                if span is not None and len(span) == 1 and brand_word(w.group(0)) and (span.start, span.end) not in known:
                    brand.setdefault(w.group(0), drug)
        if brand:
            tag_words(doc, info, brand, lambda o: (o.start, o.end) in known)

    @staticmethod
    def synonyms(doc: Doc, info: dict) -> None:
        """A word no entity covers, glossed with the former name of a normalized disease ("mpox
        (previously known as monkeypox)", "mpox, formerly called monkeypox"), names that disease: it takes
        its label and concept there and wherever it recurs (a renamed disease the lexicons do not know yet)."""
        ents = list(doc.ents)
        names: dict[str, Span] = {}
        for m in SYNONYM.finditer(doc.text):
            e = next((e for e in ents if e.start_char == m.start("other") and e.label_ == "DISEASE" and concept_id(info, e)), None)
            word = doc.char_span(m.start("word"), m.end("word"))
            if e is None or word is None or len(word) != 1 or any(o.start <= word.start < o.end for o in ents):
                continue
            names.setdefault(m.group("word").lower(), e)
        if names:
            tag_words(doc, info, names, lambda o: True, fold=True)

    @staticmethod
    def undefined(doc: Doc, info: dict) -> None:
        """A short form used without a definition ("DOX", "CsA"; a defined one whose long form has
        no concept stays without) and with no concept of its own
        takes the concept of the one normalized entity of its kind in the document whose text
        it abbreviates (`abbreviates`: "doxorubicin", "cyclosporin A")."""
        ents = list(doc.ents)
        for e in ents:
            key = (e.start_char, e.end_char)
            if key not in info or info[key][0] or info[key][3] == "abbreviation" or not SHORT_FORM.fullmatch(e.text):
                continue
            drug = e.label_ == "DRUG"
            cands = {info[k][:3] for o in ents
                     if (o.label_ == "DRUG") == drug and info.get(k := (o.start_char, o.end_char), ("",))[0]
                     and len(o.text) > len(e.text) + 1 and abbreviates(e.text, o.text)}
            if len(cands) == 1:
                info[key] = (*cands.pop(), info[key][3])


# "mpox (previously known as monkeypox)", "mpox, formerly called monkeypox": a renamed disease and its former name
SYNONYM = re.compile(r"\b(?P<word>[A-Za-z][a-z-]{2,})\s*(\(|,)\s*(previously|formerly|once|originally)\s+"
                     r"(known as|called|named|referred to as)\s+(?P<other>\w)")
# "sold under the brand names Zytiga and Yonsa", "brand name: Gilenya", "marketed as Xtandi"
BRAND_NAMES = re.compile(r"\b(?:brand names?|sold (?:under|as)|marketed (?:under|as))(?:\s+(?:the|brand|names?|is|are|include|includes))*"
                         r"\s*:?\s+(?P<names>[A-Z][a-z]{2,}[A-Za-z-]*[®™]?(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*/\s*)[A-Z][a-z]{2,}[A-Za-z-]*[®™]?){0,4})")


def tag_words(doc: Doc, info: dict, names: dict[str, Span], blocked, fold: bool = False) -> None:
    """Each token named in `names` (its text, lower-cased with `fold`) that no `blocked` entity covers becomes an
    entity with the label and concept of the entity it names (source "abbreviation"), replacing what overlaps it."""
    ents = list(doc.ents)
    new = []
    for t in doc:
        e = names.get(t.lower_ if fold else t.text)
        if e is not None and not any(o.start <= t.i < o.end and blocked(o) for o in ents):
            new.append(Span(doc, t.i, t.i + 1, label=e.label_))
            info[(t.idx, t.idx + len(t.text))] = (*info[(e.start_char, e.end_char)][:3], "abbreviation")
    keep = [o for o in ents if not any(o.start < s.end and s.start < o.end for s in new)]
    doc.ents = filter_spans(keep + new)


def brand_word(text: str) -> bool:
    """One capitalized word that may be a brand: not a form or route ("(Oral)")."""
    return BRAND.fullmatch(text) is not None and text.lower() not in NOT_BRAND


# a name with a bracket after it in a title: "Maviret (glecaprevir/pibrentasvir) - HepCBC"
TITLE_PAIR = re.compile(r"(?P<before>[^()]*?)\s*\((?P<inside>[^()]+)\)")
TITLE_LINKS = re.compile(r"\s*(?:,|/|\bor\b|\band\b)\s*")


def title_brands(doc: Doc, ents: list[Span], info: dict) -> list[tuple[str, Span]]:
    """Brand names that the page's title (doc.user_data["title"]) pairs with a drug of the page:
    "Maviret (glecaprevir/pibrentasvir)" (the brand first) or "Abatacept (Orencia, Orencia ClickJect)"
    (the brands in brackets), each with the page's first normalized drug named on the other side.  A
    page that calls its medicine by a brand no lexicon knows then names its drug in every sentence.
    A word the page also writes in lower case is a common word, no brand ("Insulin (Human)")."""
    title = doc.user_data.get("title", "") if doc.user_data else ""
    drugs = [e for e in ents if e.label_ == "DRUG" and concept_id(info, e)]
    if not title or not drugs:
        return []
    words = set(re.findall(r"[A-Za-z][A-Za-z-]*", doc.text))

    def drug_in(text: str) -> Span | None:
        hits = [(m.start(), e.start, e) for e in drugs
                if (m := re.search(rf"(?<!\w){re.escape(e.text)}(?!\w)", text, re.IGNORECASE))]
        return min(hits, key=lambda h: (h[0], -len(h[2].text), h[1]))[2] if hits else None  # "Insulin degludec", not "insulin"

    def brand(word: str) -> bool:
        return brand_word(word) and word in words and word.lower() not in words

    out = []
    for m in TITLE_PAIR.finditer(title):
        before = re.findall(r"[^\s®™]+", m["before"])
        names = [n.strip("®™ ") for n in TITLE_LINKS.split(m["inside"].strip())]
        if before and brand(before[-1]) and (d := drug_in(m["inside"])) is not None:
            out.append((before[-1], d))  # "Maviret (glecaprevir/pibrentasvir)"
        elif names and all(brand(n) for n in names) and (d := drug_in(m["before"])) is not None:
            out.extend((n, d) for n in names)  # "Abatacept (Orencia)"
    return out


def bracket_brands(doc: Doc, i: int) -> list[int]:
    """Token indices of the brand words in brackets opening at i: "(Horizant)", "(Zytiga, Yonsa)",
    "(Lupron or Eligard)"; none when anything else stands inside."""
    if i >= len(doc) or doc[i].text != "(":
        return []
    out, j = [], i + 1
    while j < len(doc) and j <= i + 12 and doc[j].text != ")":
        w = doc[j].text
        if w in MARKS or w in (",", "or", "and", "/"):
            pass
        elif brand_word(w):
            out.append(j)
        else:
            return []
        j += 1
    return out if j < len(doc) and doc[j].text == ")" else []


def named_drug(doc: Doc, ents: list[Span], info: dict, at: int) -> Span | None:
    """The normalized drug a brand-name phrase at char `at` names: the last one before it in its
    sentence, else the first of the sentence before ("Abiraterone acetate is ... It is sold as ...")."""
    sent = doc.char_span(at, at + 1, alignment_mode="expand")
    if sent is None:
        return None
    s = sent[0].sent
    drugs = [e for e in ents if e.label_ == "DRUG" and concept_id(info, e)]
    here = [e for e in drugs if s.start <= e.start and e.end_char <= at]
    if here:
        return here[-1]
    prev = doc[s.start - 1].sent if s.start > 0 else None
    before = [e for e in drugs if prev is not None and prev.start <= e.start < prev.end]
    return before[0] if before else None


PREFIX = re.compile(r"[A-Z0-9]{1,2}")  # "B-" of "B-ALL", "T-" of "T-ALL"
# a brand name: one capitalized word, not all capitals (that is an abbreviation: "(HCQ)")
BRAND = re.compile(r"[A-Z][a-z]{2,}[A-Za-z-]*")
MARKS = {"®", "™", "(R)"}
# bracketed words after a drug that name its form or route, not a brand ("Metformin (Oral)")
NOT_BRAND = {"oral", "tablet", "tablets", "capsule", "capsules", "injection", "injectable", "topical", "generic",
             "brand", "liquid", "solution", "suspension", "cream", "ointment", "gel", "patch", "inhaler",
             "intravenous", "subcutaneous", "extended-release", "route", "systemic", "ophthalmic", "nasal"}

# a short form in capitals and the long form it restates after a comma: "dual antiplatelet therapy, or DAPT"
UPPER_SHORT = re.compile(r"[A-Z][A-Z0-9]{1,5}")
COMMA_OR = re.compile(r"(?P<long>[A-Za-z][\w' -]{3,60}?),\s+(or|also called|also known as|known as|called)\s+$")
# an undefined short form: 2-6 letters/digits/hyphens, starting with a letter, one capital at least
SHORT_FORM = re.compile(r"(?=[^\s]*[A-Z])[A-Za-z][A-Za-z0-9-]{1,5}")


def abbreviates(short: str, long: str) -> bool:
    """Schwartz & Hearst's test: the short form's letters and digits occur in the long form in
    order, the first one at the start of a word ("PAN" / "puromycin aminonucleoside")."""
    chars = [c for c in short.lower() if c.isalnum()]
    text = long.lower()
    i = len(text) - 1
    for k in range(len(chars) - 1, -1, -1):
        while i >= 0 and (text[i] != chars[k] or (k == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
        i -= 1
    return True
