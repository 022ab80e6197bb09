"""BioC JSON export (pipeline/bioc_export.py): export a small output, read it back with the
`bioc` package and compare with the tables."""
from __future__ import annotations

import json
import shutil

import pytest
from bioc import biocjson

from pipeline import cli
from pipeline.records import QUALIFIERS
from pipeline.runner import run
from pipeline.tables import SEP

from .conftest import SEED


@pytest.fixture(scope="module")
def out(tmp_path_factory, nlp, cfg):
    root = tmp_path_factory.mktemp("bioc")
    raw = root / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    (raw / "empty.txt").write_text("")  # an error page
    run(raw, root / "out", cfg, root / "build", nlp=nlp, workers=1)
    return root / "out"


def test_bioc_roundtrip(out):
    assert cli.main(["-q", "bioc", "--out", str(out)]) == 0
    path = out / "bioc.json"
    first = path.read_bytes()
    coll = biocjson.load(open(path, encoding="utf-8"))
    docs = {d["doc_id"]: d for d in json.loads((out / "documents.json").read_text("utf-8"))}
    ments = json.loads((out / "mentions.json").read_text("utf-8"))
    rels = json.loads((out / "relations.json").read_text("utf-8"))
    assert [d.id for d in coll.documents] == sorted(docs)

    bad = next(d for d in coll.documents if d.id == "empty")
    assert bad.infons["status"] == "error" and bad.infons["error"] == "empty file" and not bad.passages

    doc = next(d for d in coll.documents if d.id == SEED.stem)
    assert doc.infons["title"] == docs[SEED.stem]["title"] and doc.infons["status"] == "ok"
    [passage] = doc.passages
    text = (out / "clean" / f"{SEED.stem}.txt").read_text("utf-8")
    assert passage.offset == 0 and passage.text == text

    page_ments = [m for m in ments if m["doc_id"] == SEED.stem]
    assert len(page_ments) > 10 and len(passage.annotations) == len(page_ments)
    for a, m in zip(passage.annotations, page_ments):
        assert a.id == m["mention_id"] and a.text == m["text"]
        assert a.infons["type"] == m["label"] and a.infons["identifier"] == m["concept_id"]
        [loc] = a.locations
        assert (loc.offset, loc.offset + loc.length) == (m["start"], m["end"])
        assert text[loc.offset:loc.offset + loc.length] == a.text

    page_rels = [r for r in rels if r["doc_id"] == SEED.stem]
    assert len(page_rels) > 5 and len(passage.relations) == len(page_rels)
    ann_ids = {a.id: a for a in passage.annotations}
    for b, r in zip(passage.relations, page_rels):
        assert b.id == r["relation_id"] and b.infons["type"] == r["relation"]
        assert b.infons["negated"] == ("true" if r["negated"] else "false")
        assert b.infons["approval"] == r["approval"]
        for q in QUALIFIERS:
            assert b.infons[q] == SEP.join(r[q])
        roles = {n.role: n.refid for n in b.nodes}
        assert set(roles) == {"subject", "object"}, f"{r['relation_id']}: arguments not found among mentions"
        assert ann_ids[roles["subject"]].text == r["subject_text"]
        assert ann_ids[roles["object"]].text in r["object_text"]  # may be written wider
    # qualifiers made it through: some relation has a population or status
    assert any(b.infons["population"] or b.infons["status"] for b in passage.relations)

    # reruns are byte-identical
    assert cli.main(["-q", "bioc", "--out", str(out)]) == 0
    assert path.read_bytes() == first


def test_bioc_needs_tables(tmp_path, capsys):
    assert cli.main(["bioc", "--out", str(tmp_path)]) == 2
    assert "documents.json not found" in capsys.readouterr().err
