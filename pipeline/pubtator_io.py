"""PubTator in and out: annotate PubTator documents with the pipeline's NER.

Reads ``PMID|t|title`` / ``PMID|a|abstract`` documents (annotation lines in the input are
ignored) and writes them back with predicted mention lines
``PMID<TAB>start<TAB>end<TAB>text<TAB>Chemical|Disease<TAB>MESH:D…|-1``, offsets into
title + " " + abstract as the format defines.  DRUG mentions are Chemical, DISEASE and
CONDITION mentions Disease; biomarkers are not part of the format and are left out.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from . import lexicon
from .pubtator import Annotation, PubTatorDoc, iter_pubtator, write_pubtator

TYPE = {"DRUG": "Chemical", "DISEASE": "Disease", "CONDITION": "Disease"}


def mesh_of(cid: str, vocabulary: str, name: str, text: str) -> str:
    """The MeSH ID of a mention's concept, '' when it has none: its own, else that of its name
    or text in the lexicon, the MeSH 2024 names or the BC5CDR training names (a DrugBank drug
    without a MeSH ID in the package: "17beta-estradiol")."""
    if vocabulary == "MeSH":
        return cid
    for key in (name, text):
        c = lexicon.lookup(key) if key else None
        if c is not None and c.mesh_id:
            return c.mesh_id
    for table in (lexicon.mesh_names(), lexicon.corpus_names()):
        for key in (name, text):
            c = table.get(" ".join(key.lower().split())) if key else None
            if c is not None:
                return c.mesh_id
    return ""


def predict(nlp: Language, docs: Iterable[PubTatorDoc], batch_size: int = 32) -> Iterator[PubTatorDoc]:
    docs = list(docs)
    for d, sdoc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        info = sdoc._.concepts or {}
        anns = []
        for e in sdoc.ents:
            if e.label_ not in TYPE:
                continue
            cid, name, vocab, _ = info.get((e.start_char, e.end_char), ("", "", "", ""))
            mesh = mesh_of(cid, vocab, name, e.text)
            anns.append(Annotation(e.start_char, e.end_char, e.text, TYPE[e.label_], f"MESH:{mesh}" if mesh else "-1"))
        yield PubTatorDoc(d.pmid, d.title, d.abstract, anns, [])


def run(nlp: Language, src: Path, dst: Path) -> int:
    """Annotate every document of `src` into `dst`; return the number of documents."""
    docs = list(predict(nlp, iter_pubtator(src)))
    write_pubtator(docs, dst)
    return len(docs)
