"""organism_matcher: micro-organisms and parasites named as the cause of an infection.

Drug labels and antibiotic pages list pathogens ("infections caused by susceptible strains of
Staphylococcus aureus, E. coli or Proteus mirabilis").  They are neither diseases nor drugs:
the BC5CDR model calls some of them diseases ("Neisseria"), which would make them TREATS
objects.  This component finds them as ORGANISM entities from resources/organisms.tsv:

* a listed genus with a species epithet ("Escherichia coli"), or the genus's initial with one
  ("E. coli"), the epithet a lower-case Latin word (binomial nomenclature);
* a listed genus alone ("Salmonella"), unless the model or a lexicon took the word for a
  disease ("Chlamydia is a common STI": consumer pages name infections so);
* a listed group noun ("streptococci", "gram-negative bacteria").

An organism replaces the entities it overlaps, except a longer entity that contains it
("Escherichia coli infections", "Helicobacter pylori infection" stay diseases); an entity
that runs on past it keeps its rest ("pyogenes infections" of "S. pyogenes infections" ->
"infections"; "infection" of "(H. pylori) infection").  The relate stage records the
organisms of a TREATS clause as its `pathogen`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .lexicon import resource_rows
from .matcher import concepts

LABEL = "ORGANISM"
# Endings of Latin species epithets: coli, aureus, pyogenes, pneumoniae, albicans, difficile ...
EPITHET = re.compile(r"[a-z]{2,}(?:us|a|um|i|ae|is|es|e|ii|ans|ens|ax|ix|ex|on)")
# Lower-case English words with such endings that follow a genus and are no epithet.
# (Stop words are no epithets either: see `epithet`.)
NOT_EPITHET = {"species", "strains", "isolates", "infections", "infection", "bacteria", "organisms", "spp",
               "sepsis", "disease", "diseases", "type", "types", "group", "groups", "include", "includes",
               "vaccine", "vaccines", "toxin", "toxins", "colitis", "pneumonia", "meningitis", "bacteremia",
               "endocarditis", "urinae", "like", "cause", "causes", "resistance", "resistant"}


@lru_cache(maxsize=1)
def table() -> tuple[frozenset[str], tuple[str, ...]]:
    """(genera, group nouns) of resources/organisms.tsv (columns term, kind), checked: a genus
    is one capitalized word, a group is lower case; anything else is an error naming the line."""
    genera, groups = set(), []
    for n, row in enumerate(resource_rows("organisms.tsv"), start=2):
        where = f"resources/organisms.tsv: data line {n} {row!r}"
        term, kind = row.get("term") or "", row.get("kind")  # a wrong header fails here too
        if kind == "genus" and re.fullmatch(r"[A-Z][a-z]+", term):
            genera.add(term)
        elif kind == "group" and term == term.lower() and term.strip() == term:
            groups.append(term)
        else:
            raise ValueError(f"{where}: a genus is one capitalized word, a group lower case")
    return frozenset(genera), tuple(groups)


# clipped epithets that pages write for a whole species ("C. diff" for Clostridioides difficile)
CLIPPED = {"diff"}


def epithet(token) -> bool:
    t = token.text
    return (token.is_lower and t not in NOT_EPITHET and t not in STOP_WORDS
            and (EPITHET.fullmatch(t) is not None or t in CLIPPED))


@Language.factory("organism_matcher")
def make_organism_matcher(nlp: Language, name: str) -> "OrganismMatcher":
    return OrganismMatcher(nlp)


class OrganismMatcher:
    def __init__(self, nlp: Language) -> None:
        self.genera, groups = table()
        self.initials = {g[0] for g in self.genera}
        self.groups = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.groups.add(LABEL, [nlp.make_doc(g) for g in groups])

    def spans(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """(start, end, bare genus) token spans of the organisms of doc, left to right, no overlaps."""
        found: list[tuple[int, int, bool]] = []
        n = len(doc)
        for i, tok in enumerate(doc):
            nxt = doc[i + 1] if i + 1 < n else None
            if tok.text in self.genera:
                if nxt is not None and tok.whitespace_ and epithet(nxt):
                    found.append((i, i + 2, False))
                else:
                    found.append((i, i + 1, True))
            elif (len(tok.text) == 1 and tok.text in self.initials and nxt is not None and nxt.text == "."
                  and not tok.whitespace_ and i + 2 < n and epithet(doc[i + 2])
                  and (i == 0 or doc[i - 1].is_space or doc[i - 1].whitespace_ or doc[i - 1].text in "([")):
                found.append((i, i + 3, False))  # "E. coli", "(H. pylori)"
        found += [(s, e, False) for _, s, e in self.groups(doc)]
        found.sort()
        out: list[tuple[int, int, bool]] = []
        for s, e, bare in found:
            if out and s < out[-1][1]:
                continue
            out.append((s, e, bare))
        return out

    def __call__(self, doc: Doc) -> Doc:
        orgs = self.spans(doc)
        if not orgs:
            return doc
        info = concepts(doc)
        ents = list(doc.ents)
        new: list[Span] = []
        for s, e, bare in orgs:
            over = [x for x in ents if x.start < e and s < x.end]
            if any(x.start <= s and e <= x.end and (x.end - x.start) > (e - s) for x in over):
                continue  # "Escherichia coli infections": a disease that names its organism
            if bare and any((x.start, x.end) == (s, e) for x in over):
                continue  # "Chlamydia is a common STI": a genus alone that the model or a lexicon calls a disease
            for x in over:
                ents.remove(x)
                info.pop((x.start_char, x.end_char), None)
                if x.start >= s and x.end > e:  # "pyogenes infections" of "S. pyogenes infections"
                    r = e
                    while r < x.end and (doc[r].is_punct or doc[r].is_space):
                        r += 1  # ") infection" of "(H. pylori) infection": the rest starts at a word
                    rest = Span(doc, r, x.end, label=x.label_)
                    if rest.text.strip():
                        ents.append(rest)
                        info[(rest.start_char, rest.end_char)] = ("", "", "", "model")
            span = Span(doc, s, e, label=LABEL)
            new.append(span)
            info[(span.start_char, span.end_char)] = ("", "", "", "lexicon")
        doc.ents = sorted(ents + new, key=lambda x: x.start)
        return doc
