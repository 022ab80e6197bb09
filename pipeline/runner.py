"""runner: walk a raw folder, run each page through the stages, isolate failures, write tables.

Pages whose cache entry exists are not reprocessed; the spaCy Language is built only when
some page needs annotating.  A page that fails at any stage becomes one error row; the
run goes on.
"""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import config as config_mod
from .cache import Cache, version
from .clean import clean
from .parse import HTML_SUFFIXES, SUFFIXES, ParseError, parse_bytes
from .records import Document, Page
from .relate import relate
from .tables import OUTPUT_FILES, atomic_write

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
    skipped = sorted(p.name for p in entries if p not in files and not p.name.startswith("."))
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
    ner = cfg["annotate"]["ner"]
    return ("lexicon" if ner == "lexicon" else f"{Path(ner).name}+lexicon") + "+rules"


def process(docs: list[Document], nlp, cfg: dict) -> Iterator[Page]:
    """Annotate and relate cleaned documents, yielding each Page as soon as it is done; a
    failure costs only its own page."""
    from .annotate import annotate

    extractor = extractor_name(cfg)
    done = 0
    try:
        for d, res in zip(docs, annotate(nlp, docs, cfg["annotate"]["batch_size"])):
            yield finish(d, res, extractor)
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


def run(raw: Path, out: Path, cfg: dict, build: Path | None = None, nlp=None) -> Summary:
    from . import nlp as nlp_mod
    from .tables import write

    files = discover(raw)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise RunError(f"output folder {out} is not writable: {e.strerror or e}") from e
    build = build or Path(cfg["run"]["build"])
    cache = Cache(build / "cache", version(cfg, nlp_mod.model_fingerprint(cfg["annotate"]["ner"])))

    summary = Summary(pages=len(files))
    keys: list[str] = []
    pages: dict[int, Page] = {}
    todo: list[tuple[int, str, Document]] = []
    seen_ids: dict[str, str] = {}
    for i, f in enumerate(files):
        source = f.name
        doc_id = f.stem
        if doc_id in seen_ids:
            pages[i] = error_page(f.name, source, "parse",
                                  f"doc_id {doc_id!r} is already taken by {seen_ids[doc_id]}; rename one of the files")
            continue
        seen_ids[doc_id] = source
        problem = refuse(f, raw, int(cfg["run"]["max_page_mb"] * 1e6))
        if problem:
            pages[i] = error_page(doc_id, source, "read", problem)
            continue
        try:
            data = f.read_bytes()
        except OSError as e:
            pages[i] = error_page(doc_id, source, "read", f"cannot read file: {e.strerror or e}")
            continue
        key = cache.key(f.name, data)
        keys.append(key)
        hit = cache.get(key)
        if hit is not None:
            hit.document.source = source
            pages[i] = hit
            summary.cached += 1
            continue
        try:
            doc = clean(parse_bytes(data, f.name, source))
        except ParseError as e:
            pages[i] = error_page(doc_id, source, "parse", str(e), "", 0)
            cache.put(key, pages[i])
            continue
        except Exception as e:  # noqa: BLE001
            pages[i] = error_page(doc_id, source, "parse", f"{type(e).__name__}: {e}")
            continue
        todo.append((i, key, doc))

    if todo:
        nlp = nlp or load_nlp(cfg)
        for (i, key, _), page in zip(todo, process([d for _, _, d in todo], nlp, cfg)):
            pages[i] = page
            cache.put(key, page)
            summary.processed += 1
    ordered = [pages[i] for i in sorted(pages)]
    summary.errors = sum(1 for p in ordered if p.error)
    # Nothing changed since the last complete write into `out`: leave it untouched.
    manifest = hashlib.sha256("\n".join([cache.version, *[f.name for f in files], *keys]).encode()).hexdigest()
    stamp = out / ".manifest"
    if not summary.processed and stamp.is_file() and stamp.read_text() == manifest and all(
        (out / f).is_file() for f in OUTPUT_FILES
    ):
        summary.rows = {"unchanged": len(ordered)}
        return summary
    summary.rows = write(ordered, out)
    atomic_write(stamp, manifest)
    return summary


def load_config(path: str | None) -> dict:
    return config_mod.load(path)
