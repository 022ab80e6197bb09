"""Build pipeline/resources/corpus_names.tsv: names -> MeSH IDs as the BC5CDR *training* set's
annotators normalized them, for mentions that neither lexicon package nor MeSH 2024 names
("17beta-estradiol", "blood urea nitrogen", "extrapyramidal symptoms", "neuropathy").

The dictionary-of-training-mentions baseline of concept normalization (as in TaggerOne,
Leaman & Lu 2016, which also learns from the BC5CDR training names).  Only the training split
is read; the development split measures it, the test split reports.  A name is kept when:
- at least MAJORITY of its training mentions carry one ID, not -1 and not a composite
  ("D001|D002");
- a name without spaces of at most ABBREV_CHARS characters (a short form: "DOX", "PAN") was seen
  in at least ABBREV_DOCS abstracts, since short forms are defined per document;
- a descriptor ID (D...) is still a MeSH 2024 descriptor (its heading becomes the name, C23-only
  headings are CONDITION); supplementary concept IDs (C...) cannot be checked against the
  descriptor tables and keep the most frequent spelling as their name.

Used only as the last fallback for the ID of a mention the model found (pipeline/matcher.py
model_concept), never to find mentions and never over a lexicon concept.

    .venv/bin/python benchmarks/build_corpus_names.py   (data: $PIPELINE_DATA, default ../shared/data)
"""
from __future__ import annotations

import csv
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.pubtator import read_pubtator  # noqa: E402

DATA = Path(os.environ.get("PIPELINE_DATA") or ROOT.parent / "shared" / "data")
TRAIN = DATA / "bc5cdr" / "CDR_TrainingSet.PubTator.txt"
MESH = (DATA / "lexicon" / "mesh2024_chemicals_drugs_D.tsv", DATA / "lexicon" / "mesh2024_diseases_C_F03.tsv")
OUT = ROOT / "pipeline" / "resources" / "corpus_names.tsv"
MAJORITY = 0.8  # share of a name's training mentions with its ID (dev: 0.8 and 0.9 alike)
ABBREV_CHARS = 6  # a name this short without a space is a short form ...
ABBREV_DOCS = 3  # ... kept only when this many abstracts use it with the same ID
LABEL = {"Chemical": "DRUG", "Disease": "DISEASE"}


def descriptors() -> dict[str, tuple[str, list[str]]]:
    out = {}
    for path in MESH:
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                out[r["mesh_id"]] = (r["preferred_name"], (r["tree_numbers"] or "").split("|"))
    return out


def build() -> list[tuple[str, str, str, str]]:
    mesh = descriptors()
    ids: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    spellings: dict[str, Counter] = defaultdict(Counter)
    docs: dict[str, set] = defaultdict(set)
    for doc in read_pubtator(TRAIN, types=tuple(LABEL)):
        for a in doc.annotations:
            name = " ".join(a.text.lower().split())
            ids[name][a.concept_id.replace("MESH:", "").strip()] += 1
            types[name][a.type] += 1
            spellings[name][a.text] += 1
            docs[name].add(doc.pmid)
    rows = []
    for name, c in sorted(ids.items()):
        cid, n = c.most_common(1)[0]
        if len(name) < 3 or cid in ("-1", "") or "|" in cid or n < MAJORITY * sum(c.values()):
            continue
        if " " not in name and len(name) <= ABBREV_CHARS and len(docs[name]) < ABBREV_DOCS:
            continue
        label = LABEL[types[name].most_common(1)[0][0]]
        if cid.startswith("D"):
            if cid not in mesh:
                continue  # a descriptor MeSH has dropped or replaced since 2015
            heading, trees = mesh[cid]
            if label == "DISEASE" and trees and all(t.startswith("C23") for t in trees):
                label = "CONDITION"
        else:
            heading = spellings[name].most_common(1)[0][0]
        rows.append((name, label, cid, heading))
    return rows


def main() -> int:
    if not TRAIN.is_file() or not all(p.is_file() for p in MESH):
        print(f"BC5CDR train or the MeSH tables not found under {DATA}: set PIPELINE_DATA", file=sys.stderr)
        return 2
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("# Names -> MeSH IDs as the BC5CDR training set's annotators normalized them, built by\n"
                "# benchmarks/build_corpus_names.py (see there which names are kept). Used only for the ID of a\n"
                "# mention the model found that no lexicon knows (pipeline/matcher.py), never to find mentions.\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["term", "label", "mesh_id", "name"])
        w.writerows(rows)
    print(f"{OUT}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
