"""Worker processes and a Dask cluster give byte-identical tables to one process."""
import shutil

import pytest

from pipeline.runner import CHUNK, run

from .conftest import RAW

FILES = ["documents.csv", "mentions.json", "relations.csv", "relations.json", "concepts.json", "errors.csv"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """raw/ plus enough copies that the work spans several chunks."""
    raw = tmp_path_factory.mktemp("raw")
    pages = [p for p in RAW.iterdir() if p.suffix in (".txt", ".html")]
    for n in range(-(-2 * CHUNK // len(pages)) + 1):
        for p in pages:
            shutil.copy(p, raw / f"{p.stem}-{n}{p.suffix}")
    return raw


@pytest.fixture(scope="module")
def local(corpus, cfg, nlp, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    run(corpus, out, cfg, tmp_path_factory.mktemp("b"), nlp=nlp, workers=1)
    return out


def same(a, b):
    for f in FILES:
        assert (a / f).read_bytes() == (b / f).read_bytes(), f


def test_two_workers_identical(corpus, cfg, local, tmp_path):
    s = run(corpus, tmp_path / "o", cfg, tmp_path / "b", workers=2)
    assert s.processed == len(list(corpus.iterdir()))
    same(local, tmp_path / "o")


def test_dask_local_cluster_identical(corpus, cfg, local, tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="dask[distributed] not installed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run(corpus, tmp_path / "o", cfg, tmp_path / "b", executor="dask", scheduler=cluster.scheduler_address)
    same(local, tmp_path / "o")
