"""line_sentencizer: spaCy's rule Sentencizer, plus a boundary at every line break.

The clean text holds one block per line (a heading, a list item, a paragraph), so no
sentence may run across a line.  A period before a lower-case word ends no sentence (the
tokenizer splits the initial of "E. coli" from its period).  A reference number glued to a
sentence's period ("... rheumatic fever.3 Clindamycin ...") ends that sentence.
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
            elif doc[i].is_sent_start and doc[i - 1].text == "." and doc[i].text[:1].islower():
                doc[i].is_sent_start = False  # "E. coli", "S. aureus", "e.g. fever": no sentence starts lower case
            elif (doc[i].is_sent_start and doc[i - 1].text == "." and not doc[i - 1].whitespace_
                  and doc[i].is_digit and doc[i].whitespace_ and i + 1 < len(doc)):
                doc[i].is_sent_start = False  # "fever.3 Clindamycin": the reference number ends its sentence
                doc[i + 1].is_sent_start = True
        return doc
