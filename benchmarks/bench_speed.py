"""Speed and scale: `make bench` -> benchmarks/results/speed.json and speed.md.

For each corpus size (synthetic pages from make_corpus.py, speed only):
- end-to-end `python -m pipeline run --workers 1` in a fresh process with an empty cache:
  wall time, pages/s, words/s (clean-text words), seconds per stage, peak RSS;
- the bare `nlp.pipe` of the same spaCy pipeline over the same clean texts, same process
  kind, same batch size: words/s; and the ratio end-to-end / bare (model load excluded from
  both: it is paid once per process);
- at the largest size also `--workers 2` (speed-up over one worker);
- at 1,000 pages: rebuild time after changing one page (share of the full build).

    .venv/bin/python benchmarks/bench_speed.py [--sizes 100 1000 10000]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "build" / "bench"
RESULTS = ROOT / "benchmarks" / "results"
PY = sys.executable

BARE = r"""
import json, resource, sys, time
from pathlib import Path
from pipeline import config, nlp as N
cfg = config.load()
nlp = N.build(cfg)
texts = [p.read_text("utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
t = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=cfg["annotate"]["batch_size"]):
    pass
secs = time.perf_counter() - t
print(json.dumps({"seconds": secs, "words": sum(len(x.split()) for x in texts),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def timed_run(raw: Path, out: Path, build: Path, workers: int) -> dict:
    """One pipeline run in a fresh process; peak RSS from /usr/bin/time-free rusage of a wrapper."""
    timings = out.parent / f"{out.name}.timings.json"
    wrapper = (f"import resource, subprocess, sys, json; r = subprocess.run({[PY, '-m', 'pipeline', '-q', 'run', '--raw', str(raw), '--out', str(out), '--build', str(build), '--workers', str(workers), '--timings', str(timings)]!r}); "
               "print(json.dumps({'rc': r.returncode, 'rss_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))")
    t = time.perf_counter()
    res = subprocess.run([PY, "-c", wrapper], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t
    info = json.loads(res.stdout.strip().splitlines()[-1])
    if info["rc"] != 0:
        raise SystemExit(f"pipeline failed on {raw}: {res.stderr[-2000:]}")
    t = json.loads(timings.read_text())
    return {"wall_s": wall, "rss_mb": info["rss_mb"], "stages_s": t["seconds"], "processed": t["processed"]}


def bare(clean: Path) -> dict:
    res = subprocess.run([PY, "-c", BARE, str(clean)], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def fresh(path: Path) -> Path:
    subprocess.run(["rm", "-rf", str(path)], check=True)
    return path


def main() -> int:
    a = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    args = a.parse_args()
    rows = []
    for n in args.sizes:
        corpus = BENCH / f"corpus-{n}"
        if not corpus.is_dir():
            subprocess.run([PY, str(ROOT / "benchmarks" / "make_corpus.py"), str(n), str(corpus)], check=True, cwd=ROOT)
        out = fresh(BENCH / f"out-{n}")
        r = timed_run(corpus, out, fresh(BENCH / f"cache-{n}"), 1)
        words = sum(len(p.read_text("utf-8").split()) for p in (out / "clean").glob("*.txt"))
        b = bare(out / "clean")
        load = r["stages_s"].get("load", 0.0)
        e2e = words / (r["wall_s"] - load)
        row = {"pages": n, "words": words, "wall_s": round(r["wall_s"], 2), "model_load_s": round(load, 2),
               "pages_per_s": round(n / r["wall_s"], 1), "words_per_s": round(e2e),
               "bare_nlp_pipe_words_per_s": round(b["words"] / b["seconds"]),
               "ratio_end_to_end_over_bare": round(e2e / (b["words"] / b["seconds"]), 3),
               "stage_share": {k: round(v / sum(r["stages_s"].values()), 3) for k, v in sorted(r["stages_s"].items())},
               "peak_rss_mb": round(r["rss_mb"], 1)}
        if n == max(args.sizes):
            r2 = timed_run(corpus, fresh(BENCH / f"out-{n}-w2"), fresh(BENCH / f"cache-{n}-w2"), 2)
            row["workers2_wall_s"] = round(r2["wall_s"], 2)
            row["workers2_speedup"] = round(r["wall_s"] / r2["wall_s"], 2)
        if n == 1000 or n == min(args.sizes):
            page = sorted(corpus.iterdir())[len(list(corpus.iterdir())) // 2]
            original = page.read_bytes()
            try:
                page.write_bytes(original.replace(b"prescription medicine", b"prescription drug", 1))
                r3 = timed_run(corpus, out, BENCH / f"cache-{n}", 1)
            finally:
                page.write_bytes(original)
            row["one_page_changed_wall_s"] = round(r3["wall_s"], 2)
            row["one_page_changed_share"] = round(r3["wall_s"] / r["wall_s"], 3)
            row["one_page_changed_processed"] = r3["processed"]
            row["one_page_changed_stages_s"] = {k: round(v, 2) for k, v in sorted(r3["stages_s"].items())}
        rows.append(row)
        print(json.dumps(row), flush=True)
    if len(rows) > 1:
        rows[-1]["rss_vs_smaller"] = round(rows[-1]["peak_rss_mb"] / rows[-2]["peak_rss_mb"], 3)
    meta = {"machine": f"{platform.machine()}, {os.cpu_count()} cores", "python": platform.python_version(),
            "command": "make bench  (.venv/bin/python benchmarks/bench_speed.py)", "rows": rows}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "speed.json").write_text(json.dumps(meta, indent=1) + "\n")
    lines = ["| pages | words | wall s | model load s | pages/s | words/s (e2e, excl. load) | bare nlp.pipe words/s | ratio | peak RSS MB | stage shares |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        shares = ", ".join(f"{k} {v:.0%}" for k, v in r["stage_share"].items())
        lines.append(f"| {r['pages']} | {r['words']} | {r['wall_s']} | {r['model_load_s']} | {r['pages_per_s']} | "
                     f"{r['words_per_s']} | {r['bare_nlp_pipe_words_per_s']} | {r['ratio_end_to_end_over_bare']} | "
                     f"{r['peak_rss_mb']} | {shares} |")
    extra = [f"- {k}: {v}" for r in rows for k, v in r.items() if k.startswith(("workers2", "one_page", "rss_vs"))]
    (RESULTS / "speed.md").write_text("\n".join(lines + [""] + extra) + f"\n\nCommand: {meta['command']}\n")
    print("\n".join(lines + extra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
