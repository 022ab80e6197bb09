"""End to end on raw/: the output contract, the seed's facts, incremental reruns."""
import csv
import json

import pytest

from pipeline.runner import run

from .conftest import RAW, build_copy

FILES = ["documents.csv", "documents.json", "mentions.csv", "mentions.json", "relations.csv", "relations.json",
         "concepts.csv", "concepts.json", "errors.csv"]


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp, cfg):
    return build_copy(RAW, tmp_path_factory, cfg, nlp)


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_contract_files_and_offsets(built):
    raw, out, _, summary = built
    assert summary.errors == 0 and summary.processed == len([p for p in raw.iterdir() if p.suffix != ".md"])
    for f in FILES:
        assert (out / f).is_file(), f
    docs = rows(out / "documents.csv")
    assert {d["status"] for d in docs} == {"ok"}
    clean = {d["doc_id"]: (out / "clean" / f"{d['doc_id']}.txt").read_text("utf-8") for d in docs}
    for d in docs:
        assert int(d["chars_clean"]) == len(clean[d["doc_id"]])
    for m in rows(out / "mentions.csv"):
        assert clean[m["doc_id"]][int(m["start"]):int(m["end"])] == m["text"]
    for r in json.loads((out / "relations.json").read_text("utf-8")):
        assert clean[r["doc_id"]][r["evidence_start"]:r["evidence_end"]] == r["evidence"]


def test_seed_indication_in_relations(built):
    _, out, _, _ = built
    rels = [r for r in json.loads((out / "relations.json").read_text("utf-8")) if r["doc_id"] == "imatinib-uses"]
    cml = [r for r in rels if r["relation"] == "TREATS" and r["subject"] == "Imatinib"
           and r["object_id"] == "D015464" and r["object_text"] == "chronic myeloid leukemia"]
    assert cml, rels
    assert any("Philadelphia-positive" in r["biomarker"] and {"adults", "children"} <= set(r["population"]) for r in cml)


def test_seed_clean_text_has_no_chrome(built):
    _, out, _, _ = built
    text = (out / "clean" / "imatinib-uses.txt").read_text("utf-8")
    for phrase in ["Copyright", "Related Channels", "eMedTV Links", "Written by/reviewed by"]:
        assert phrase not in text


def test_rerun_is_a_byte_identical_noop_and_one_new_page_is_processed_alone(built, cfg, nlp):
    raw, out, build, _ = built
    before = {f: (out / f).read_bytes() for f in FILES}
    again = run(raw, out, cfg, build, nlp=nlp)
    assert again.processed == 0 and again.cached == again.pages
    assert {f: (out / f).read_bytes() for f in FILES} == before
    (raw / "new-page.txt").write_text("Aspirin is used to treat headache in adults.\n", encoding="utf-8")
    third = run(raw, out, cfg, build, nlp=nlp)
    assert third.processed == 1
    assert any(r["doc_id"] == "new-page" for r in rows(out / "relations.csv"))


def test_bad_page_is_isolated(tmp_path, cfg, nlp):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text("Metformin is used to treat type 2 diabetes.\n", encoding="utf-8")
    (raw / "empty.html").write_bytes(b"")
    (raw / "good.html").write_text("<p>x</p>", encoding="utf-8")
    s = run(raw, tmp_path / "out", cfg, tmp_path / "build", nlp=nlp)
    assert s.errors == 2
    errors = rows(tmp_path / "out" / "errors.csv")
    # files are taken in name order: good.html keeps doc_id "good", good.txt is refused
    assert {(e["doc_id"], e["stage"]) for e in errors} == {("empty", "parse"), ("good.txt", "parse")}
    assert "empty file" in next(e["error"] for e in errors if e["doc_id"] == "empty")
    assert "already taken by good.html" in next(e["error"] for e in errors if e["doc_id"] == "good.txt")
    docs = rows(tmp_path / "out" / "documents.csv")
    assert sorted((d["doc_id"], d["status"]) for d in docs) == [("empty", "error"), ("good", "ok"), ("good.txt", "error")]


def test_changed_page_rebuild_equals_a_fresh_build(tmp_path, cfg, nlp):
    raw = tmp_path / "raw"
    raw.mkdir()
    for n, disease in enumerate(["gout", "asthma", "psoriasis"]):
        (raw / f"p{n}.txt").write_text(f"Drug{n}mab is used to treat {disease} in adults.\n", encoding="utf-8")
    run(raw, tmp_path / "out", cfg, tmp_path / "build", nlp=nlp)
    (raw / "p1.txt").write_text("Ibuprofen is used to treat migraine in children.\n", encoding="utf-8")
    (raw / "p2.txt").unlink()
    s = run(raw, tmp_path / "out", cfg, tmp_path / "build", nlp=nlp)
    assert s.processed == 1 and s.cached == 1
    run(raw, tmp_path / "fresh", cfg, tmp_path / "build2", nlp=nlp)
    for f in FILES:
        assert (tmp_path / "out" / f).read_bytes() == (tmp_path / "fresh" / f).read_bytes(), f
    assert sorted(p.name for p in (tmp_path / "out" / "clean").iterdir()) == ["p0.txt", "p1.txt"]


def test_unreadable_cache_entry_is_named_removed_and_rebuilt(tmp_path, cfg, nlp):
    from pipeline.runner import RunError

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Metformin is used to treat type 2 diabetes.\n", encoding="utf-8")
    run(raw, tmp_path / "out", cfg, tmp_path / "build", nlp=nlp)
    (entry,) = (tmp_path / "build" / "cache").rglob("*.pkl")
    entry.write_bytes(b"not a pickle")
    (tmp_path / "out" / ".manifest").unlink()  # force a rewrite of the tables
    with pytest.raises(RunError, match="a.txt"):
        run(raw, tmp_path / "out", cfg, tmp_path / "build", nlp=nlp)
    assert not entry.exists()
    assert run(raw, tmp_path / "out", cfg, tmp_path / "build", nlp=nlp).processed == 1


def test_rows_are_checked_once_then_trusted(tmp_path, cfg, nlp, monkeypatch):
    import pipeline.tables as tables

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Metformin is used to treat type 2 diabetes.\n", encoding="utf-8")
    (raw / "b.txt").write_text("Aspirin is used to treat headache.\n", encoding="utf-8")
    seen = []
    real = tables.check
    monkeypatch.setattr(tables, "check", lambda name, df: (seen.append((name, len(df))), real(name, df)))
    run(raw, tmp_path / "out", cfg, tmp_path / "build", nlp=nlp)
    assert ("documents", 2) in seen
    assert not list((tmp_path / "build").rglob("*.unchecked.pkl"))  # promoted after the write
    seen.clear()
    (raw / "b.txt").write_text("Aspirin is used to treat migraine.\n", encoding="utf-8")
    run(raw, tmp_path / "out", cfg, tmp_path / "build", nlp=nlp)
    assert ("documents", 1) in seen  # only the changed page's rows


def test_table_row_names_uses(tmp_path, cfg, nlp):
    """A facts table ("Used for | Pain, fever, arthritis") names indications like a heading does."""
    from pipeline.runner import run

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ibuprofen.html").write_text(
        "<html><head><title>Ibuprofen for adults</title></head><body><main><h1>Ibuprofen</h1>"
        "<table><tr><th>Used for</th><td>Pain, fever, arthritis</td></tr></table>"
        "<p>Ibuprofen is an everyday painkiller sold in pharmacies and shops without a prescription.</p>"
        "</main></body></html>", encoding="utf-8")
    run(raw, tmp_path / "out", cfg, tmp_path / "build", nlp=nlp)
    rows = (tmp_path / "out" / "relations.csv").read_text(encoding="utf-8")
    assert {"Pain", "fever", "arthritis"} <= {line.split(",")[8] for line in rows.splitlines()[1:]}


def test_model_card_edit_keeps_the_cache(tmp_path):
    import shutil

    from pipeline import config

    model = tmp_path / "m"
    shutil.copytree(config.model_path("models/ner_bc5cdr"), model)
    before = config.model_fingerprint(str(model))
    (model / "README.md").write_text("edited card\n")
    assert config.model_fingerprint(str(model)) == before
    (model / "meta.json").write_text((model / "meta.json").read_text() + " ")
    assert config.model_fingerprint(str(model)) != before
