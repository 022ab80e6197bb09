"""Benchmark gate: `make test` reruns the public benchmarks (when ../shared/data or
$PIPELINE_DATA is there) and fails when a figure drops below its floor in
benchmarks/floors.json.  Floors sit a little under the committed results
(benchmarks/results/); raise them with improvements, never lower them to pass."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

FLOORS = json.loads((ROOT / "benchmarks" / "floors.json").read_text())["benchmarks"]
DATA = Path(os.environ.get("PIPELINE_DATA") or ROOT.parent / "shared" / "data")


def need(*parts: str) -> Path:
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"benchmark data not found: {path} (set PIPELINE_DATA to the shared data folder)")
    return path


def test_relation_benchmarks(tmp_path):
    need("roam_drug_disease")
    need("labeledin")
    subprocess.run([sys.executable, "benchmarks/bench_rel.py", "--no-train", "--out", str(tmp_path)], cwd=ROOT,
                   check=True, capture_output=True)
    spans = json.loads((tmp_path / "rel.json").read_text())["spans"]
    got = {"roam_test_overlap_f1": spans["roam"]["test"]["overlap"]["f1"],
           "roam_test_lists_merged_overlap_f1": spans["roam"]["test_lists_merged"]["overlap"]["f1"],
           "labeledin_test_overlap_f1": spans["labeledin"]["test"]["overlap"]["f1"]}
    for k, v in got.items():
        assert v >= FLOORS[k], f"{k}: {v:.3f} < floor {FLOORS[k]}"


def test_ner_benchmark():
    need("bc5cdr", "CDR_TestSet.PubTator.txt")
    sys.path.insert(0, str(ROOT))
    from benchmarks import bench_ner

    variants = bench_ner.variants()
    if "lexicon+model" not in variants:
        pytest.skip("no model in models/ner_bc5cdr")
    res = bench_ner.run_variant(variants["lexicon+model"])
    f1 = res["ALL"]["strict"]["f"]
    assert f1 >= FLOORS["bc5cdr_test_strict_f1"], f"BC5CDR test strict F1 {f1:.3f} < {FLOORS['bc5cdr_test_strict_f1']}"
    acc = res["normalization"]["accuracy"]
    assert acc >= FLOORS["bc5cdr_test_normalization"], f"normalization {acc:.3f} < {FLOORS['bc5cdr_test_normalization']}"


def test_boilerplate_benchmarks():
    need("article_extraction_benchmark")
    need("trafilatura_eval")
    sys.path.insert(0, str(ROOT))
    from benchmarks import bench_clean as bc

    pages = [p for p in bc.load_pages() if p["part"] == "report"]
    for fmt in ("html", "text"):
        outs = {}
        for p in pages:
            data = bc.html_bytes(p)
            if fmt == "text":
                data = bc.text_version(p, data).encode("utf-8")
            name, text = bc.run_ours((p["name"], data, fmt, [], {}))
            outs[name] = text
        for ds, sc in bc.score(pages, outs, "report").items():
            key = f"{ds}_{fmt}_report_f1"
            assert sc["f1"] >= FLOORS[key], f"{key}: {sc['f1']:.3f} < floor {FLOORS[key]}"
