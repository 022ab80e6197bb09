"""Build the spaCy Language once: scispaCy tokenizer, sentences, NER, lexicon, abbreviations.

    tokenizer            scispaCy combined_rule_tokenizer + extra infixes (pipeline.tokenizer)
    line_sentencizer     rule sentences, never across a line (pipeline.sentences)
    ner                  a trained model's NER, when annotate.ner names one
    lexicon_matcher      lexicon + biomarker entities, merged with the model's (pipeline.matcher)
    symptom_lists        signs and symptoms listed after "can cause ..." (pipeline.symptoms)
    abbreviation_detector  scispaCy (Schwartz & Hearst, 2003)
    abbreviation_linker  short forms take their long form's concept (pipeline.abbreviations)
"""
from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import spacy
from scispacy.abbreviation import AbbreviationDetector  # noqa: F401 - registers the factory
from spacy.language import Language

from . import abbreviations, matcher, sentences, symptoms  # noqa: F401 - register factories
from .tokenizer import build_tokenizer

# scispaCy's AbbreviationDetector runs an empty matcher on pages without abbreviations.
warnings.filterwarnings("ignore", message=r"\[W036\]")

PROJECT = Path(__file__).resolve().parent.parent
# Longest clean text annotated (characters); spaCy needs about 1 GB per 1M characters here.
MAX_CHARS = 2_000_000


def model_path(ner: str) -> Path | None:
    """A model folder named in the config (relative to the project), or None for a package."""
    p = Path(ner)
    if not p.is_absolute():
        p = PROJECT / p
    return p if p.is_dir() else None


def model_fingerprint(ner: str) -> str:
    """Hash of a model folder's files (or the package name), for the build cache."""
    if ner == "lexicon":
        return "lexicon"
    path = model_path(ner)
    if path is None:
        return "package:" + ner
    h = hashlib.sha256()
    for f in sorted(path.rglob("*")):
        if f.is_file():
            h.update(str(f.relative_to(path)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def build(cfg: dict) -> Language:
    ner = cfg["annotate"]["ner"]
    if ner == "lexicon":
        nlp = spacy.blank("en")
        nlp.tokenizer = build_tokenizer(nlp)
        mode = "lexicon"
    else:
        path = model_path(ner)
        try:
            nlp = spacy.load(path or ner, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
        except OSError as e:
            raise RuntimeError(f"annotate.ner = {ner!r}: no such model folder or installed package ({e})") from e
        mode = "merge" if cfg["annotate"].get("merge", True) else "model"
    nlp.max_length = MAX_CHARS
    nlp.add_pipe("line_sentencizer", first=True)
    nlp.add_pipe("lexicon_matcher", config={"mode": mode, "prefer": cfg["annotate"].get("prefer", "model")})
    if cfg["annotate"].get("symptom_lists", True):
        nlp.add_pipe("symptom_lists")
    nlp.add_pipe("abbreviation_detector")
    nlp.add_pipe("abbreviation_linker")
    return nlp
