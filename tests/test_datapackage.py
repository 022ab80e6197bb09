"""Typed tables: the Data Package descriptor validates with Frictionless, Parquet round-trips."""
import shutil

import pandas as pd
import pytest

from pipeline.runner import run

from .conftest import RAW


@pytest.fixture(scope="module")
def built(tmp_path_factory, cfg, nlp):
    raw = tmp_path_factory.mktemp("raw")
    for p in RAW.iterdir():
        if p.suffix in (".txt", ".html"):
            shutil.copy(p, raw / p.name)
    (raw / "broken.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("out")
    run(raw, out, cfg, tmp_path_factory.mktemp("b"), nlp=nlp, parquet=True)
    return out


def test_datapackage_validates(built):
    frictionless = pytest.importorskip("frictionless", reason="frictionless not installed")
    report = frictionless.validate(str(built / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:10]
    names = [r.name for r in frictionless.Package(str(built / "datapackage.json")).resources]
    assert names == ["documents", "mentions", "relations", "concepts", "errors"]


def test_parquet_matches_json(built):
    pytest.importorskip("pyarrow", reason="pyarrow not installed")
    rel = pd.read_parquet(built / "relations.parquet")
    js = pd.read_json(built / "relations.json", dtype=False)
    assert len(rel) == len(js) > 0
    assert list(rel["population"].map(list)) == list(js["population"])
    assert rel["negated"].dtype == bool


def test_contract_violation_is_refused(tmp_path):
    from pipeline.records import Document, Mention, Page
    from pipeline.tables import TableError, write

    doc = Document(doc_id="p", source="p.txt", format="text", sha256="", chars_raw=5, text="Gout\n")
    page = Page(document=doc, mentions=[Mention("M1", "SYMPTOM", "Gout", 0, 4, 0, source="lexicon")])
    with pytest.raises(TableError, match="mentions: does not match the output contract.*SYMPTOM"):
        write([page], tmp_path)
