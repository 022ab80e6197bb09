import json

import pytest

from pipeline.records import Document, Mention, Page, Relation
from pipeline.tables import TableError, atomic_write, write


def page(text="Foo treats gout.\n", mention=("gout", 11, 15)):
    doc = Document(doc_id="p1", source="p1.txt", format="text", sha256="x", chars_raw=len(text), title="T", text=text)
    m = Mention("M1", "DISEASE", mention[0], mention[1], mention[2], 0, "D006073", "Gout", "MeSH", "lexicon")
    r = Relation("R1", "TREATS", "Foo", "", "Foo", "Gout", "D006073", "gout", population=["adults", "children"],
                 evidence=text.strip(), evidence_start=0, evidence_end=16, extractor="test")
    return Page(document=doc, mentions=[m], relations=[r])


def test_write_contract(tmp_path):
    rows = write([page()], tmp_path)
    assert rows["mentions"] == 1 and rows["relations"] == 1 and rows["concepts"] == 1
    csv = (tmp_path / "relations.csv").read_text()
    assert "adults; children" in csv and ",false," in csv
    rel = json.loads((tmp_path / "relations.json").read_text())[0]
    assert rel["population"] == ["adults", "children"] and rel["negated"] is False
    concepts = json.loads((tmp_path / "concepts.json").read_text())
    assert concepts == [{"concept_id": "D006073", "label": "DISEASE", "name": "Gout", "vocabulary": "MeSH",
                         "surface_forms": ["gout"]}]
    assert (tmp_path / "clean" / "p1.txt").read_text() == "Foo treats gout.\n"
    assert (tmp_path / "errors.csv").read_text() == "doc_id,source,stage,error\n"


def test_bad_offsets_rejected_before_writing(tmp_path):
    with pytest.raises(TableError, match="p1 M1"):
        write([page(mention=("gout", 10, 14))], tmp_path)
    assert not any(tmp_path.iterdir())


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "a.csv"
    atomic_write(target, "old\n")
    atomic_write(target, "new\n")
    assert target.read_text() == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_batched_writing_equals_one_batch(tmp_path, monkeypatch):
    import pipeline.tables as tables

    pages = []
    for n in range(5):
        p = page()
        p.document.doc_id, p.document.source = f"p{n}", f"p{n}.txt"
        pages.append(p)
    write(pages, tmp_path / "one", parquet=True)
    monkeypatch.setattr(tables, "BATCH", 2)
    write(pages, tmp_path / "many", parquet=True)
    import pandas as pd

    for f in sorted((tmp_path / "one").iterdir()):
        if f.suffix == ".parquet":  # row groups differ, the rows may not
            pd.testing.assert_frame_equal(pd.read_parquet(f), pd.read_parquet(tmp_path / "many" / f.name))
        elif f.is_file():
            assert f.read_bytes() == (tmp_path / "many" / f.name).read_bytes(), f.name
    rel = pd.read_parquet(tmp_path / "many" / "relations.parquet")
    assert len(rel) == 5 and list(rel["population"].iloc[0]) == ["adults", "children"]
