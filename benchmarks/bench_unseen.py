"""Relations on drug pages written in other sites' styles, against what a reader extracts.

tests/fixtures/unseen/ holds small consumer drug pages in the styles of other sites (Drugs.com,
MedlinePlus, NHS, Mayo Clinic, WebMD, RxList, Healthline, Cleveland Clinic, NCI, eMedTV ...),
HTML and flattened text.  For some of them tests/fixtures/unseen_expected/<page>.expected.json
lists the relations a reader extracts from the article (written by reading the page, never from
the pipeline's output) with their qualifiers, plus chrome lines that must go and content lines
that must stay.  This script builds the pages and scores the relations table against them:

- a predicted relation matches an expected one when the type is the same, the object texts
  contain one another (case-insensitive: "seizures" / "partial-onset seizures") or one abbreviates
  the other ("ADHD"), and so do the subjects (expected subject against the predicted subject's text or canonical name: "Cipro" /
  "Ciprofloxacin"); one-to-one, each expected relation taking the best free candidate (same
  sentence, same negation, same object text first);
- pair P/R/F1 over all pages; qualifier accuracy per key over matched pairs (values compared
  as sets, case-insensitive; the tables join values with "; ", the expected files with "|").

Which page sets were written when, and whether rules were chosen on them, is in
tests/fixtures/unseen_expected/README.md: a set is "held out" only until rules are fitted on it.

    .venv/bin/python benchmarks/bench_unseen.py            # -> benchmarks/results/unseen.{json,md}
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAGES = ROOT / "tests" / "fixtures" / "unseen"
EXPECTED = ROOT / "tests" / "fixtures" / "unseen_expected"
RESULTS = ROOT / "benchmarks" / "results"
QUALIFIERS = ("negated", "approval", "population", "status", "biomarker", "combination", "pathogen")


def norm(s) -> str:
    return re.sub(r"\s+", " ", str(s or "").lower()).strip()


def values(s) -> frozenset:
    return frozenset(v for v in (norm(x) for x in re.split(r"\s*[|;]\s*", str(s or ""))) if v)


def overlaps(a: str, b: str) -> bool:
    """The texts contain one another, or one is the other's abbreviation ("ADHD" / "attention
    deficit hyperactivity disorder": the same concept named twice on the page)."""
    from pipeline.abbreviations import SHORT_FORM, abbreviates

    if not str(a or "").strip() or not str(b or "").strip():
        return False
    x, y = norm(a), norm(b)
    if x in y or y in x:
        return True
    short, long = sorted((str(a).strip(), str(b).strip()), key=len)
    return bool(SHORT_FORM.fullmatch(short)) and len(long) > len(short) + 2 and abbreviates(short, long)


def read_expected(folder: Path = EXPECTED) -> dict[str, dict]:
    """doc_id -> expected page record; a file that is no JSON or lacks a key is an error naming it."""
    out = {}
    for p in sorted(folder.glob("*.expected.json")):
        try:
            e = json.loads(p.read_text(encoding="utf-8"))
            doc = Path(e["page"]).stem
            for r in e["relations"]:
                missing = {"type", "subject", "object", "sentence"} - set(r)
                if missing:
                    raise KeyError(", ".join(sorted(missing)))
        except (ValueError, KeyError, TypeError) as err:
            raise ValueError(f"{p}: not an expected-relations file: {err}") from err
        out[doc] = e
    return out


def match(expected: list[dict], predicted: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each expected relation with its predicted match (or None), one-to-one, in page order:
    first the pairs whose evidence is the expected sentence, then the rest, so that a statement
    the extractor missed does not take the prediction of the same pair from another sentence."""
    used: set[int] = set()
    found: dict[int, int] = {}

    def cands(g: dict, same_sentence: bool) -> list[int]:
        out = [i for i, r in enumerate(predicted) if i not in used and r["relation"] == g["type"]
               and overlaps(g["object"], r["object_text"])
               and (overlaps(g["subject"], r["subject_text"]) or overlaps(g["subject"], r["subject"]))
               and (not same_sentence or overlaps(r["evidence"], g["sentence"]))]
        out.sort(key=lambda i: ((predicted[i]["negated"] == "true") != bool(g.get("negated")),
                                norm(predicted[i]["object_text"]) != norm(g["object"])))
        return out

    for same_sentence in (True, False):
        for k, g in enumerate(expected):
            if k not in found and (c := cands(g, same_sentence)):
                found[k] = c[0]
                used.add(c[0])
    return [(g, predicted[found[k]] if k in found else None) for k, g in enumerate(expected)]


def score(relations: list[dict], expected: dict[str, dict], clean_dir: Path | None = None) -> dict:
    """Per page and total: expected, predicted, matched, P/R/F1, qualifier accuracy; with
    clean_dir, also the chrome lines kept and the content lines lost."""
    by_doc: dict[str, list[dict]] = {}
    for r in relations:
        by_doc.setdefault(r["doc_id"], []).append(r)
    pages, total = {}, {"expected": 0, "predicted": 0, "matched": 0, **{q: [0, 0] for q in QUALIFIERS}}
    for doc, e in sorted(expected.items()):
        pred = by_doc.get(doc, [])
        pairs = match(e["relations"], pred)
        row = {"expected": len(e["relations"]), "predicted": len(pred), "matched": sum(p is not None for _, p in pairs),
               **{q: [0, 0] for q in QUALIFIERS}, "missed": [], "wrong": []}
        for g, p in pairs:
            if p is None:
                row["missed"].append(f"{g['type']} {g['subject']} -> {g['object']}")
                continue
            for q in QUALIFIERS:
                want = str(bool(g.get(q))).lower() if q == "negated" else g.get(q, "")
                ok = values(want) == values(p.get(q, ""))
                row[q][0] += ok
                row[q][1] += 1
                if not ok:
                    row["wrong"].append(f"{g['type']} {g['subject']} -> {g['object']}: {q} {want!r} != {p.get(q, '')!r}")
        if clean_dir is not None:
            text = re.sub(r"\s+", " ", (clean_dir / f"{doc}.txt").read_text(encoding="utf-8"))
            row["chrome_kept"] = [c for c in e.get("chrome_lines", []) if re.sub(r"\s+", " ", c) in text]
            row["content_lost"] = [c for c in e.get("content_lines", []) if re.sub(r"\s+", " ", c) not in text]
        pages[doc] = row
        for k in ("expected", "predicted", "matched"):
            total[k] += row[k]
        for q in QUALIFIERS:
            total[q][0] += row[q][0]
            total[q][1] += row[q][1]
    p = total["matched"] / total["predicted"] if total["predicted"] else 0.0
    r = total["matched"] / total["expected"] if total["expected"] else 0.0
    total.update(precision=p, recall=r, f1=2 * p * r / (p + r) if p + r else 0.0)
    for q in QUALIFIERS:
        ok, n = total[q]
        total[q] = ok / n if n else 1.0
    return {"pages": pages, "total": total}


def build(out: Path) -> None:
    from pipeline import config
    from pipeline.runner import run

    with tempfile.TemporaryDirectory() as build_dir:
        summary = run(PAGES, out, config.load(), Path(build_dir))
    if summary.errors:
        raise SystemExit(f"{summary.errors} pages failed; see {out / 'errors.csv'}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="score this existing output folder instead of building one")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/unseen.*")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        if args.out is None:
            build(out)
        with open(out / "relations.csv", encoding="utf-8", newline="") as f:
            rels = list(csv.DictReader(f))
        res = score(rels, read_expected(), out / "clean")
    t = res["total"]
    lines = ["| page | expected | predicted | matched | chrome kept | content lost |", "|---|---|---|---|---|---|"]
    for doc, row in res["pages"].items():
        lines.append(f"| {doc} | {row['expected']} | {row['predicted']} | {row['matched']} | "
                     f"{len(row.get('chrome_kept', []))} | {len(row.get('content_lost', []))} |")
    lines.append(f"| **total** | {t['expected']} | {t['predicted']} | {t['matched']} | | |")
    summary = (f"pairs P {t['precision']:.3f} R {t['recall']:.3f} F1 {t['f1']:.3f}; qualifier accuracy "
               + ", ".join(f"{q} {t[q]:.3f}" for q in QUALIFIERS))
    print("\n".join(lines) + "\n\n" + summary)
    for doc, row in res["pages"].items():
        for k in ("missed", "wrong", "chrome_kept", "content_lost"):
            for x in row.get(k, []):
                print(f"{doc}: {k}: {x}")
    if not args.no_write:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "unseen.json").write_text(json.dumps(res, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        (RESULTS / "unseen.md").write_text(
            "# Relations on pages in other sites' styles\n\nCommand: `make bench-unseen` "
            "(`.venv/bin/python benchmarks/bench_unseen.py`). Pages: tests/fixtures/unseen/, expected relations: "
            "tests/fixtures/unseen_expected/ (see its README for which sets rules were chosen on).\n\n"
            + "\n".join(lines) + "\n\n" + summary + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
