"""annotate: clean texts -> sentences and mentions, with one spaCy Language (see nlp.py).

Texts go through ``nlp.pipe`` in batches; the Language is built once per process.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import IDX, SENT_START
from spacy.language import Language

from .records import Document, Mention, Sentence


def titled(nlp: Language, doc: Document):
    """The tokenized text with the page's title in user_data: components may read it (the
    abbreviation detector takes brand names from "Maviret (glecaprevir/pibrentasvir)")."""
    sdoc = nlp.make_doc(doc.text)
    sdoc.user_data["title"] = doc.title
    return sdoc


def sentences_of(doc: Document, spacy_doc) -> list[Sentence]:
    """Sentences with the kind of their block and the nearest heading above them.  Bounds come
    from token arrays (as Doc.sents draws them, without making a Span per sentence)."""
    kept = [b for b in doc.blocks if not b.chrome]
    text = spacy_doc.text
    if not len(spacy_doc):
        return []
    arr = spacy_doc.to_array([SENT_START, IDX])
    first = arr[:, 0] == 1
    first[0] = True
    bounds = arr[first, 1].tolist() + [len(text)]
    out: list[Sentence] = []
    bi = 0
    heading = ""
    for lo, hi in zip(bounds, bounds[1:]):
        piece = text[lo:hi]
        stripped = piece.strip()
        if not stripped:
            continue
        start = lo + (len(piece) - len(piece.lstrip()))
        end = start + len(stripped)
        while bi < len(kept) and kept[bi].end <= start:
            if kept[bi].kind == "heading":
                heading = kept[bi].text
            bi += 1
        kind = kept[bi].kind if bi < len(kept) else "paragraph"
        out.append(Sentence(start, end, kind, heading))
    return out


def mentions_of(doc: Document, spacy_doc, sentences: list[Sentence]) -> list[Mention]:
    info = spacy_doc._.concepts or {}
    starts = [s.start for s in sentences]
    out: list[Mention] = []
    si = 0
    for n, ent in enumerate(sorted(spacy_doc.ents, key=lambda e: e.start_char), start=1):
        while si + 1 < len(starts) and starts[si + 1] <= ent.start_char:
            si += 1
        cid, name, vocab, source = info.get((ent.start_char, ent.end_char), ("", "", "", "model"))
        out.append(Mention(f"M{n}", ent.label_, ent.text, ent.start_char, ent.end_char, si, cid, name, vocab, source))
    return out


def annotate(nlp: Language, docs: Iterable[Document], batch_size: int = 16) -> Iterator[tuple[list[Sentence], list[Mention]]]:
    """Yield (sentences, mentions) for each cleaned Document, in order."""
    docs = list(docs)
    for doc, sdoc in zip(docs, nlp.pipe((titled(nlp, d) for d in docs), batch_size=batch_size)):
        sents = sentences_of(doc, sdoc)
        yield sents, mentions_of(doc, sdoc, sents)
