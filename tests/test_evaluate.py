import json

from pipeline import gold
from pipeline.evaluate import aligner, evaluate_output, score_page

from .test_gold import ANN, TXT


def prediction(out, text, mentions, relations):
    (out / "clean").mkdir(parents=True)
    (out / "clean" / "p.txt").write_text(text, encoding="utf-8")
    (out / "mentions.json").write_text(json.dumps(mentions), encoding="utf-8")
    (out / "relations.json").write_text(json.dumps(relations), encoding="utf-8")


def mention(label, start, end, text, cid=""):
    return {"doc_id": "p", "label": label, "start": start, "end": end, "text": text, "concept_id": cid}


def relation(rel, s, o, ev, **q):
    base = {"doc_id": "p", "relation": rel, "subject": s, "subject_id": "", "subject_text": s, "object": o,
            "object_id": "", "object_text": o, "negated": False, "population": [], "status": [], "biomarker": [],
            "combination": [], "pathogen": [], "approval": "unspecified", "evidence_start": ev[0], "evidence_end": ev[1]}
    base.update(q)
    return base


def test_scores(tmp_path):
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "p.txt").write_text(TXT, encoding="utf-8")
    (tmp_path / "g" / "p.ann").write_text(ANN, encoding="utf-8")
    g = gold.read(tmp_path / "g" / "p.txt")
    # the cleaner now keeps an extra line at the top: offsets shift by 10
    text = "Site menu\n" + TXT
    ments = [mention("DRUG", 10, 18, "Imatinib"), mention("DISEASE", 26, 29, "CML"),
             mention("DISEASE", 41, 44, "CML"), mention("DISEASE", 52, 58, "anemia")]
    rels = [relation("TREATS", "Imatinib", "CML", (10, 40), population=["children"]),
            relation("TREATS", "Imatinib", "anemia", (41, 59))]
    prediction(tmp_path / "o", text, ments, rels)
    res = score_page(g, text, ments, rels)
    assert res["entities"]["overall"]["strict"].correct == 3
    assert res["entities"]["overall"]["exact"].correct == 4  # anemia: right span, wrong label
    assert (res["pairs"]["TREATS"].tp, res["pairs"]["TREATS"].fp, res["pairs"]["TREATS"].fn) == (1, 1, 0)
    assert (res["pairs"]["CAUSES"].tp, res["pairs"]["CAUSES"].fn) == (0, 1)
    assert res["qualifiers"]["population"] == [0, 1] and res["qualifiers"]["negated"] == [1, 1]
    rows = evaluate_output([g], tmp_path / "o", "test")
    overall = {r["metric"]: r for r in rows if r["scope"] == "overall"}
    assert overall["pairs/TREATS"]["precision"] == 0.5 and overall["pairs/TREATS"]["recall"] == 1.0


def test_aligner_maps_only_unchanged_text():
    amap = aligner("abc XYZ def", "abc def")
    assert amap(0, 3) == (0, 3) and amap(8, 11) == (4, 7) and amap(4, 7) is None
