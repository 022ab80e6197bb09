"""Build the spaCy Language once: scispaCy tokenizer, sentences, NER, lexicon, abbreviations.

    tokenizer            scispaCy combined_rule_tokenizer + extra infixes (pipeline.tokenizer)
    line_sentencizer     rule sentences, never across a line (pipeline.sentences)
    ner                  a trained model's NER, when annotate.ner names one
    lexicon_matcher      lexicon + biomarker entities, merged with the model's (pipeline.matcher)
    organism_matcher     pathogens named in infection statements (pipeline.organisms)
    drug_names           brand names a page introduces as a medicine (pipeline.drug_names)
    symptom_lists        signs and symptoms listed after "can cause ..." (pipeline.symptoms)
    abbreviation_detector  scispaCy (Schwartz & Hearst, 2003)
    abbreviation_linker  short forms take their long form's concept (pipeline.abbreviations)
"""
from __future__ import annotations

import warnings
from pathlib import Path

import spacy
from scispacy.abbreviation import AbbreviationDetector  # noqa: F401 - registers the factory
from spacy.language import Language

from . import abbreviations, drug_names, matcher, organisms, sentences, symptoms  # noqa: F401 - register factories
from .config import model_fingerprint, model_path  # noqa: F401 - where the model is, without spaCy
from .tokenizer import TOKENIZER_NAME, build_tokenizer

# scispaCy's AbbreviationDetector runs an empty matcher on pages without abbreviations.
warnings.filterwarnings("ignore", message=r"\[W036\]")

# Longest clean text annotated (characters); spaCy needs about 1 GB per 1M characters here.
MAX_CHARS = 2_000_000


def own_tokenizer(path: Path) -> bool:
    """Does the model folder's config build its tokenizer with pipeline.tokenizer?  Then its
    saved copy (the same rules) need not be read again; other models keep theirs."""
    try:
        cfg = spacy.util.load_config(path / "config.cfg")
        return cfg["nlp"]["tokenizer"]["@tokenizers"] == TOKENIZER_NAME
    except (OSError, KeyError, ValueError):
        return False


def build(cfg: dict) -> Language:
    ner = cfg["annotate"]["ner"]
    if ner == "lexicon":
        nlp = spacy.blank("en")
        nlp.tokenizer = build_tokenizer(nlp)
        mode = "lexicon"
    else:
        path = model_path(ner)
        exclude = ["parser", "tagger", "lemmatizer", "attribute_ruler"]
        if path is not None and own_tokenizer(path):
            exclude.append("tokenizer")  # the config already built it from our code: 0.25 s saved
        try:
            nlp = spacy.load(path or ner, exclude=exclude)
        except OSError as e:
            raise RuntimeError(f"annotate.ner = {ner!r}: no such model folder or installed package ({e})") from e
        mode = "merge" if cfg["annotate"].get("merge", True) else "model"
    nlp.max_length = MAX_CHARS
    nlp.add_pipe("line_sentencizer", first=True)
    nlp.add_pipe("lexicon_matcher", config={"mode": mode, "prefer": cfg["annotate"].get("prefer", "model"),
                                            "classes": cfg["annotate"].get("drug_classes", True),
                                            "acronyms": cfg["annotate"].get("acronyms", True)})
    nlp.add_pipe("organism_matcher")
    if cfg["annotate"].get("drug_names", True):
        nlp.add_pipe("drug_names")
    if cfg["annotate"].get("symptom_lists", True):
        nlp.add_pipe("symptom_lists")
    nlp.add_pipe("abbreviation_detector")
    nlp.add_pipe("abbreviation_linker")
    return nlp
