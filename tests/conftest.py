import warnings
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", category=FutureWarning)

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
SEED = RAW / "imatinib-uses.txt"


@pytest.fixture(scope="session")
def cfg():
    from pipeline import config

    return config.load(ROOT / "pipeline.toml" if (ROOT / "pipeline.toml").exists() else None)


@pytest.fixture(scope="session")
def nlp(cfg):
    from pipeline.nlp import build

    return build(cfg)


@pytest.fixture(scope="session")
def seed_page(nlp):
    from pipeline.annotate import annotate
    from pipeline.clean import clean
    from pipeline.parse import parse_file
    from pipeline.records import Page
    from pipeline.relate import relate

    doc = clean(parse_file(SEED))
    sents, ments = next(annotate(nlp, [doc]))
    return Page(document=doc, sentences=sents, mentions=ments, relations=relate(doc.text, sents, ments, doc.title))


def build_copy(pages: Path, tmp_path_factory, cfg, nlp):
    """Copy a folder of pages into a fresh raw folder and build it: (raw, out, build, summary)."""
    import shutil

    from pipeline.runner import run

    raw = tmp_path_factory.mktemp("raw")
    for p in pages.iterdir():
        shutil.copy(p, raw / p.name)
    out, build = tmp_path_factory.mktemp("out"), tmp_path_factory.mktemp("build")
    return raw, out, build, run(raw, out, cfg, build, nlp=nlp)


def analyse(nlp, text, title="", name="t.txt"):
    """Parse a tiny page (text, or HTML with name "t.html") and run every stage; returns the Page."""
    from pipeline.annotate import annotate
    from pipeline.clean import clean
    from pipeline.parse import parse_source
    from pipeline.records import Page
    from pipeline.relate import relate

    doc, source = parse_source(text.encode(), name)
    doc = clean(doc, source if doc.format == "html" else None)
    sents, ments = next(annotate(nlp, [doc]))
    return Page(document=doc, sentences=sents, mentions=ments, relations=relate(doc.text, sents, ments, title))
