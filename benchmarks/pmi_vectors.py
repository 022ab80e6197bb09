"""Small in-domain word vectors (PPMI + truncated SVD) from the shared corpora's raw text.

No model hub is reachable, so the static vectors are made here from about 1M words of
biomedical text that sits beside the project: BC5CDR train + development abstracts, NCBI
Disease train + development abstracts, ADE corpus sentences, Rosario & Hearst abstracts and
the FDA-label sentences of the Roam set.  Annotations are never read, and any PubMed id or
sentence of the BC5CDR *test* set is dropped.  Count-based vectors (Levy & Goldberg 2015):
window +-4 weighted 1/d, context-distribution smoothing 0.75, positive PMI, SVD to
``dims`` dimensions, rows L2-normalised.  Keys are lower-cased tokens of the project
tokenizer.  benchmarks/lexicon_vectors.py concatenates them with the lexicon features.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.pubtator import read_pubtator  # noqa: E402


def raw_texts(data: Path) -> list[str]:
    test = read_pubtator(data / "bc5cdr/CDR_TestSet.PubTator.txt") if (data / "bc5cdr/CDR_TestSet.PubTator.txt").exists() else []
    test_pmids = {d.pmid for d in test}
    test_text = " ".join(d.text for d in test)
    texts: list[str] = []
    seen: set[str] = set()

    def add(s: str, pmid: str | None = None) -> None:
        s = s.strip()
        if len(s) < 20 or s in seen or (pmid and pmid in test_pmids) or s[:60] in test_text:
            return
        seen.add(s)
        texts.append(s)

    for f in ("bc5cdr/CDR_TrainingSet.PubTator.txt", "bc5cdr/CDR_DevelopmentSet.PubTator.txt",
              "ncbi_disease/NCBItrainset_corpus.txt", "ncbi_disease/NCBIdevelopset_corpus.txt"):
        if (data / f).exists():
            for d in read_pubtator(data / f):
                add(d.text, d.pmid)
    ade = data / "ade_corpus_v2"
    if (ade / "ADE-NEG.txt").exists():
        for line in (ade / "ADE-NEG.txt").open(encoding="utf-8", errors="replace"):
            parts = line.rstrip("\n").split(" ", 2)
            if len(parts) == 3:
                add(parts[2], parts[0])
    if (ade / "DRUG-AE.rel").exists():
        for line in (ade / "DRUG-AE.rel").open(encoding="utf-8", errors="replace"):
            c = line.split("|")
            if len(c) > 1:
                add(c[1], c[0])
    for f in ("roam_drug_disease/drug_disease_relations-crf_train.json",
              "roam_drug_disease/roam_drug_disease_relations/training.json"):
        if (data / f).exists():
            for r in json.loads((data / f).read_text()):
                add(r["sentence"])
    rh = data / "rosario_hearst_biotext/labeled_abstracts.txt"
    if rh.exists():
        for line in rh.open(encoding="latin-1"):
            add(re.sub(r"</?[A-Z_]+>", "", line))
    return texts


def ppmi_svd(nlp, texts: list[str], dims: int = 64, min_count: int = 3, n_ctx: int = 10000,
             window: int = 4, alpha: float = 0.75, seed: int = 0) -> tuple[list[str], numpy.ndarray]:
    from scipy import sparse

    docs = [[t.lower_ for t in d if not t.is_space] for d in nlp.tokenizer.pipe(texts, batch_size=500)]
    freq = Counter(w for d in docs for w in d)
    vocab = [w for w, c in freq.most_common() if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ctx_index = {w: i for i, w in enumerate(vocab[:n_ctx])}
    rows, cols, vals = [], [], []
    for d in docs:
        ids = [index.get(w, -1) for w in d]
        cids = [ctx_index.get(w, -1) for w in d]
        n = len(d)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for k in range(1, window + 1):
                for j in (i - k, i + k):
                    if 0 <= j < n and cids[j] >= 0:
                        rows.append(wi)
                        cols.append(cids[j])
                        vals.append(1.0 / k)
    m = sparse.coo_matrix((numpy.array(vals, dtype="float64"), (rows, cols)),
                          shape=(len(vocab), len(ctx_index))).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = numpy.asarray(m.sum(axis=1)).ravel()
    ctx_sum = numpy.asarray(m.sum(axis=0)).ravel() ** alpha
    ctx_p = ctx_sum / ctx_sum.sum()
    m = m.tocoo()
    pmi = numpy.log((m.data / total) / ((row_sum[m.row] / total) * ctx_p[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    u, s = _randomized_svd(ppmi, dims, seed)
    vec = u * numpy.sqrt(s)
    vec /= numpy.linalg.norm(vec, axis=1, keepdims=True) + 1e-8
    return vocab, vec.astype("float32")


def _randomized_svd(a, k: int, seed: int, oversample: int = 20, n_iter: int = 5):
    """Halko et al. randomized SVD of a sparse matrix: top-k left singular vectors and values."""
    rs = numpy.random.RandomState(seed)
    y = a @ rs.standard_normal((a.shape[1], k + oversample))
    q, _ = numpy.linalg.qr(y)
    for _ in range(n_iter):
        z, _ = numpy.linalg.qr(a.T @ q)
        q, _ = numpy.linalg.qr(a @ z)
    b = (a.T @ q).T
    ub, s, _ = numpy.linalg.svd(b, full_matrices=False)
    return (q @ ub)[:, :k], s[:k]
