"""Boilerplate removal benchmark: our clean stage vs. trafilatura, on HTML and flattened text.

Usage (repo root)::

    make bench-clean                       # or: .venv/bin/python benchmarks/bench_clean.py
    .venv/bin/python benchmarks/bench_clean.py --ablate link-density,dom   # switch signals off
    .venv/bin/python benchmarks/bench_clean.py --no-trafilatura --part calibration

Data (read from $PIPELINE_DATA, default ../shared/data; never copied into the repo):

* article_extraction_benchmark/ (181 pages, html/*.html.gz + ground-truth.json).  Score as
  that benchmark's evaluate.py: per page, 4-word-shingle TP/FP/FN (tokens = \\w+, multiset),
  normalised to sum 1; precision and recall are averaged over pages and F1 = 2PR/(P+R).
* trafilatura_eval/ (990 pages, html/<file>.gz + evaldata.json).  Score as trafilatura's
  tests/evaluate.py: a "with" snippet found in the output (plain substring) is a TP, missed an
  FN; a "without" snippet found is an FP, absent a TN; P/R/F1 over the summed counts.

Inputs per page: the HTML itself, and a flattened text version derived from it (the visible
text, one block element per line, chrome included -- what select-all + copy in a browser gives;
see `flatten`), written to build/bench/text/ (git-ignored).  trafilatura reads the HTML as is and
the text wrapped minimally (`<html><body>` + one `<p>` per line).

Split: a page is in the calibration part when sha256(file name) % 2 == 0, else in the report
part.  Thresholds in pipeline/resources/chrome.json / pipeline/clean.py were set looking at the
calibration part only; the report part is the held-out number; "all" is both, labelled.

Writes benchmarks/results/clean.json and clean.md.  Exits 0 with "skipped: ... not found" when
the data is missing.  trafilatura (a dependency: our HTML cleaning combines its extraction with our
classifier, chrome.json "html_assist") also runs alone for comparison; its outputs are cached in
build/bench/trafilatura/ (keyed by input hash and trafilatura version).  Our HTML runs get the
page source (`clean(doc, html)`), as the pipeline runner must pass it.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import html as htmllib
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = Path(os.environ.get("PIPELINE_DATA", str(ROOT.parent / "shared" / "data")))
if not DATA.is_absolute():
    DATA = (ROOT / DATA).resolve()
BUILD = ROOT / "build" / "bench"
RESULTS = ROOT / "benchmarks" / "results"
ARTICLE = "article_extraction_benchmark"
TRAFEVAL = "trafilatura_eval"
FLATTEN_VERSION = "flatten-v2"


# -- split ----------------------------------------------------------------------------------


def part_of(name: str) -> str:
    return "calibration" if int(hashlib.sha256(name.encode()).hexdigest(), 16) % 2 == 0 else "report"


# -- flattened text (what a browser's select-all + copy gives) --------------------------------

HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "canvas",
             "iframe", "object", "embed", "select", "option", "input", "textarea"}
# block-level elements: each starts and ends a line in the copied text
LINE_TAGS = {"address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div",
             "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
             "h6", "header", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
             "table", "tbody", "tfoot", "thead", "tr", "ul", "center", "legend", "br"}


def flatten(html_bytes: bytes) -> str:
    """Visible text of an HTML page, one block element per line (lxml, not our parser).

    Hidden elements (hidden attribute, aria-hidden, inline display:none) are skipped as a
    browser would not render them; table cells of one row are joined by a tab; list items
    get no bullet (Chrome and Firefox copy <li> as plain lines).
    """
    import lxml.html

    from pipeline.parse import decode, normalize

    # decode as the pipeline does (BOM, UTF-8, declared charset, detection), not lxml's guess
    text = re.sub(r"^\s*<\?xml[^>]*>", "", normalize(decode(html_bytes, True)))
    try:
        root = lxml.html.document_fromstring(text)
    except Exception:  # noqa: BLE001 - e.g. an empty document
        return ""
    lines: list[str] = []
    buf: list[str] = []

    def newline() -> None:
        s = " ".join("".join(buf).split())
        if s:
            lines.append(s)
        buf.clear()

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if not tag or tag in SKIP_TAGS or el.get("hidden") is not None or el.get("aria-hidden") == "true" \
                or HIDDEN_STYLE.search(el.get("style") or ""):
            if el.tail:
                buf.append(el.tail)
            return
        block = tag in LINE_TAGS
        if block:
            newline()
        if tag in ("td", "th"):
            buf.append("\t")
        if tag == "img" and el.get("alt") is None:
            pass
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
        if block:
            newline()
        if el.tail:
            buf.append(el.tail)

    walk(root)
    newline()
    return "\n".join(line.strip("\t ") for line in lines) + "\n"


def wrap_text(text: str) -> str:
    """Flattened text -> the smallest HTML trafilatura reads: one <p> per line."""
    body = "\n".join(f"<p>{htmllib.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><body>\n{body}\n</body></html>"


# -- data -----------------------------------------------------------------------------------


def load_pages() -> list[dict]:
    pages = []
    gt = json.loads((DATA / ARTICLE / "ground-truth.json").read_text("utf-8"))
    for key in sorted(gt):
        path = DATA / ARTICLE / "html" / f"{key}.html.gz"
        pages.append({"dataset": ARTICLE, "name": key, "path": str(path),
                      "truth": gt[key].get("articleBody", "") or ""})
    ev = json.loads((DATA / TRAFEVAL / "evaldata.json").read_text("utf-8"))
    for url in sorted(ev, key=lambda u: ev[u]["file"]):
        item = ev[url]
        path = DATA / TRAFEVAL / "html" / f"{item['file']}.gz"
        if not path.is_file():
            continue
        pages.append({"dataset": TRAFEVAL, "name": item["file"], "path": str(path),
                      "with": item["with"], "without": item["without"]})
    for p in pages:
        p["part"] = part_of(p["name"])
    return pages


def html_bytes(page: dict) -> bytes:
    return gzip.open(page["path"]).read()


def text_version(page: dict, data: bytes) -> str:
    """The flattened text of a page, cached under build/bench/text/."""
    safe = hashlib.sha1(page["name"].encode()).hexdigest()[:16]
    path = BUILD / "text" / page["dataset"] / f"{safe}.txt"
    stamp = hashlib.sha256(FLATTEN_VERSION.encode() + data).hexdigest()[:16]
    if path.is_file():
        text = path.read_text("utf-8")
        head, _, body = text.partition("\n")
        if head == stamp:
            return body
    text = flatten(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(stamp + "\n" + text, "utf-8")
    return text


# -- extractors -----------------------------------------------------------------------------


def run_ours(args) -> tuple[str, str]:
    name, data, fmt, ablate, overrides = args
    import warnings

    warnings.filterwarnings("ignore")  # bs4's XMLParsedAsHTMLWarning on XHTML pages
    from pipeline import clean as clean_mod
    from pipeline.parse import ParseError, parse_bytes

    clean_mod.DISABLED = set(ablate)
    if clean_mod.OVERRIDES != overrides:
        clean_mod.OVERRIDES = overrides
        clean_mod.rules.cache_clear()
    try:
        doc = parse_bytes(data, f"{Path(name).stem[:60] or 'page'}.{'html' if fmt == 'html' else 'txt'}")
    except ParseError:
        return name, ""
    html = None
    if fmt == "html" and clean_mod.rules()["html_assist"] != "none":
        from pipeline.parse import decode, normalize

        html = normalize(decode(data, True))
    return name, clean_mod.clean(doc, html).text


def run_trafilatura(args) -> tuple[str, str]:
    name, data, fmt = args
    import trafilatura

    inp = data if fmt == "html" else wrap_text(data.decode("utf-8"))
    try:
        out = trafilatura.extract(inp, include_comments=False)
    except Exception:  # noqa: BLE001 - a crash counts as empty output, as in the benchmarks
        out = None
    return name, out or ""


def trafilatura_outputs(pages: list[dict], inputs: dict, fmt: str, procs: int) -> dict | None:
    try:
        import trafilatura
    except ImportError:
        return None
    cache_path = BUILD / "trafilatura" / f"{fmt}.json"
    cache = json.loads(cache_path.read_text("utf-8")) if cache_path.is_file() else {}
    out, todo = {}, []
    for p in pages:
        key = hashlib.sha256(f"{trafilatura.__version__}\0{fmt}\0".encode() + inputs[p["name"]]).hexdigest()
        p.setdefault("tkey", {})[fmt] = key
        if key in cache:
            out[p["name"]] = cache[key]
        else:
            todo.append((p["name"], inputs[p["name"]], fmt))
    if todo:
        with Pool(procs) as pool:
            for name, text in pool.imap_unordered(run_trafilatura, todo, chunksize=4):
                out[name] = text
        by_name = {p["name"]: p for p in pages}
        for name, text in out.items():
            cache[by_name[name]["tkey"][fmt]] = text
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        cache_path.write_text(json.dumps(cache, ensure_ascii=False), "utf-8")
    return out


# -- scores ---------------------------------------------------------------------------------

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def shingle_tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def article_scores(rows: list[tuple[float, float, float]]) -> dict:
    def prec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def rec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    ps = [prec(*r) for r in rows if r[0] + r[1] > 0]
    rs = [rec(*r) for r in rows if r[0] + r[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "pages": len(rows)}


def snippet_counts(page: dict, out: str) -> tuple[int, int, int, int]:
    tp = sum(1 for s in page["with"] if s in out)
    fp = sum(1 for s in page["without"] if s in out)
    return tp, len(page["with"]) - tp, fp, len(page["without"]) - fp


def snippet_scores(rows: list[tuple[int, int, int, int]]) -> dict:
    tp, fn, fp, tn = (sum(r[i] for r in rows) for i in range(4))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "pages": len(rows),
            "tp": tp, "fn": fn, "fp": fp, "tn": tn}


def score(pages: list[dict], outputs: dict, part: str) -> dict:
    res = {}
    for ds in (ARTICLE, TRAFEVAL):
        sel = [p for p in pages if p["dataset"] == ds and (part == "all" or p["part"] == part)]
        if ds == ARTICLE:
            res[ds] = article_scores([shingle_tp_fp_fn(p["truth"], outputs.get(p["name"], "")) for p in sel])
        else:
            res[ds] = snippet_scores([snippet_counts(p, outputs.get(p["name"], "")) for p in sel])
    return res


def per_page(pages: list[dict], outputs: dict) -> dict:
    """name -> F1-like page score, for finding the worst pages while calibrating."""
    out = {}
    for p in pages:
        pred = outputs.get(p["name"], "")
        if p["dataset"] == ARTICLE:
            tp, fp, fn = shingle_tp_fp_fn(p["truth"], pred)
            out[p["name"]] = {"tp": tp, "fp": fp, "fn": fn}
        else:
            tp, fn, fp, tn = snippet_counts(p, pred)
            out[p["name"]] = {"tp": tp, "fn": fn, "fp": fp, "tn": tn}
    return out


# -- main -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-trafilatura", action="store_true", help="run our extractor only")
    ap.add_argument("--ablate", default="", help="comma-separated signals to switch off (see pipeline/clean.py SIGNALS)")
    ap.add_argument("--set", default="", help="name=value,... threshold overrides (calibration runs only)")
    ap.add_argument("--formats", default="html,text")
    ap.add_argument("--dataset", default="", help="only this dataset")
    ap.add_argument("--part", default="", help="only pages of this part (calibration|report) -- for quick runs")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--dump", default="", help="write per-page outputs and scores to this JSON file")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/")
    ap.add_argument("--ablation", action="store_true",
                    help="calibration part only: F1 with each signal switched off (and with the trafilatura "
                         "assist off); added to benchmarks/results/clean.json/.md")
    a = ap.parse_args(argv)

    missing = [d for d in (ARTICLE, TRAFEVAL) if not (DATA / d).is_dir()]
    if missing:
        print(f"skipped: {', '.join(str(DATA / d) for d in missing)} not found (set PIPELINE_DATA)")
        return 0
    t0 = time.time()
    pages = load_pages()
    if a.dataset:
        pages = [p for p in pages if p["dataset"] == a.dataset]
    if a.part:
        pages = [p for p in pages if p["part"] == a.part]
    ablate = [s for s in a.ablate.split(",") if s]
    overrides = {k: (v if k == "html_assist" else float(v)) for k, v in (kv.split("=") for kv in a.set.split(",") if kv)}
    formats = [f for f in a.formats.split(",") if f]
    raw = {p["name"]: html_bytes(p) for p in pages}
    inputs = {"html": raw}
    if "text" in formats:
        inputs["text"] = {p["name"]: text_version(p, raw[p["name"]]).encode("utf-8") for p in pages}

    if a.ablation:
        return ablation(pages, inputs, formats, a.procs)

    results: dict = {}
    dumps: dict = {}
    for fmt in formats:
        ours: dict = {}
        with Pool(a.procs) as pool:
            for name, text in pool.imap_unordered(run_ours, [(p["name"], inputs[fmt][p["name"]], fmt, ablate, overrides)
                                                             for p in pages], chunksize=4):
                ours[name] = text
        extractors = {"ours": ours}
        if not a.no_trafilatura:
            t = trafilatura_outputs(pages, inputs[fmt], fmt, a.procs)
            if t is None:
                print("trafilatura not installed (pip install -e '.[compare]'): compared with ours only")
            else:
                extractors["trafilatura"] = t
        for ex, outs in extractors.items():
            for part in ("calibration", "report", "all"):
                for ds, sc in score(pages, outs, part).items():
                    results.setdefault(ds, {}).setdefault(fmt, {}).setdefault(ex, {})[part] = sc
            if a.dump:
                dumps.setdefault(fmt, {})[ex] = {"outputs": outs, "scores": per_page(pages, outs)}
    elapsed = time.time() - t0

    lines = table(results)
    print("\n".join(lines))
    print(f"({elapsed:.0f} s{'; ablated: ' + ','.join(ablate) if ablate else ''})")
    if a.dump:
        Path(a.dump).write_text(json.dumps(dumps, ensure_ascii=False), "utf-8")
    if not a.no_write and not ablate and not overrides and not a.part and not a.dataset:
        write_results(results, pages, elapsed)
    return 0


def run_config(pages: list[dict], inputs: dict, fmt: str, ablate: list[str], overrides: dict, procs: int) -> dict:
    outs = {}
    with Pool(procs) as pool:
        for name, text in pool.imap_unordered(run_ours, [(p["name"], inputs[fmt][p["name"]], fmt, ablate, overrides)
                                                         for p in pages], chunksize=4):
            outs[name] = text
    return outs


def ablation(pages: list[dict], inputs: dict, formats: list[str], procs: int) -> int:
    from pipeline.clean import SIGNALS

    pages = [p for p in pages if p["part"] == "calibration"]
    configs = [("all signals", [], {})] + [(f"without {s}", [s], {}) for s in SIGNALS] + [
        ("without trafilatura assist (html)", [], {"html_assist": "none"})]
    rows = {}
    for label, ablate, overrides in configs:
        for fmt in formats:
            if overrides and fmt != "html":
                continue
            sc = score(pages, run_config(pages, inputs, fmt, ablate, overrides, procs), "calibration")
            for ds, s in sc.items():
                rows.setdefault(label, {})[f"{ds}/{fmt}"] = round(s["f1"], 4)
        print(label, rows[label], flush=True)
    path = RESULTS / "clean.json"
    data = json.loads(path.read_text("utf-8")) if path.is_file() else {"meta": {}, "results": {}}
    data["ablation"] = {"part": "calibration", "f1": rows}
    path.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    write_md(data)
    return 0


def table(results: dict) -> list[str]:
    lines = ["| dataset | input | extractor | part | pages | P | R | F1 |", "|---|---|---|---|---|---|---|---|"]
    for ds, by_fmt in results.items():
        for fmt, by_ex in by_fmt.items():
            for ex, by_part in by_ex.items():
                for part, s in by_part.items():
                    lines.append(f"| {ds} | {fmt} | {ex} | {part} | {s['pages']} | {s['p']:.3f} | {s['r']:.3f} | "
                                 f"**{s['f1']:.3f}** |" if part == "report" else
                                 f"| {ds} | {fmt} | {ex} | {part} | {s['pages']} | {s['p']:.3f} | {s['r']:.3f} | "
                                 f"{s['f1']:.3f} |")
    return lines


def write_results(results: dict, pages: list[dict], elapsed: float) -> None:
    try:
        import trafilatura

        tv = trafilatura.__version__
    except ImportError:
        tv = None
    meta = {
        "command": "make bench-clean  (.venv/bin/python benchmarks/bench_clean.py; ablation: "
                   "benchmarks/bench_clean.py --ablation)",
        "data": str(DATA),
        "split": "calibration = sha256(file name) % 2 == 0, report = the rest; thresholds set on calibration only",
        "pages": {ds: {part: sum(1 for p in pages if p["dataset"] == ds and p["part"] == part)
                       for part in ("calibration", "report")} for ds in (ARTICLE, TRAFEVAL)},
        "trafilatura": tv,
        "trafilatura_call": "trafilatura.extract(input, include_comments=False); text input wrapped as "
                            "<html><body><p>line</p>...</body></html>",
        "text_version": "benchmarks/bench_clean.py flatten(): visible text, one block element per line, "
                        "hidden elements skipped, td/th joined by tabs",
        "scores": {ARTICLE: "per-page 4-word-shingle P/R averaged over pages, F1 = 2PR/(P+R) "
                            "(scrapinghub/article-extraction-benchmark evaluate.py)",
                   TRAFEVAL: "with/without snippets as substrings of the output, P/R/F1 over summed counts "
                             "(trafilatura tests/evaluate.py)"},
        "seconds": round(elapsed),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "clean.json"
    old = json.loads(path.read_text("utf-8")) if path.is_file() else {}
    data = {"meta": meta, "results": results, **({"ablation": old["ablation"]} if "ablation" in old else {})}
    path.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    write_md(data)


def write_md(data: dict) -> None:
    meta, results = data["meta"], data["results"]
    tv = meta.get("trafilatura")
    md = ["# Boilerplate removal (clean stage) vs. trafilatura", "",
          f"Command: `{meta['command']}`. Data: `$PIPELINE_DATA` ({ARTICLE}, {TRAFEVAL}).", "",
          f"Split: {meta['split']}. Pages: " + "; ".join(
              f"{ds} {v['calibration']} calibration / {v['report']} report" for ds, v in meta["pages"].items()) + ".",
          "The **report** rows are the held-out figures; calibration and all are labelled.", "",
          f"trafilatura {tv}: `{meta['trafilatura_call']}`.", "",
          f"Text input: {meta['text_version']}.", "",
          f"Scores: {ARTICLE}: {meta['scores'][ARTICLE]}; {TRAFEVAL}: {meta['scores'][TRAFEVAL]}.", "",
          *table(results), ""]
    if "ablation" in data:
        rows = data["ablation"]["f1"]
        cols = sorted({c for r in rows.values() for c in r})
        md += ["## Ablation (calibration part, F1; `bench_clean.py --ablation`)", "",
               "| configuration | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
        for label, r in rows.items():
            md.append(f"| {label} | " + " | ".join(f"{r[c]:.3f}" if c in r else "" for c in cols) + " |")
        md.append("")
    notes = RESULTS / "clean_notes.md"
    if notes.is_file():
        md += [notes.read_text("utf-8")]
    (RESULTS / "clean.md").write_text("\n".join(md), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
