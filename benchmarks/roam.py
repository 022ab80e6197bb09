"""Roam FDA-label TREATS sentences -> spaCy DocBin for an indication tagger (an experiment, not
shipped: benchmarks/results/rel_experiments.md).

    .venv/bin/python benchmarks/roam.py [--data DIR] [--out build/roam]
    .venv/bin/python -m spacy train configs/treats_roam.cfg --output build/treats_roam

Reads ``roam_drug_disease/roam_drug_disease_relations/training.json`` (crowd, 9,494 sentences,
the scheme of the expert ``test.json``) and writes ``fit.spacy`` and ``dev.spacy``: a sentence
goes to dev when the first hex digit of sha1(sentence_id) is 0 or 1 (1/8 of them), else to fit.
Each annotation becomes an entity of its label (TREATS, PREVENTS, CONTRAINDICATED_FOR,
UNRELATED) on the project tokenizer's tokens; a span whose edges fall inside a token is widened
to the token (counted in the report).  Sentences that also occur in ``test.json`` are left out
(none do in the published files).  ``test.json`` is read for that check only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TRAIN = "roam_drug_disease/roam_drug_disease_relations/training.json"
TEST = "roam_drug_disease/roam_drug_disease_relations/test.json"
LABELS = ("TREATS", "PREVENTS", "CONTRAINDICATED_FOR", "UNRELATED")


def data_dir(arg: str | None) -> Path:
    d = Path(arg or os.environ.get("PIPELINE_DATA") or (ROOT.parent / "shared" / "data"))
    if not (d / TRAIN).exists():
        sys.exit(f"skipped: {d / TRAIN} not found (set PIPELINE_DATA to the shared data directory)")
    return d


def split_of(sentence_id: str) -> str:
    return "dev" if hashlib.sha1(sentence_id.encode()).hexdigest()[0] in "01" else "fit"


def convert(data: Path, out: Path) -> dict:
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    from pipeline.tokenizer import build_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = build_tokenizer(nlp)
    test = {s["sentence"] for s in json.loads((data / TEST).read_text("utf-8"))} if (data / TEST).exists() else set()
    bins = {"fit": DocBin(), "dev": DocBin()}
    report: Counter = Counter()
    for s in json.loads((data / TRAIN).read_text("utf-8")):
        if s["sentence"] in test:
            report["in test, left out"] += 1
            continue
        doc = nlp.make_doc(s["sentence"])
        spans = []
        for a in s["annotations"]:
            sp = doc.char_span(a["start"], a["end"], label=a["label"])
            if sp is None:
                sp = doc.char_span(a["start"], a["end"], label=a["label"], alignment_mode="expand")
                report["widened to tokens"] += 1
            if sp is not None and len(sp):
                spans.append(sp)
                report[a["label"]] += 1
        kept = filter_spans(spans)
        report["overlapping, dropped"] += len(spans) - len(kept)
        doc.ents = kept
        part = split_of(s["sentence_id"])
        bins[part].add(doc)
        report[f"sentences {part}"] += 1
    out.mkdir(parents=True, exist_ok=True)
    for part, db in bins.items():
        db.to_disk(out / f"{part}.spacy")
    return dict(sorted(report.items()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data")
    ap.add_argument("--out", default=str(ROOT / "build" / "roam"))
    a = ap.parse_args(argv)
    print(json.dumps(convert(data_dir(a.data), Path(a.out)), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
