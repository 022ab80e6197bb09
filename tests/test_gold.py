import pytest

from pipeline import gold
from pipeline.gold import GoldError

TXT = "Imatinib treats CML in adults.\nCML causes anemia.\n"
ANN = """T1\tDRUG 0 8\tImatinib
T2\tDISEASE 16 19\tCML
T3\tDISEASE 31 34\tCML
T4\tCONDITION 42 48\tanemia
N1\tReference T1 DrugBank:DB00619\tImatinib
N2\tReference T2 MeSH:D015464\tLeukemia, Myelogenous, Chronic, BCR-ABL Positive
R1\tTREATS Arg1:T1 Arg2:T2
R2\tCAUSES Arg1:T3 Arg2:T4
#1\tAnnotatorNotes R1\tnegated=false; approval=unspecified; population=adults; status=; biomarker=; combination=; pathogen=
#2\tAnnotatorNotes R2\tnegated=false; approval=unspecified; population=; status=; biomarker=; combination=; pathogen=
"""


def write(tmp_path, ann, txt=TXT):
    (tmp_path / "p.txt").write_text(txt, encoding="utf-8")
    (tmp_path / "p.ann").write_text(ann, encoding="utf-8")
    return tmp_path / "p.txt"


def test_read_and_round_trip(tmp_path):
    doc = gold.read(write(tmp_path, ANN))
    assert doc.entities["T1"].concept_id == "DB00619" and doc.entities["T1"].vocabulary == "DrugBank"
    assert doc.relations[0].population == ["adults"] and not doc.relations[0].negated
    assert gold.to_ann(doc) == ANN
    out = tmp_path / "out"
    gold.write(doc, out)
    assert gold.read(out / "p.txt") == doc


@pytest.mark.parametrize("bad,message", [
    (ANN.replace("T2\tDISEASE 16 19", "T2\tDISEASE 16 90"), r"p.ann:2: offsets 16-90 outside the text"),
    (ANN.replace("T2\tDISEASE 16 19\tCML", "T2\tDISEASE 16 19\tcml"), r"p.ann:2: text 'cml' != 'CML'"),
    (ANN.replace("T4\tCONDITION", "T4\tSYMPTOM"), r"p.ann:4: unknown label 'SYMPTOM'"),
    (ANN.replace("Arg2:T2", "Arg2:T9"), r"relation R1 points at unknown entity T9"),
    (ANN.replace("R1\tTREATS Arg1:T1 Arg2:T2", "R1\tTREATS Arg1:T2 Arg2:T1"), r"R1 TREATS: T2 is DISEASE, expected DRUG"),
    (ANN.replace("R2\tCAUSES", "R2\tINHIBITS"), r"p.ann:8: unknown relation 'INHIBITS'"),
    (ANN.replace("approval=unspecified; population=adults", "approval=maybe; population=adults"), r"p.ann:9: approval must be"),
    (ANN.replace("status=;", "stage=;", 1), r"p.ann:9: unknown qualifier 'stage'"),
])
def test_validator_names_file_line_and_problem(tmp_path, bad, message):
    with pytest.raises(GoldError, match=message):
        gold.read(write(tmp_path, bad))


def test_missing_ann_is_an_error(tmp_path):
    (tmp_path / "q.txt").write_text("x", encoding="utf-8")
    with pytest.raises(GoldError, match="no q.ann"):
        gold.read_dir(tmp_path)


def test_predictions_to_brat_and_back(tmp_path, seed_page):
    doc = gold.from_page(seed_page)
    assert len(doc.entities) == len(seed_page.mentions) and doc.relations
    gold.write(doc, tmp_path)
    back = gold.read(tmp_path / f"{doc.doc_id}.txt")
    assert back == doc
    assert gold.to_ann(back) == (tmp_path / f"{doc.doc_id}.ann").read_text(encoding="utf-8")
