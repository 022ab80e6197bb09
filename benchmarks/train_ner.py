"""Build the BC5CDR Chemical/Disease NER model: convert -> train -> package.

    .venv/bin/python benchmarks/train_ner.py            # what `make model` runs
    PIPELINE_DATA=/path/to/shared/data .venv/bin/python benchmarks/train_ner.py

Data: $PIPELINE_DATA (default ../shared/data, relative to the repo root) must hold
``bc5cdr/CDR_*.PubTator.txt`` and ``lexicon/``; the raw text of ``ncbi_disease/``,
``ade_corpus_v2/``, ``roam_drug_disease/`` and ``rosario_hearst_biotext/`` (for the small
PPMI word vectors) is used when present.
Steps (all intermediate files under build/, which git ignores):

1. benchmarks/bc5cdr.py           PubTator -> build/corpus/*.spacy (project tokenizer)
2. benchmarks/lexicon_vectors.py  MeSH/CTD lexicon features + PPMI-SVD vectors -> build/lexvec
3. spacy train configs/ner_bc5cdr.cfg  (train = BC5CDR train,
   dev = BC5CDR development set, for early stopping) -> build/ner_bc5cdr_train/
4. model-best -> models/ner_bc5cdr/ (only what spacy.load needs; README.md kept)
5. benchmarks/score_ner.py on the development set -> build/ner_bc5cdr_dev_scores.json

The BC5CDR test set is not touched (score it by hand: see models/ner_bc5cdr/README.md).
Options: --data DIR, --workdir DIR (instead of build/), --skip-convert, --no-package,
--output DIR; any other
``--section.key value`` arguments are passed to ``spacy train`` as config overrides.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import bc5cdr, lexicon_vectors  # noqa: E402

CONFIG = ROOT / "configs" / "ner_bc5cdr.cfg"
MODEL = ROOT / "models" / "ner_bc5cdr"
# training set composition used by the shipped config (see ner_experiments.md)
# (NCBI Disease train docs, ncbi_train_chemmiss.spacy, gave +0.1 dev F for twice the time: left out)
TRAIN_PARTS = ["bc5cdr_train.spacy"]
MODEL_FILES = ["config.cfg", "meta.json", "tokenizer", "vocab", "tok2vec", "ner"]


def package(best: Path) -> None:
    """Copy what spacy.load needs from a training's model-best into models/ner_bc5cdr/."""
    print(f"== 4. package {best} -> {MODEL}", flush=True)
    MODEL.mkdir(parents=True, exist_ok=True)
    for child in MODEL.iterdir():
        if child.name != "README.md":
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    for name in MODEL_FILES:
        src = best / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, MODEL / name)
    meta = json.loads((MODEL / "meta.json").read_text())
    meta.update(
        name="ner_bc5cdr",
        version="0.1.0",
        description="Chemical and Disease NER trained on BC5CDR train, CPU, "
        "project tokenizer pipeline.scispacy_tokenizer.v1; see README.md",
        license="MIT (project model); training data: BC5CDR (NLM, public domain); see README.md",
        sources=[
            {"name": "BioCreative V CDR corpus (BC5CDR), training set; dev set for early stopping",
             "url": "https://github.com/JHnlp/BioCreative-V-CDR-Corpus", "license": "NCBI/NLM public domain"},
            {"name": "MeSH 2024 trees D, C, F03 and CTD MEDIC 2017 term lists (lexicon features)",
             "url": "https://www.nlm.nih.gov/mesh/"},
            {"name": "raw text only, for PPMI-SVD vectors: NCBI Disease, ADE corpus v2, Rosario & Hearst, "
                     "Roam FDA-label sentences (no annotations used; BC5CDR test text excluded)",
             "url": "see models/ner_bc5cdr/README.md"},
        ],
    )
    (MODEL / "meta.json").write_text(json.dumps(meta, indent=2))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", help="shared data dir (default $PIPELINE_DATA or ../shared/data)")
    ap.add_argument("--workdir", default=str(ROOT / "build"),
                    help="where corpus/, lexvec/ and the training output go (default build/)")
    ap.add_argument("--output", help="spacy train output (default WORKDIR/ner_bc5cdr_train)")
    ap.add_argument("--skip-convert", action="store_true")
    ap.add_argument("--no-package", action="store_true")
    ap.add_argument("--package-only", metavar="MODEL_BEST",
                    help="only copy MODEL_BEST (a finished training's model-best) to models/ner_bc5cdr and score it")
    a, overrides = ap.parse_known_args(argv)
    a.overrides = [o for o in overrides if o != "--"]  # e.g. --training.max_epochs 10
    os.chdir(ROOT)
    work = Path(a.workdir)
    corpus, lexvec = work / "corpus", work / "lexvec"
    data = bc5cdr.data_dir(a.data)  # exits with a clear message when the data is absent
    if a.package_only:
        package(Path(a.package_only))
        return score_dev(data, work)
    for part in ("lexicon/mesh2024_chemicals_drugs_D.tsv", "lexicon/mesh2024_diseases_C_F03.tsv"):
        if not (data / part).exists():
            sys.exit(f"{data / part} not found: the shipped config trains with it (set PIPELINE_DATA)")

    if not a.skip_convert:
        print("== 1. convert PubTator -> DocBin", flush=True)
        report = bc5cdr.convert(data, corpus)
        for name, st in report.items():
            mis = st["Chemical:misaligned(expanded)"] + st["Disease:misaligned(expanded)"]
            tot = st["Chemical:total"] + st["Disease:total"]
            print(f"   {name}: {st['docs']} docs, {tot} mentions, {mis} misaligned (expanded)")
        print("== 2. lexicon feature vectors", flush=True)
        lexicon_vectors.build(data, lexvec)
    train_dir = corpus / "train"
    if train_dir.exists():
        shutil.rmtree(train_dir)
    train_dir.mkdir(parents=True)
    for part in TRAIN_PARTS:
        shutil.copy(corpus / part, train_dir / part)

    print("== 3. spacy train", flush=True)
    out = Path(a.output or work / "ner_bc5cdr_train")
    cmd = [sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(out),
           "--paths.train", str(train_dir), "--paths.dev", str(corpus / "bc5cdr_dev.spacy"),
           "--paths.vectors", str(lexvec), *a.overrides]
    print("   " + " ".join(cmd), flush=True)
    t0 = time.time()
    subprocess.run(cmd, check=True)
    print(f"   trained in {(time.time() - t0) / 60:.1f} min", flush=True)
    if a.no_package:
        return 0

    package(out / "model-best")

    return score_dev(data, work)


def score_dev(data: Path, work: Path) -> int:
    print("== 5. score on the development set", flush=True)
    from benchmarks import score_ner
    import spacy

    res = score_ner.evaluate(spacy.load(MODEL), data / bc5cdr.BC5CDR_FILES["dev"])
    res["size_bytes"] = score_ner.dir_size(MODEL)
    (work / "ner_bc5cdr_dev_scores.json").write_text(json.dumps(res, indent=2))
    print(score_ner.format_report(res, f"{MODEL} on BC5CDR development set"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
