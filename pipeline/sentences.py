"""line_sentencizer: spaCy's rule Sentencizer, plus a boundary at every line break.

The clean text holds one block per line (a heading, a list item, a paragraph), so no
sentence may run across a line.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc


@Language.factory("line_sentencizer")
def make_line_sentencizer(nlp: Language, name: str) -> "LineSentencizer":
    return LineSentencizer()


class LineSentencizer:
    def __init__(self) -> None:
        self.sentencizer = Sentencizer()

    def __call__(self, doc: Doc) -> Doc:
        doc = self.sentencizer(doc)
        for i in range(1, len(doc)):
            if "\n" in doc[i - 1].text or doc[i - 1].whitespace_ == "\n":
                doc[i].is_sent_start = True
        return doc
