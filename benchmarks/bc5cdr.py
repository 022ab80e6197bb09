"""BC5CDR (and NCBI Disease) PubTator -> spaCy DocBin, tokenized with the project tokenizer.

Usage (from the repo root)::

    .venv/bin/python benchmarks/bc5cdr.py [--data DIR] [--out build/corpus]

DIR defaults to $PIPELINE_DATA or ../shared/data.  Writes
``bc5cdr_{train,dev}.spacy`` and ``ncbi_train_{o,chemmiss}.spacy``:

* gold mentions become token spans; a mention whose edges fall inside a token is
  widened to whole tokens (``alignment_mode="expand"``) and counted as misaligned;
* NCBI Disease train docs keep their mentions (all four NCBI classes -> ``Disease``).
  NCBI does not annotate chemicals, so ``_o`` marks every other token O ("no chemical
  here"), while ``_chemmiss`` marks tokens inside MeSH-D chemical lexicon matches as
  *missing* (no loss either way) and the rest O.

The test split is never converted: it is only read, at the very end, by score_ner.py.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin, Span  # noqa: E402

from pipeline.pubtator import PubTatorDoc, read_pubtator  # noqa: E402
from pipeline.tokenizer import TOKENIZER_NAME  # noqa: E402

BC5CDR_FILES = {
    "train": "bc5cdr/CDR_TrainingSet.PubTator.txt",
    "dev": "bc5cdr/CDR_DevelopmentSet.PubTator.txt",
    "test": "bc5cdr/CDR_TestSet.PubTator.txt",
}
NCBI_TRAIN = "ncbi_disease/NCBItrainset_corpus.txt"
NCBI_TYPES = {t: "Disease" for t in ("SpecificDisease", "DiseaseClass", "Modifier", "CompositeMention")}
CHEM_LEXICON = "lexicon/mesh2024_chemicals_drugs_D.tsv"
LABELS = ("Chemical", "Disease")


def data_dir(arg: str | None = None) -> Path:
    """--data, else $PIPELINE_DATA, else ../shared/data (relative to the repo root)."""
    d = Path(arg or os.environ.get("PIPELINE_DATA") or (ROOT.parent / "shared" / "data"))
    if not (d / BC5CDR_FILES["train"]).exists():
        sys.exit(
            f"BC5CDR data not found under {d} (expected {BC5CDR_FILES['train']}). "
            "Set PIPELINE_DATA to the shared data directory (default ../shared/data)."
        )
    return d


def blank_nlp():
    """A blank English pipeline with the project tokenizer (as in the training config)."""
    return spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})


def to_doc(nlp, pdoc: PubTatorDoc, stats: Counter, missing_chars: list[tuple[int, int]] | None = None) -> Doc:
    doc = nlp.make_doc(pdoc.text)
    spans = []
    for a in sorted(pdoc.annotations, key=lambda a: (a.start, -a.end)):
        span = doc.char_span(a.start, a.end, label=a.type, alignment_mode="strict")
        stats[f"{a.type}:total"] += 1
        if span is None:
            span = doc.char_span(a.start, a.end, label=a.type, alignment_mode="expand")
            stats[f"{a.type}:misaligned(expanded)"] += 1
            if span is None or not span.text.strip():
                stats[f"{a.type}:dropped"] += 1
                continue
        if spans and span.start < spans[-1].end:
            stats[f"{a.type}:overlap_dropped"] += 1
            continue
        spans.append(span)
    if missing_chars is None:
        doc.set_ents(spans, default="outside")
        return doc
    # tokens covered by `missing_chars` (and by no gold span) get no annotation at all
    gold_tok = {i for s in spans for i in range(s.start, s.end)}
    miss_tok = set()
    for s, e in missing_chars:
        sp = doc.char_span(s, e, alignment_mode="expand")
        if sp is not None:
            miss_tok.update(i for i in range(sp.start, sp.end) if i not in gold_tok)
    # a missing token inside/adjacent to gold spans is fine: set_ents marks it per token
    outside = [doc[i : i + 1] for i in range(len(doc)) if i not in gold_tok and i not in miss_tok]
    doc.set_ents(spans, outside=outside, missing=[doc[i : i + 1] for i in sorted(miss_tok)], default="unmodified")
    stats["missing_tokens"] += len(miss_tok)
    return doc


def chemical_matcher(nlp, data: Path):
    """PhraseMatcher (lower-case) over MeSH-D names and synonyms of >= 3 characters."""
    from spacy.matcher import PhraseMatcher

    terms = set()
    with (data / CHEM_LEXICON).open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            for t in [cols[1], *(cols[3].split("|") if len(cols) > 3 and cols[3] else [])]:
                if len(t) >= 3 and len(t) <= 60:
                    terms.add(t)
    m = PhraseMatcher(nlp.vocab, attr="LOWER")
    m.add("CHEM", list(nlp.tokenizer.pipe(sorted(terms))))
    return m


def convert(data: Path, out: Path) -> dict[str, Counter]:
    out.mkdir(parents=True, exist_ok=True)
    nlp = blank_nlp()
    report = {}
    for split in ("train", "dev"):
        stats: Counter = Counter()
        db = DocBin(store_user_data=False)
        for p in read_pubtator(data / BC5CDR_FILES[split], types=LABELS):
            db.add(to_doc(nlp, p, stats))
            stats["docs"] += 1
        db.to_disk(out / f"bc5cdr_{split}.spacy")
        report[f"bc5cdr_{split}"] = stats
    ncbi = data / NCBI_TRAIN
    if ncbi.exists():
        pdocs = read_pubtator(ncbi, type_map=NCBI_TYPES, types=["Disease"])
        seen = set()
        pdocs = [p for p in pdocs if not (p.pmid in seen or seen.add(p.pmid))]  # 8528200 twice
        stats = Counter()
        db = DocBin(store_user_data=False)
        for p in pdocs:
            db.add(to_doc(nlp, p, stats))
            stats["docs"] += 1
        db.to_disk(out / "ncbi_train_o.spacy")
        report["ncbi_train_o"] = stats
        matcher = chemical_matcher(nlp, data)
        stats = Counter()
        db = DocBin(store_user_data=False)
        for p in pdocs:
            d = nlp.make_doc(p.text)
            miss = [(d[s].idx, d[e - 1].idx + len(d[e - 1])) for _, s, e in matcher(d)]
            db.add(to_doc(nlp, p, stats, missing_chars=miss))
            stats["docs"] += 1
        db.to_disk(out / "ncbi_train_chemmiss.spacy")
        report["ncbi_train_chemmiss"] = stats
    else:
        print(f"note: {ncbi} absent, NCBI corpora not written", file=sys.stderr)
    return report


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", help="shared data dir (default $PIPELINE_DATA or ../shared/data)")
    ap.add_argument("--out", default=str(ROOT / "build" / "corpus"))
    a = ap.parse_args(argv)
    report = convert(data_dir(a.data), Path(a.out))
    for name, st in report.items():
        parts = []
        for lab in ("Chemical", "Disease"):
            tot = st[f"{lab}:total"]
            if tot:
                mis = st[f"{lab}:misaligned(expanded)"]
                parts.append(f"{lab} {tot} spans, misaligned {mis} ({100 * mis / tot:.2f}%), "
                             f"dropped {st[f'{lab}:dropped'] + st[f'{lab}:overlap_dropped']}")
        extra = f", missing tokens {st['missing_tokens']}" if st["missing_tokens"] else ""
        print(f"{name}: {st['docs']} docs; " + "; ".join(parts) + extra)
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
