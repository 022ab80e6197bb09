"""runner: walk a raw folder, run each page through the stages, isolate failures, write tables.

Pages whose cache entry exists are not reprocessed; the spaCy Language is built only when
some page needs annotating.  A page that fails at any stage becomes one error row; the
run goes on.
"""
from __future__ import annotations

import csv
import gc
import hashlib
import logging
import multiprocessing
import os
import sys
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from . import config as config_mod
from .cache import Cache, version
from .clean import clean
from .parse import HTML_SUFFIXES, SUFFIXES, ParseError, parse_source
from .records import Document, Page
from .relate import relate
from .tables import OUTPUT_FILES, PageRows, atomic_write, batches, page_rows

log = logging.getLogger("pipeline")


class RunError(RuntimeError):
    """A whole-run problem (missing raw folder, unwritable output): nothing is written."""


@dataclass
class Summary:
    pages: int = 0
    processed: int = 0
    cached: int = 0
    errors: int = 0
    rows: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=lambda: defaultdict(float))  # per stage, summed over workers


def discover(raw: Path) -> list[Path]:
    """Every entry of `raw` with a page suffix (files, and look-alikes that become error
    rows: folders, links out of the folder); other names are listed in the log."""
    if not raw.is_dir():
        raise RunError(f"raw folder {raw} does not exist or is not a folder")
    try:
        entries = sorted(raw.iterdir())
    except OSError as e:
        raise RunError(f"raw folder {raw} cannot be listed: {e.strerror or e}") from e
    files = [p for p in entries if p.suffix.lower() in SUFFIXES]
    skipped = sorted(p.name for p in entries if p.suffix.lower() not in SUFFIXES and not p.name.startswith("."))
    if skipped:
        log.info("not pages (ignored): %s", ", ".join(skipped))
    return files


def refuse(path: Path, raw: Path, max_bytes: int) -> str:
    """Why a page entry cannot be read as a page, or ''."""
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(raw.resolve()):
            return f"symbolic link to {target}, outside the raw folder: not followed"
    if path.is_dir():
        return "a folder, not a page file"
    if not path.is_file():
        return "not a regular file (or a broken link)"
    size = path.stat().st_size
    if size > max_bytes:
        return (f"{size / 1e6:.1f} MB, larger than the {max_bytes / 1e6:g} MB page limit "
                f"(run.max_page_mb in pipeline.toml)")
    return ""


def error_page(doc_id: str, source: str, stage: str, error: str, sha: str = "", chars: int = 0) -> Page:
    fmt = "html" if Path(source).suffix.lower() in HTML_SUFFIXES else "text"
    doc = Document(doc_id=doc_id, source=source, format=fmt, sha256=sha, chars_raw=chars)
    return Page(document=doc, stage=stage, error=error)


def extractor_name(cfg: dict) -> str:
    """lexicon+rules, MODEL+rules, MODEL+lexicon+rules or lexicon+MODEL+rules (lexicon first:
    lexicon terms win overlaps), as `make eval` names the variants."""
    a = cfg["annotate"]
    if a["ner"] == "lexicon":
        return "lexicon+rules"
    name = Path(a["ner"]).name
    if not a.get("merge", True):
        return f"{name}+rules"
    return f"lexicon+{name}+rules" if a.get("prefer") == "lexicon" else f"{name}+lexicon+rules"


def process(docs: list[Document], nlp, cfg: dict, clock: dict | None = None) -> Iterator[Page]:
    """Annotate and relate cleaned documents, yielding each Page as soon as it is done; a
    failure costs only its own page.  `clock` accumulates seconds per stage."""
    from .annotate import annotate

    clock = clock if clock is not None else defaultdict(float)
    extractor = extractor_name(cfg)
    done = 0
    try:
        t = time.perf_counter()
        for d, res in zip(docs, annotate(nlp, docs, cfg["annotate"]["batch_size"])):
            t1 = time.perf_counter()
            clock["annotate"] += t1 - t
            page = finish(d, res, extractor)
            t = time.perf_counter()
            clock["relate"] += t - t1
            yield page
            done += 1
    except Exception:  # noqa: BLE001 - a batch failed: go on one page at a time
        for d in docs[done:]:
            try:
                res = next(annotate(nlp, [d], 1))
            except Exception as e:  # noqa: BLE001
                yield error_page(d.doc_id, d.source, "annotate", f"{type(e).__name__}: {e}", d.sha256, d.chars_raw)
                continue
            yield finish(d, res, extractor)


def finish(d: Document, res, extractor: str) -> Page:
    sents, ments = res
    try:
        rels = relate(d.text, sents, ments, d.title, extractor)
    except Exception as e:  # noqa: BLE001
        return error_page(d.doc_id, d.source, "relate", f"{type(e).__name__}: {e}", d.sha256, d.chars_raw)
    return Page(document=d, sentences=sents, mentions=ments, relations=rels)


def load_nlp(cfg: dict):
    from . import nlp as nlp_mod

    log.info("loading the spaCy pipeline (ner=%s)", cfg["annotate"]["ner"])
    return nlp_mod.build(cfg)


# -- the per-page work, wherever it runs -----------------------------------------------------

# Pages handed to a worker at a time: enough to fill nlp.pipe batches (fewer, longer calls ran
# 2-4% faster on bench_speed's 1,000 pages than chunks of 32), few enough to keep two workers
# busy on a few hundred pages and memory flat.
CHUNK = 128
_NLP: dict = {}  # one Language per process (and per settings), built on first use


def nlp_for(cfg: dict):
    key = config_mod.fingerprint(cfg)
    if key not in _NLP:
        _NLP.clear()
        t = time.perf_counter()
        _NLP[key] = load_nlp(cfg)
        # The Language and its lexicons live as long as the process: keep their millions of
        # objects out of the collector's full passes (gc 1.2 s -> 0.65 s on bench_speed's 1,000 pages).
        gc.collect()
        gc.freeze()
        _NLP["load_seconds"] = time.perf_counter() - t
    return _NLP[key]


def run_chunk(items: list[tuple], cfg: dict, nlp=None) -> tuple[list[tuple[int, str, PageRows]], dict]:
    """(index, cache key, file name, source, bytes) items -> ([(index, key, PageRows)], seconds
    per stage): parse, clean, annotate, relate and the page's table rows.  Runs here, in a
    worker process or on Dask."""
    out: list[tuple[int, str, Page]] = []
    todo: list[tuple[int, str, Document]] = []
    clock: dict = defaultdict(float)
    for i, key, name, source, data in items:
        doc_id = Path(name).stem
        t = time.perf_counter()
        try:
            doc, text = parse_source(data, name, source)
            t1 = time.perf_counter()
            clock["parse"] += t1 - t
            todo.append((i, key, clean(doc, text if doc.format == "html" else None)))
            clock["clean"] += time.perf_counter() - t1
        except ParseError as e:
            out.append((i, key, error_page(doc_id, source, "parse", str(e))))
        except Exception as e:  # noqa: BLE001
            out.append((i, key, error_page(doc_id, source, "parse", f"{type(e).__name__}: {e}")))
    if todo:
        if nlp is None:
            nlp = nlp_for(cfg)
            clock["load"] += _NLP.pop("load_seconds", 0.0)
        for (i, key, _), page in zip(todo, process([d for _, _, d in todo], nlp, cfg, clock)):
            out.append((i, key, page))
    t = time.perf_counter()
    rows = [(i, key, page_rows(page)) for i, key, page in sorted(out, key=lambda t: t[0])]
    clock["tables"] += time.perf_counter() - t
    return rows, dict(clock)


class Local:
    """Chunks run here, one after the other."""

    def __init__(self, cfg: dict, nlp=None):
        self.cfg, self.nlp = cfg, nlp

    def map(self, chunks: Iterator[list]) -> Iterator[list]:
        for chunk in chunks:
            yield run_chunk(chunk, self.cfg, self.nlp)

    def close(self) -> None:
        pass


class Bounded:
    """Submit chunks to an executor, at most `depth` in flight, results in submission order."""

    depth = 2

    def submit(self, chunk: list):
        raise NotImplementedError

    def map(self, chunks: Iterator[list]) -> Iterator[list]:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(self.submit(chunk))
            if len(pending) >= self.depth:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def worker_init(cfg: dict) -> None:
    """A worker process: die with the run that started it (a killed run leaves no workers
    behind, on Linux), then build its Language once."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)
    nlp_for(cfg)


class Processes(Bounded):
    """N worker processes on this machine, each with its own Language."""

    def __init__(self, cfg: dict, workers: int):
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.cfg, self.depth = cfg, 2 * workers
        self.pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=worker_init, initargs=(cfg,))

    def submit(self, chunk: list):
        return self.pool.submit(run_chunk, chunk, self.cfg)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class DaskCluster(Bounded):
    """The per-page stages on a dask.distributed cluster; each worker builds its Language once."""

    def __init__(self, cfg: dict, scheduler: str):
        try:
            from dask.distributed import Client
        except ImportError as e:
            raise RunError("--executor dask needs dask[distributed]: .venv/bin/pip install -e '.[dask]'") from e
        try:
            self.client = Client(scheduler, timeout="20s")
        except OSError as e:
            raise RunError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
        self.cfg = cfg
        threads = sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values())
        self.depth = 2 * max(1, threads)

    def submit(self, chunk: list):
        return self.client.submit(run_chunk, chunk, self.cfg, pure=False)

    def close(self) -> None:
        self.client.close()


def engine(cfg: dict, workers: int, executor: str, scheduler: str | None, nlp=None):
    if executor == "dask":
        if not scheduler:
            raise RunError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
        return DaskCluster(cfg, scheduler)
    if executor != "local":
        raise RunError(f"unknown executor {executor!r} (local or dask)")
    return Processes(cfg, workers) if workers > 1 else Local(cfg, nlp)


def run(raw: Path, out: Path, cfg: dict, build: Path | None = None, nlp=None, workers: int = 1,
        executor: str = "local", scheduler: str | None = None, parquet: bool = False,
        progress: bool = False) -> Summary:
    """Build `out` from every page in `raw`; pages run in chunks on the chosen executor."""
    from .tables import write_rows

    files = discover(raw)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise RunError(f"output folder {out} is not writable: {e.strerror or e}") from e
    build = build or Path(cfg["run"]["build"])
    cache = Cache(build / "cache", version(cfg, config_mod.model_fingerprint(cfg["annotate"]["ner"])))
    max_bytes = int(cfg["run"]["max_page_mb"] * 1e6)

    summary = Summary(pages=len(files))
    # Where each page's rows are: a cache key, or the rows themselves for pages that never got
    # a key (unreadable entries, doc_id clashes).  Rows are read back one by one when writing.
    where: list[tuple[str, str, str | PageRows] | None] = [None] * len(files)
    keys: list[str] = []
    trusted: set[str] = set()  # cache keys whose rows passed the checks of an earlier write

    def settle(i: int, page: Page) -> None:
        where[i] = (page.document.doc_id, page.document.source, page_rows(page))

    def work() -> Iterator[tuple]:
        """Pages to process; cache hits and unreadable entries are settled on the way."""
        seen_ids: dict[str, str] = {}
        for i, f in enumerate(files):
            source, doc_id = f.name, f.stem
            if doc_id in seen_ids:
                settle(i, error_page(f.name, source, "parse",
                                     f"doc_id {doc_id!r} is already taken by {seen_ids[doc_id]}; rename one of the files"))
                continue
            seen_ids[doc_id] = source
            problem = refuse(f, raw, max_bytes)
            if problem:
                settle(i, error_page(doc_id, source, "read", problem))
                continue
            t = time.perf_counter()
            try:
                data = f.read_bytes()
            except OSError as e:
                settle(i, error_page(doc_id, source, "read", f"cannot read file: {e.strerror or e}"))
                continue
            key = cache.key(f.name, data)
            keys.append(key)
            state = cache.state(key)
            summary.seconds["read"] += time.perf_counter() - t
            if state:
                where[i] = (doc_id, source, key)
                if state == "checked":
                    trusted.add(key)
                summary.cached += 1
                continue
            yield i, key, f.name, source, data

    workers = max(1, min(workers, -(-len(files) // CHUNK)))  # no idle workers loading models
    eng = engine(cfg, workers, executor, scheduler, nlp)
    bar = tqdm(total=len(files), unit="page", desc="pages", disable=not progress or not sys.stderr.isatty())
    try:
        for results, clock in eng.map(batches(work(), CHUNK)):
            bar.update(len(results))
            for stage, seconds in clock.items():
                summary.seconds[stage] += seconds
            t = time.perf_counter()
            for i, key, rows in results:
                cache.put(key, rows)
                where[i] = (rows.doc_id, rows.source, key)
                summary.processed += 1
            summary.seconds["cache"] += time.perf_counter() - t
    finally:
        bar.close()
        eng.close()
    ordered = sorted((w for w in where if w is not None), key=lambda w: (w[0], w[1]))
    # Nothing changed since the last complete write into `out`: leave it untouched.
    manifest = hashlib.sha256("\n".join([cache.version, *[f.name for f in files], *keys]).encode()).hexdigest()
    stamp = out / ".manifest"
    wanted = OUTPUT_FILES + ([f"{t}.parquet" for t in ("documents", "mentions", "relations", "concepts", "errors")]
                             if parquet else [])
    if not summary.processed and stamp.is_file() and stamp.read_text() == manifest and all(
        (out / f).is_file() for f in wanted
    ):
        summary.rows = {"unchanged": len(ordered)}
        with open(out / "errors.csv", encoding="utf-8", newline="") as f:
            summary.errors = sum(1 for _ in csv.reader(f)) - 1
        return summary

    def rows() -> Iterator[PageRows]:
        for _, source, w in ordered:
            r = w if isinstance(w, PageRows) else cache.get(w)
            if r is None:  # written by an earlier run, unreadable now (disk trouble, tampering)
                cache.drop(w)
                raise RunError(f"cache entry {cache.path(w)} of {source} could not be read; it was "
                               "removed, run again to rebuild that page")
            r.checked = isinstance(w, str) and w in trusted
            summary.errors += r.text is None
            yield r

    t = time.perf_counter()
    summary.rows = write_rows(rows(), out, parquet)
    for _, _, w in ordered:
        if isinstance(w, str) and w not in trusted:
            cache.promote(w)
    atomic_write(stamp, manifest)
    summary.seconds["tables"] += time.perf_counter() - t
    return summary
