"""Static-vector table: lexicon features (+ small in-domain PPMI-SVD word vectors).

For every lower-cased token of a MeSH/CTD term, tokenized with the project tokenizer, the
row holds, per lexicon (chemical = MeSH tree D; disease = MeSH C + F03 and CTD MEDIC):
whether the token is a whole one-token term, the first, an inner or the last token of a
longer term (log-scaled counts in [0, 1]).  Keys are matched on ``LOWER``.  The NER's
tok2vec reads them with ``include_static_vectors = true``; the table is saved inside the
trained model, so ``spacy.load`` needs nothing else.  Only lexicons are read here: no
BC5CDR annotation is involved.  With ``--pmi-dims N`` (default 64) each row also carries
the N-dim count-based vector of benchmarks/pmi_vectors.py (zeros for words it lacks).

    .venv/bin/python benchmarks/lexicon_vectors.py [--data DIR] [--out build/lexvec]
"""
from __future__ import annotations

import argparse
import gzip
import math
import sys
from collections import defaultdict
from pathlib import Path

import numpy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bc5cdr import blank_nlp, data_dir  # noqa: E402

CHEM = ["lexicon/mesh2024_chemicals_drugs_D.tsv"]
DIS = ["lexicon/mesh2024_diseases_C_F03.tsv"]
CTD = "lexicon/CTD_diseases_2017-06.tsv.gz"
POS = ("single", "first", "inner", "last")


def _uninvert(term: str) -> str:
    """MeSH entry terms are often inverted: 'Injuries, Abdominal' -> 'Abdominal Injuries'."""
    parts = term.split(", ")
    if len(parts) == 2 and all(p and " " not in p.strip() or len(p.split()) <= 3 for p in parts) and "(" not in term:
        return f"{parts[1]} {parts[0]}"
    return term


def mesh_terms(path: Path) -> set[str]:
    terms = set()
    with path.open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            names = [cols[1]] + (cols[3].split("|") if len(cols) > 3 and cols[3] else [])
            for n in names:
                if n:
                    terms.add(_uninvert(n))
    return terms


def ctd_terms(path: Path) -> set[str]:
    terms = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            names = [cols[0]] + (cols[7].split("|") if len(cols) > 7 and cols[7] else [])
            for n in names:
                if n:
                    terms.add(_uninvert(n))
    return terms


def build(data: Path, out: Path, pmi_dims: int = 64) -> Path:
    nlp = blank_nlp()
    lexicons = {"chem": set(), "dis": set()}
    for p in CHEM:
        lexicons["chem"] |= mesh_terms(data / p)
    for p in DIS:
        lexicons["dis"] |= mesh_terms(data / p)
    if (data / CTD).exists():
        lexicons["dis"] |= ctd_terms(data / CTD)
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * (len(lexicons) * len(POS)))
    for li, (name, terms) in enumerate(lexicons.items()):
        for doc in nlp.tokenizer.pipe(sorted(terms), batch_size=2000):
            toks = [t.lower_ for t in doc if not t.is_space]
            if not toks:
                continue
            if len(toks) == 1:
                counts[toks[0]][li * 4 + 0] += 1
                continue
            counts[toks[0]][li * 4 + 1] += 1
            counts[toks[-1]][li * 4 + 3] += 1
            for t in toks[1:-1]:
                counts[t][li * 4 + 2] += 1
    n_lex = len(lexicons) * len(POS)
    pmi_vocab: list[str] = []
    pmi = numpy.zeros((0, 0), dtype="float32")
    if pmi_dims:
        from benchmarks.pmi_vectors import ppmi_svd, raw_texts

        texts = raw_texts(data)
        pmi_vocab, pmi = ppmi_svd(nlp, texts, dims=pmi_dims)
        print(f"PPMI-SVD vectors: {len(pmi_vocab)} words x {pmi_dims} dims from {len(texts)} texts "
              f"({sum(len(t.split()) for t in texts)} words)")
    keys = sorted(set(counts) | set(pmi_vocab))
    data_arr = numpy.zeros((len(keys), n_lex + pmi_dims), dtype="float32")
    pmi_index = {w: i for i, w in enumerate(pmi_vocab)}
    for i, k in enumerate(keys):
        if k in counts:
            data_arr[i, :n_lex] = [min(1.0, math.log1p(c) / math.log1p(50)) for c in counts[k]]
        if k in pmi_index:
            data_arr[i, n_lex:] = pmi[pmi_index[k]]
    from spacy.vectors import Vectors

    vectors = Vectors(strings=nlp.vocab.strings, data=data_arr, keys=[nlp.vocab.strings.add(k) for k in keys],
                      attr="LOWER", name="bc5cdr_lexicon_features")
    nlp.vocab.vectors = vectors
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print(f"static vectors: {len(keys)} keys x {data_arr.shape[1]} dims "
          f"({', '.join(f'{n}: {len(t)} terms' for n, t in lexicons.items())}) -> {out}")
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data")
    ap.add_argument("--out", default=str(ROOT / "build" / "lexvec"))
    ap.add_argument("--pmi-dims", type=int, default=64, help="PPMI-SVD dims appended (0: lexicon only)")
    a = ap.parse_args(argv)
    build(data_dir(a.data), Path(a.out), a.pmi_dims)


if __name__ == "__main__":
    main()
