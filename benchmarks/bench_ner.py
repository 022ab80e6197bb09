"""`make bench-ner`: the extractors side by side on BC5CDR test and NCBI Disease test.

Rows: lexicon only (the PyPI lexicons through our matcher), model only (the bundled
BC5CDR model + abbreviations, entities normalized from the lexicons), model + lexicon
(annotate.prefer = "model": the model's spans win overlaps, lexicon terms that may stand
alone are added) and lexicon + model (prefer = "lexicon", the pipeline default: a term also
replaces the model spans it covers; see pipeline/matcher.py LexiconMatcher.merge).
Columns: BC5CDR strict and overlap P/R/F1 per type and overall (character offsets
against the PubTator gold, scored by benchmarks/score_ner.py), NCBI Disease F1
(Disease; its four mention classes as one), normalization accuracy (share of BC5CDR
gold mentions with a MeSH ID whose overlapping same-type prediction has that ID; and the same
with the gold restated in MeSH 2024, see mesh2024_upgrades),
words per second of the whole annotate pipeline (one process), model size.
Test sets are only reported on, never used to choose anything: tune with --split dev.

    .venv/bin/python benchmarks/bench_ner.py [--split test|dev|train] [--variant NAME ...]
    (data: $PIPELINE_DATA, default ../shared/data; test -> benchmarks/results/ner.{md,json},
    dev -> ner_dev.{md,json}; with --variant only printed)
"""
from __future__ import annotations

import argparse
import copy
import csv
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.score_ner import dir_size, score_spans  # noqa: E402
from pipeline import config, nlp as nlp_mod, pubtator_io  # noqa: E402
from pipeline.pubtator import read_pubtator  # noqa: E402

DATA = Path(os.environ.get("PIPELINE_DATA") or ROOT.parent / "shared" / "data")
SPLITS = {"test": ("CDR_TestSet.PubTator.txt", "NCBItestset_corpus.txt"),
          "dev": ("CDR_DevelopmentSet.PubTator.txt", "NCBIdevelopset_corpus.txt"),
          "train": ("CDR_TrainingSet.PubTator.txt", "NCBItrainset_corpus.txt")}
BC5CDR = DATA / "bc5cdr" / SPLITS["test"][0]
NCBI = DATA / "ncbi_disease" / SPLITS["test"][1]
NCBI_TYPES = {t: "Disease" for t in ("SpecificDisease", "DiseaseClass", "Modifier", "CompositeMention")}
MODEL = "models/ner_bc5cdr"
RESULTS = ROOT / "benchmarks" / "results"


def variants() -> dict[str, dict]:
    base = config.load(ROOT / "pipeline.toml")
    out = {}
    for name, ner, merge, prefer in [("lexicon", "lexicon", True, "model"), ("model", MODEL, False, "model"),
                                     ("model+lexicon", MODEL, True, "model"), ("lexicon+model", MODEL, True, "lexicon")]:
        if ner != "lexicon" and nlp_mod.model_path(ner) is None:
            continue
        c = copy.deepcopy(base)
        c["annotate"]["ner"], c["annotate"]["merge"], c["annotate"]["prefer"] = ner, merge, prefer
        c["annotate"]["symptom_lists"] = False  # as the pubtator command runs
        c["annotate"]["drug_classes"] = False
        c["annotate"]["acronyms"] = False
        c["annotate"]["drug_names"] = False
        out[name] = c
    return out


def new_descriptors(folder: Path = DATA / "lexicon") -> dict[str, set[str]]:
    """Lower-cased names -> IDs of MeSH 2024 descriptors created in 2015 or later (nine-digit
    IDs, D000068xxx on). Empty when the shared MeSH lexicon is absent."""
    names: dict[str, set[str]] = {}
    for f in ("mesh2024_chemicals_drugs_D.tsv", "mesh2024_diseases_C_F03.tsv"):
        if not (folder / f).is_file():
            return {}
        with open(folder / f, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if len(row["mesh_id"]) == 10:
                    for name in [row["preferred_name"], *row["synonyms"].split("|")]:
                        if name:
                            names.setdefault(name.lower(), set()).add(row["mesh_id"])
    return names


def mesh2024_upgrades(doc, names: dict[str, set[str]]) -> dict[str, str]:
    """BC5CDR (2015) indexes many drugs under supplementary concepts (quetiapine C069541) that
    MeSH has since made descriptors (Quetiapine Fumarate D000069348), which is the ID the lexicons
    give. Per document, an SCR ID whose gold mention text names exactly one such new descriptor is
    restated as that descriptor. Built from the gold alone (text + MeSH), never from predictions."""
    out = {}
    for a in doc.annotations:
        new = names.get(a.text.lower(), ())
        if len(new) == 1:
            for i in a.concept_id.replace("MESH:", "").split("|"):
                if i.startswith("C"):
                    out[i] = next(iter(new))
    return out


def normalization(gold_docs, pred_docs, names: dict[str, set[str]] | None = None) -> dict:
    ok = ok2024 = n = 0
    for g, p in zip(gold_docs, pred_docs):
        up = mesh2024_upgrades(g, names or {})
        for a in g.annotations:
            ids = {i.strip() for i in a.concept_id.replace("MESH:", "").split("|")} - {"-1", ""}
            if not ids:
                continue
            n += 1
            cands = [b for b in p.annotations if b.type == a.type and b.start < a.end and a.start < b.end]
            exact = [b for b in cands if (b.start, b.end) == (a.start, a.end)]
            best = (exact or cands or [None])[0]
            pid = best.concept_id.replace("MESH:", "") if best is not None else None
            ok += pid in ids
            ok2024 += pid in ids | {up[i] for i in ids if i in up}
    res = {"accuracy": ok / n if n else 0.0, "correct": ok, "gold_with_id": n}
    if names:
        res["accuracy_mesh2024"] = ok2024 / n if n else 0.0
    return res


def run_variant(cfg: dict, split: str = "test") -> dict:
    bc5cdr, ncbi = DATA / "bc5cdr" / SPLITS[split][0], DATA / "ncbi_disease" / SPLITS[split][1]
    nlp = nlp_mod.build(cfg)
    gold = read_pubtator(bc5cdr, types=("Chemical", "Disease"))
    list(pubtator_io.predict(nlp, gold[:2]))  # warm-up
    t = time.perf_counter()
    pred = list(pubtator_io.predict(nlp, gold))
    secs = time.perf_counter() - t
    words = sum(len(d.text.split()) for d in gold)
    res = score_spans([{(a.start, a.end, a.type) for a in d.annotations} for d in gold],
                      [{(a.start, a.end, a.type) for a in d.annotations} for d in pred])
    res["normalization"] = normalization(gold, pred, new_descriptors())
    res["words_per_sec"] = words / secs
    if ncbi.is_file():
        ng = read_pubtator(ncbi, types=("Disease",), type_map=NCBI_TYPES)
        npred = list(pubtator_io.predict(nlp, ng))
        res["ncbi"] = score_spans([{(a.start, a.end, a.type) for a in d.annotations} for d in ng],
                                  [{(a.start, a.end, a.type) for a in d.annotations if a.type == "Disease"} for d in npred],
                                  labels=("Disease",))["Disease"]
    path = nlp_mod.model_path(cfg["annotate"]["ner"])
    res["model_mb"] = dir_size(path) / 1e6 if path else 0.0
    return res


def table(results: dict) -> str:
    head = ("| extractor | Chemical strict P/R/F1 | Disease strict P/R/F1 | overall strict P/R/F1 | overall overlap "
            "P/R/F1 | NCBI Disease strict F1 | normalization acc. | norm. acc., gold in MeSH 2024 | words/s | model MB |")
    lines = [head, "|" + "---|" * 10]

    def prf(d):
        return f"{100 * d['p']:.1f} / {100 * d['r']:.1f} / **{100 * d['f']:.1f}**"

    for name, r in results.items():
        ncbi = f"{100 * r['ncbi']['strict']['f']:.1f}" if "ncbi" in r else "n/a"
        lines.append(f"| {name} | {prf(r['Chemical']['strict'])} | {prf(r['Disease']['strict'])} | "
                     f"{prf(r['ALL']['strict'])} | {prf(r['ALL']['overlap'])} | {ncbi} | "
                     f"{r['normalization']['accuracy']:.3f} | {r['normalization'].get('accuracy_mesh2024', float('nan')):.3f} | "
                     f"{r['words_per_sec']:.0f} | {r['model_mb']:.1f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=tuple(SPLITS), default="test",
                    help="BC5CDR / NCBI Disease split (tune on dev; test is report-only); "
                         "results go to benchmarks/results/ner.* for test, ner_<split>.* otherwise")
    ap.add_argument("--variant", action="append", help="only these rows (repeatable)")
    a = ap.parse_args(argv)
    bc5cdr = DATA / "bc5cdr" / SPLITS[a.split][0]
    if not bc5cdr.is_file():
        print(f"skipped: BC5CDR {a.split} set not found at {bc5cdr} (set PIPELINE_DATA to the shared data folder)")
        return 0
    results = {name: run_variant(cfg, a.split) for name, cfg in variants().items()
               if not a.variant or name in a.variant}
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = "ner" if a.split == "test" else f"ner_{a.split}"
    md = table(results)
    if not a.variant:
        (RESULTS / f"{stem}.json").write_text(json.dumps(results, indent=1) + "\n")
        (RESULTS / f"{stem}.md").write_text(md + f"\n\nBC5CDR {a.split} (500 abstracts), NCBI Disease {a.split}; "
                                            f"command: `{'make bench-ner' if a.split == 'test' else 'benchmarks/bench_ner.py --split ' + a.split}`\n")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
