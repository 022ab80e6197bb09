"""The committed gold: valid, and one page of gold for every page in raw/."""
from pipeline import gold

from .conftest import ROOT


def test_repo_gold_is_valid():
    from .conftest import ROOT

    folder = ROOT / "gold"
    docs = gold.read_dir(folder) if folder.is_dir() else []
    raw_ids = {p.stem for p in (ROOT / "raw").iterdir() if p.suffix in (".txt", ".html", ".htm")}
    assert {d.doc_id for d in docs} == raw_ids, "every page in raw/ needs gold in gold/"
