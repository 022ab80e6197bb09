"""Command line: `python -m pipeline COMMAND`.

  run        build OUT from every page in RAW (incremental)
  parse      page -> Page JSON with typed blocks
  clean      page or Page JSON -> Page JSON with chrome marked and clean text
  annotate   page or Page JSON -> Page JSON with sentences and mentions
  relate     page or Page JSON -> Page JSON with relations
  tables     Page JSON files -> the CSV/JSON tables in OUT
  evaluate   score every extractor variant against gold/ (brat) -> OUT/eval/
  gold       validate gold files, or export pipeline output as brat
  pubtator   annotate a PubTator file (Chemical/Disease mentions with MeSH IDs)
  report     OUT -> OUT/report/index.html: summary, TREATS, pages (displaCy), evaluation, errors
  bioc       OUT -> OUT/bioc.json: pages, mentions and relations as a BioC JSON collection

Each stage reads a raw page (.html/.htm/.txt) or the Page JSON written by the stage
before it, and writes Page JSON to stdout (or -o FILE), so stages chain:
  python -m pipeline parse raw/x.txt -o /tmp/x.json && python -m pipeline clean /tmp/x.json
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from . import config as config_mod
from .records import Page

log = logging.getLogger("pipeline")


def read_page(path: Path) -> Page:
    from .parse import parse_file

    if path.suffix.lower() == ".json":
        return Page.from_dict(json.loads(path.read_text("utf-8")))
    return Page(document=parse_file(path))


def emit(page: Page, out: str | None) -> None:
    text = json.dumps(page.to_dict(), ensure_ascii=False, indent=1) + "\n"
    if out:
        from .tables import atomic_write

        atomic_write(Path(out), text)
    else:
        sys.stdout.write(text)


def cmd_run(a, cfg) -> int:
    from .runner import run

    raw = Path(a.raw or cfg["run"]["raw"])
    out = Path(a.out or cfg["run"]["out"])
    s = run(raw, out, cfg, Path(a.build) if a.build else None, workers=a.workers, executor=a.executor,
            scheduler=a.scheduler, parquet="parquet" in a.format, progress=not a.quiet)
    log.warning("%d pages: %d processed, %d from cache, %d errors -> %s (%s)", s.pages, s.processed, s.cached,
                s.errors, out, ", ".join(f"{k} {v}" for k, v in s.rows.items()))
    if a.timings:  # seconds per stage, summed over workers: kept out of OUT, which must not change
        Path(a.timings).write_text(json.dumps({"pages": s.pages, "processed": s.processed,
                                               "seconds": dict(sorted(s.seconds.items()))}, indent=1) + "\n")
    return 1 if a.strict and s.errors else 0


def cmd_stage(a, cfg) -> int:
    from .clean import clean

    page = read_page(Path(a.page))
    doc = page.document
    if a.command == "parse":
        return emit(page, a.output) or 0
    if a.command == "clean" or not doc.text:
        clean(doc)
    if a.command in ("annotate", "relate") and not page.mentions:
        from .annotate import annotate
        from .nlp import build

        page.sentences, page.mentions = next(annotate(build(cfg), [doc]))
    if a.command == "relate":
        from .relate import relate
        from .runner import extractor_name

        page.relations = relate(doc.text, page.sentences, page.mentions, doc.title, extractor_name(cfg))
    emit(page, a.output)
    return 0


def cmd_tables(a, cfg) -> int:
    from .tables import write

    pages = [read_page(Path(p)) for p in a.pages]
    rows = write(pages, Path(a.out))
    log.warning("wrote %s", ", ".join(f"{k} {v}" for k, v in rows.items()))
    return 0


def cmd_evaluate(a, cfg) -> int:
    from .evaluate import run, summary

    raw = Path(a.raw or cfg["run"]["raw"])
    out = Path(a.out or cfg["run"]["out"])
    df = run(Path(a.gold), raw, out, cfg, Path(a.build) if a.build else None)
    print(summary(df))
    print(f"\nper page and per label: {out / 'eval' / 'scores.csv'}")
    return 0


def cmd_pubtator(a, cfg) -> int:
    from . import pubtator_io
    from .nlp import build

    cfg["annotate"]["symptom_lists"] = False  # abstracts, not consumer pages (see config.py)
    cfg["annotate"]["drug_classes"] = False
    cfg["annotate"]["acronyms"] = False
    cfg["annotate"]["drug_names"] = False
    n = pubtator_io.run(build(cfg), Path(a.input), Path(a.output))
    log.warning("%d documents annotated -> %s", n, a.output)
    return 0


def cmd_gold(a, cfg) -> int:
    from . import gold

    if a.action == "validate":
        docs = gold.read_dir(Path(a.folder))
        for d in docs:
            print(f"{d.doc_id}: {len(d.entities)} entities, {len(d.relations)} relations: ok")
        return 0
    pages = [read_page(Path(p)) for p in a.pages]
    for page in pages:
        gold.write(gold.from_page(page), Path(a.folder))
    return 0


def cmd_report(a, cfg) -> int:
    from .report import build

    out = Path(a.out or cfg["run"]["out"])
    log.info("report -> %s", build(out))
    return 0


def cmd_bioc(a, cfg) -> int:
    from .bioc_export import export

    out = Path(a.out or cfg["run"]["out"])
    log.info("BioC -> %s", export(out))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--config", help="settings file (default: pipeline.toml if present)")
    p.add_argument("-v", "--verbose", action="store_true", help="show details and tracebacks")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="build OUT from RAW", description="Build the tables of every page in RAW into OUT. "
                       "Examples: python -m pipeline run --raw raw --out output; "
                       "python -m pipeline run --workers 1; "
                       "python -m pipeline run --executor dask --scheduler tcp://10.0.0.5:8786")
    r.add_argument("--raw", help="folder of .html/.htm/.txt pages (default raw)")
    r.add_argument("--out", help="output folder (default output)")
    r.add_argument("--build", help="cache folder (default build)")
    r.add_argument("--strict", action="store_true", help="exit 1 when any page fails")
    r.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="parallel worker processes (default: the number of cores, %(default)s here)")
    r.add_argument("--executor", choices=["local", "dask"], default="local",
                   help="local processes, or a dask.distributed cluster (needs --scheduler)")
    r.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786")
    r.add_argument("--format", action="append", default=[], choices=["parquet"],
                   help="also write the tables as Parquet (CSV and JSON are always written)")
    r.add_argument("--timings", help="write seconds per stage to this JSON file (a log, not an output)")
    r.set_defaults(func=cmd_run)
    for name, text in [("parse", "page -> Page JSON with blocks"), ("clean", "-> Page JSON with clean text"),
                       ("annotate", "-> Page JSON with mentions"), ("relate", "-> Page JSON with relations")]:
        s = sub.add_parser(name, help=text, description=f"{text}. Example: python -m pipeline {name} raw/imatinib-uses.txt")
        s.add_argument("page", help="a raw page or a Page JSON file")
        s.add_argument("-o", "--output", help="write here instead of stdout")
        s.set_defaults(func=cmd_stage)
    t = sub.add_parser("tables", help="Page JSON files -> tables",
                       description="Example: python -m pipeline tables /tmp/x.json --out /tmp/out")
    t.add_argument("pages", nargs="+")
    t.add_argument("--out", required=True)
    t.set_defaults(func=cmd_tables)
    e = sub.add_parser("evaluate", help="score extractors against gold",
                       description="Build RAW with every available extractor variant and score each against the "
                       "brat gold in GOLD; writes OUT/eval/scores.csv|json. Example: python -m pipeline evaluate")
    e.add_argument("--gold", default="gold", help="gold folder (default gold)")
    e.add_argument("--raw", help="pages folder (default raw)")
    e.add_argument("--out", help="output folder (default output)")
    e.add_argument("--build", help="cache folder (default build)")
    e.set_defaults(func=cmd_evaluate)
    pt = sub.add_parser("pubtator", help="annotate a PubTator file",
                        description="Read PubTator documents (PMID|t|title, PMID|a|abstract; annotation lines are "
                        "ignored) and write them with predicted Chemical/Disease mentions and MeSH IDs (or -1). "
                        "Example: python -m pipeline pubtator ../shared/data/bc5cdr/CDR_TestSet.PubTator.txt /tmp/pred.txt")
    pt.add_argument("input")
    pt.add_argument("output")
    pt.set_defaults(func=cmd_pubtator)
    g = sub.add_parser("gold", help="validate gold or export brat",
                       description="python -m pipeline gold validate gold/   |   "
                       "python -m pipeline gold export OUTDIR page.json ...")
    g.add_argument("action", choices=["validate", "export"])
    g.add_argument("folder", help="gold folder to validate, or folder to write brat files into")
    g.add_argument("pages", nargs="*", help="for export: pages or Page JSON files")
    g.set_defaults(func=cmd_gold)
    rp = sub.add_parser("report", help="OUT -> static HTML report",
                        description="Write OUT/report/index.html from the tables in OUT: dataset summary, the "
                        "TREATS table with its qualifiers, each page with its mentions (displaCy) and relations, "
                        "the evaluation of OUT/eval/scores.csv when present (tables and plots), and the errors. "
                        "Static and offline; reruns are byte-identical. Example: python -m pipeline report --out output")
    rp.add_argument("--out", help="output folder holding the tables (default output)")
    rp.set_defaults(func=cmd_report)
    bc = sub.add_parser("bioc", help="OUT -> BioC JSON",
                        description="Write OUT/bioc.json from the tables in OUT: one BioC document per page, a "
                        "passage with the clean text, mentions as annotations (infons type=label, "
                        "identifier=concept_id), relations with their qualifiers as infons. "
                        "Example: python -m pipeline bioc --out output")
    bc.add_argument("--out", help="output folder holding the tables (default output)")
    bc.set_defaults(func=cmd_bioc)
    return p


def main(argv: list[str] | None = None) -> int:
    a = parser().parse_args(argv)
    level = logging.DEBUG if a.verbose else logging.ERROR if a.quiet else logging.INFO
    logging.basicConfig(level=level, format="%(message)s")
    import warnings

    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", message=r"\[W036\]")  # scispaCy's empty abbreviation matcher
    try:
        cfg = config_mod.load(a.config)
        return a.func(a, cfg)
    except Exception as e:  # noqa: BLE001 - user errors get one clear line, -v the traceback
        if a.verbose:
            raise
        print(f"error: {e}", file=sys.stderr)
        return 2
