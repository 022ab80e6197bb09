"""benchmarks/bench_ner.py normalization scoring on tiny hand-made documents."""
from benchmarks.bench_ner import mesh2024_upgrades, normalization
from pipeline.pubtator import Annotation, PubTatorDoc

NAMES = {"quetiapine": {"D000069348"}, "ambiguous": {"D000000001", "D000000002"}}


def doc(*anns):
    return PubTatorDoc("1", "t", "a", [Annotation(*a) for a in anns])


def test_upgrade_only_from_gold_text_naming_one_new_descriptor():
    gold = doc((0, 10, "quetiapine", "Chemical", "C069541"), (20, 23, "QTP", "Chemical", "C069541"),
               (30, 39, "ambiguous", "Chemical", "C000001"))
    assert mesh2024_upgrades(gold, NAMES) == {"C069541": "D000069348"}


def test_normalization_counts_both_ways():
    gold = doc((0, 10, "quetiapine", "Chemical", "C069541"), (20, 23, "QTP", "Chemical", "C069541"),
               (30, 37, "aspirin", "Chemical", "D001241"), (40, 45, "fever", "Disease", "D005334"))
    pred = doc((0, 10, "quetiapine", "Chemical", "MESH:D000069348"), (20, 23, "QTP", "Chemical", "-1"),
               (30, 37, "aspirin", "Chemical", "MESH:D001241"), (40, 45, "fever", "Chemical", "MESH:D005334"))
    res = normalization([gold], [pred], NAMES)
    assert (res["correct"], res["gold_with_id"]) == (1, 4)
    assert res["accuracy_mesh2024"] == 0.5  # quetiapine now right; the type-mismatched "fever" still wrong
    assert "accuracy_mesh2024" not in normalization([gold], [pred])
