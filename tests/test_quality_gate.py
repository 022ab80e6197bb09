"""Accuracy gate (in the style of trafilatura's CI): `make test` fails when the scores on
the hand-labeled gold of raw/ drop below the floors committed in benchmarks/floors.json.
Raise a floor when an improvement lands; never lower one to make a change pass."""
import json

import pytest

from pipeline.evaluate import evaluate_output
from pipeline.gold import read_dir
from pipeline.runner import run

from .conftest import RAW, ROOT

FLOORS = json.loads((ROOT / "benchmarks" / "floors.json").read_text())


@pytest.fixture(scope="module")
def overall(tmp_path_factory, cfg, nlp):
    out = tmp_path_factory.mktemp("gate")
    run(RAW, out, cfg, tmp_path_factory.mktemp("b"), nlp=nlp)
    rows = evaluate_output(read_dir(ROOT / "gold"), out, "default")
    return {r["metric"]: r["f1"] for r in rows if r["scope"] == "overall"}


@pytest.mark.parametrize("metric", sorted(FLOORS["gold"]))
def test_gold_floor(overall, metric):
    assert overall[metric] >= FLOORS["gold"][metric], f"{metric}: {overall[metric]:.3f} < floor {FLOORS['gold'][metric]}"
