"""scispaCy's rule tokenizer with extra infix splits, registered for spaCy configs.

scispaCy's ``combined_rule_tokenizer`` (Neumann et al., 2019, "ScispaCy: Fast and Robust
Models for Biomedical Natural Language Processing") deliberately keeps "lidocaine-induced",
"CPA/EE" and "Ph+" as single tokens.  About 10% of BC5CDR gold spans then fall inside a
token, which caps strict NER recall.  We keep scispaCy's rules and add infixes that split
on hyphens, slashes and plus signs glued to letters, and on brackets glued to words.  This
changes tokenization only: the text (and every character offset) stays as written.

The factory is registered as ``pipeline.scispacy_tokenizer.v1`` so that training
(``spacy train``) and inference tokenize alike; a model trained with it loads with
``import pipeline.tokenizer`` and nothing else.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

import spacy
from scispacy.custom_tokenizer import combined_rule_tokenizer
from spacy.language import Language
from spacy.lang import char_classes
from spacy.tokenizer import Tokenizer

TOKENIZER_NAME = "pipeline.scispacy_tokenizer.v1"

_A = char_classes.ALPHA
# Infixes added on top of scispaCy's (each measured on BC5CDR train, see models/*/README.md).
EXTRA_INFIXES = [
    rf"(?<=[{_A}0-9])[-‐‑–](?=[{_A}])",  # lidocaine-induced, 5-fluorouracil-treated
    rf"(?<=[{_A}0-9])/(?=[{_A}0-9])",  # CPA/EE, MDS/MPD
    rf"(?<=[{_A}])\+(?=[{_A}0-9\s]|$)",  # Ph+ disease, Na+K+
    rf"(?<=[{_A}0-9])[\(\)\[\]](?=[{_A}0-9])",  # TNF(alpha), IL-2(R)
]
EXTRA_SUFFIXES = [rf"(?<=[{_A}])\+"]  # Ph+  -> Ph +


def build_tokenizer(nlp: Language) -> Tokenizer:
    """Return scispaCy's combined rule tokenizer plus :data:`EXTRA_INFIXES`."""
    # combined_rule_tokenizer reads nlp.tokenizer.token_match, which does not exist yet
    # while a Language is being constructed from a config: hand it the language defaults.
    shim = SimpleNamespace(
        vocab=nlp.vocab,
        Defaults=nlp.Defaults,
        tokenizer=SimpleNamespace(token_match=nlp.Defaults.token_match),
    )
    tok = combined_rule_tokenizer(shim)
    infix = tok.infix_finditer.__self__.pattern
    tok.infix_finditer = re.compile("|".join([*EXTRA_INFIXES, infix])).finditer
    suffix = tok.suffix_search.__self__.pattern
    tok.suffix_search = re.compile("|".join([f"(?:{s})$" for s in EXTRA_SUFFIXES] + [suffix])).search
    return tok


@spacy.registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer():
    """Config entry point: ``[nlp.tokenizer] @tokenizers = "pipeline.scispacy_tokenizer.v1"``."""
    return build_tokenizer
