"""Strict and overlap character-offset NER scores of a spaCy model on a PubTator file.

Usage (repo root)::

    .venv/bin/python benchmarks/score_ner.py models/ner_bc5cdr \
        [--pubtator ../shared/data/bc5cdr/CDR_DevelopmentSet.PubTator.txt] [--json out.json]

* strict: a predicted (start, end, type) counts only if a gold mention has exactly those
  character offsets and type (PubTator offsets into ``title + " " + abstract``);
* overlap: a prediction is correct if it overlaps a gold mention of the same type, and a
  gold mention is found if some same-type prediction overlaps it (P and R counted apart);
* speed: words (tokens) per second of ``nlp.pipe`` over the file's texts, one process,
  after one warm-up document, per wall second and per CPU second of this process (the
  latter is robust to other load on the machine); size: bytes on disk of the model directory.

Report on ``CDR_TestSet`` only for a final model: never choose anything on it.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.pubtator import read_pubtator  # noqa: E402

LABELS = ("Chemical", "Disease")


def prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> dict:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f, "n_pred": n_pred, "n_gold": n_gold}


def score_spans(gold_docs: list[set], pred_docs: list[set], labels=LABELS) -> dict:
    """gold_docs/pred_docs: per document, sets of (start, end, label)."""
    c = Counter()
    for gold, pred in zip(gold_docs, pred_docs):
        for lab in (*labels, "ALL"):
            g = [s for s in gold if lab == "ALL" or s[2] == lab]
            p = [s for s in pred if lab == "ALL" or s[2] == lab]
            gs = set(g)
            c[lab, "gold"] += len(g)
            c[lab, "pred"] += len(p)
            c[lab, "strict_tp"] += sum(1 for s in p if s in gs)
            c[lab, "ov_tp_p"] += sum(1 for s in p if any(s[2] == t[2] and s[0] < t[1] and t[0] < s[1] for t in g))
            c[lab, "ov_tp_r"] += sum(1 for t in g if any(s[2] == t[2] and s[0] < t[1] and t[0] < s[1] for s in p))
    out = {}
    for lab in (*labels, "ALL"):
        out[lab] = {
            "strict": prf(c[lab, "strict_tp"], c[lab, "pred"], c[lab, "strict_tp"], c[lab, "gold"]),
            "overlap": prf(c[lab, "ov_tp_p"], c[lab, "pred"], c[lab, "ov_tp_r"], c[lab, "gold"]),
        }
    return out


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def propagate_abbreviations(doc, labels=LABELS) -> set:
    """Model entities plus short forms typed by their long form (what the project pipeline's
    abbreviation step does downstream): for each scispaCy AbbreviationDetector pair whose long
    form overlaps a predicted entity, every occurrence of the short form that overlaps no
    entity is added with that entity's type."""
    ents = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in labels}
    for short in doc._.abbreviations:
        long = short._.long_form
        typ = {e[2] for e in ents if e[0] < long.end_char and long.start_char < e[1]}
        if len(typ) != 1:
            continue
        typ = typ.pop()
        for tok_i in range(len(doc) - len(short) + 1):
            span = doc[tok_i : tok_i + len(short)]
            if span.text != short.text:
                continue
            s, e = span.start_char, span.end_char
            if not any(x[0] < e and s < x[1] for x in ents):
                ents.add((s, e, typ))
    return ents


def evaluate(nlp, pubtator: str | Path, labels=LABELS, n_process: int = 1, abbrev: bool = False) -> dict:
    docs = read_pubtator(pubtator, types=labels)
    texts = [d.text for d in docs]
    gold = [{(a.start, a.end, a.type) for a in d.annotations} for d in docs]
    list(nlp.pipe(texts[:1]))  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    pdocs = list(nlp.pipe(texts, batch_size=64, n_process=n_process))
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    words = sum(len(d) for d in pdocs)
    pred = [{(e.start_char, e.end_char, e.label_) for e in d.ents if e.label_ in labels} for d in pdocs]
    res = score_spans(gold, pred, labels)
    if abbrev:
        from scispacy.abbreviation import AbbreviationDetector  # noqa: F401 - registers the factory

        ab = nlp.__class__(vocab=nlp.vocab)  # same vocab; tokens come from the model's docs
        det = ab.add_pipe("abbreviation_detector")
        pred_ab = [propagate_abbreviations(det(d), labels) for d in pdocs]
        res["with_abbreviation_propagation"] = score_spans(gold, pred_ab, labels)
    res["speed"] = {"docs": len(docs), "words": words, "seconds": secs, "words_per_sec": words / secs,
                    "cpu_seconds": cpu, "words_per_cpu_sec": words / cpu}
    # ceiling: gold mentions whose edges fall on token boundaries (what a perfect tagger could hit)
    aligned = sum(1 for d, g in zip(pdocs, gold) for s, e, _ in g if d.char_span(s, e) is not None)
    res["token_aligned_gold"] = {"aligned": aligned, "total": sum(map(len, gold))}
    return res


def format_report(res: dict, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'type':<9} {'strict P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}   gold  pred")
    for lab in (*LABELS, "ALL"):
        s, o = res[lab]["strict"], res[lab]["overlap"]
        lines.append(
            f"{lab:<9} {100*s['p']:8.2f} {100*s['r']:6.2f} {100*s['f']:6.2f}   "
            f"{100*o['p']:9.2f} {100*o['r']:6.2f} {100*o['f']:6.2f}   {s['n_gold']:5d} {s['n_pred']:5d}"
        )
    sp = res["speed"]
    ta = res["token_aligned_gold"]
    lines.append(f"speed: {sp['words_per_sec']:.0f} words/s wall, {sp['words_per_cpu_sec']:.0f} words/CPU-s "
                 f"({sp['words']} tokens, {sp['docs']} docs, {sp['seconds']:.1f} s, 1 process)")
    lines.append(f"gold mentions on token boundaries: {ta['aligned']}/{ta['total']} "
                 f"({100*ta['aligned']/max(ta['total'],1):.2f}%) = strict recall ceiling")
    if "with_abbreviation_propagation" in res:
        lines.append("model + abbreviation propagation (not part of the model; what the pipeline adds):")
        for lab in (*LABELS, "ALL"):
            s_, o = res["with_abbreviation_propagation"][lab]["strict"], res["with_abbreviation_propagation"][lab]["overlap"]
            lines.append(
                f"{lab:<9} {100*s_['p']:8.2f} {100*s_['r']:6.2f} {100*s_['f']:6.2f}   "
                f"{100*o['p']:9.2f} {100*o['r']:6.2f} {100*o['f']:6.2f}   {s_['n_gold']:5d} {s_['n_pred']:5d}"
            )
    if "size_bytes" in res:
        lines.append(f"model size on disk: {res['size_bytes']/1e6:.1f} MB")
    return "\n".join(lines)


def main(argv=None) -> None:
    default_data = Path(os.environ.get("PIPELINE_DATA") or ROOT.parent / "shared" / "data")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", help="model directory (spacy.load)")
    ap.add_argument("--pubtator", default=str(default_data / "bc5cdr" / "CDR_DevelopmentSet.PubTator.txt"))
    ap.add_argument("--json", help="write the scores as JSON here")
    ap.add_argument("--abbrev", action="store_true",
                    help="also score model + abbreviation propagation (scispaCy AbbreviationDetector)")
    a = ap.parse_args(argv)
    if not Path(a.pubtator).exists():
        sys.exit(f"PubTator file not found: {a.pubtator} (set PIPELINE_DATA or pass --pubtator)")
    import spacy

    nlp = spacy.load(a.model)
    res = evaluate(nlp, a.pubtator, abbrev=a.abbrev)
    res["size_bytes"] = dir_size(Path(a.model))
    res["model"] = str(a.model)
    res["pubtator"] = str(a.pubtator)
    print(format_report(res, f"{a.model} on {Path(a.pubtator).name}"))
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
