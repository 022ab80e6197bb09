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
import warnings
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
    # added after measuring BC5CDR train/dev gold spans that ended inside a token
    # (train 95 -> 10 misaligned mentions, dev 95 -> 18; see benchmarks/results/ner_experiments.md)
    rf"(?<=[{_A}0-9])[-‐‑–](?=[0-9])",  # xenon-133, thallium-201, PG-9
    rf"(?<=[\)\]])[-‐‑–](?=[{_A}0-9])",  # (PAN)-induced, (+/-)-amphetamine
    rf"(?<=[{_A}0-9])[\)\]](?=[-‐‑–])",  # (PAN)-induced, (Na,K)-ATPase
    rf"(?<=[{_A}0-9+])[\)\]](?=[{_A}0-9,;:.\s]|$)",  # [Na]o, (Na,K)
    rf"(?<=[{_A}]),(?=[{_A}])",  # (Na,K)
    rf"(?<=\+)[-‐‑–](?=[{_A}])",  # Na+-K+, Na+-binding
]
EXTRA_SUFFIXES = [
    rf"(?<=[{_A}])\+",  # Ph+  -> Ph +
    rf"(?<=[{_A}0-9])[-‐‑–]",  # "Diazepam-, scopolamine- and ..."
    rf"(?<=[{_A}][A-Z])\.",  # "... of AmB." / "TdP." at a sentence end
    rf"(?<=^[A-Z])\.",  # "vitamin D." / "hepatitis C." at a sentence end
    r"(?<=[a-z]{3}\.)[0-9]{1,3}",  # a reference number after a sentence: "rheumatic fever.3 Clindamycin ..."
]
BULLETS = "[•◦‣▪▫●○■□►▸✓✔]"
EXTRA_PREFIXES = [
    rf"[-‐‑–](?=[{_A}])",  # "-Tacrolimus"
    rf"[\(\[](?=[{_A}0-9])",  # "(PAN)-induced", "[Na]o": scispaCy keeps these glued
    BULLETS,  # "•Hypertension": list bullets that flattened pages and drug labels glue to words
]


def build_tokenizer(nlp: Language) -> Tokenizer:
    """Return scispaCy's combined rule tokenizer plus the EXTRA_* infixes, suffixes and prefixes."""
    # combined_rule_tokenizer reads nlp.tokenizer.token_match, which does not exist yet
    # while a Language is being constructed from a config: hand it the language defaults.
    shim = SimpleNamespace(
        vocab=nlp.vocab,
        Defaults=nlp.Defaults,
        tokenizer=SimpleNamespace(token_match=nlp.Defaults.token_match),
    )
    # spaCy's and scispaCy's character classes contain "[[", on which Python's re warns about a
    # possible future set syntax (FutureWarning) at every start; the patterns are theirs.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        sci = combined_rule_tokenizer(shim)
        infix = sci.infix_finditer.__self__.pattern
        suffix = sci.suffix_search.__self__.pattern
        prefix = sci.prefix_search.__self__.pattern
        # One new Tokenizer rather than setting the three patterns on scispaCy's: each setter
        # re-adds every special case (0.2 s of each process start).
        return Tokenizer(
            nlp.vocab,
            rules=sci.rules,
            prefix_search=re.compile("|".join([f"^(?:{p})" for p in EXTRA_PREFIXES] + [prefix])).search,
            suffix_search=re.compile("|".join([f"(?:{s})$" for s in EXTRA_SUFFIXES] + [suffix])).search,
            infix_finditer=re.compile("|".join([*EXTRA_INFIXES, infix])).finditer,
            token_match=sci.token_match,
            url_match=sci.url_match,
        )


@spacy.registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer():
    """Config entry point: ``[nlp.tokenizer] @tokenizers = "pipeline.scispacy_tokenizer.v1"``."""
    return build_tokenizer
