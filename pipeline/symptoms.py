"""symptom_lists: signs and symptoms named by context, not by a lexicon.

Consumer pages list symptoms in free words ("Depression can cause persistent sadness, loss
of interest, and trouble concentrating").  After a cue that announces signs or symptoms
(resources/symptoms.json), each comma/and-separated item of the list, up to a clause
boundary, becomes a CONDITION entity (source "context") unless it overlaps an entity the
model or lexicon already found.  A list-splitting heuristic in the spirit of the
coordination rules of MedLEE-style clinical NLP (Friedman et al., 1994); no parser needed.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .lexicon import body_part
from .matcher import concepts


@lru_cache(maxsize=1)
def rules() -> dict:
    raw = json.loads(resources.files("pipeline").joinpath("resources/symptoms.json").read_text("utf-8"))
    out = {"max_words": int(raw["max_words"])}
    for key in ("cue", "stop", "split", "drop_lead", "not_item", "adjective"):
        try:
            out[key] = re.compile(raw[key], re.I)
        except (KeyError, re.error) as e:
            raise ValueError(f"resources/symptoms.json: {key}: {e}") from e
    return out


def items(rest: str, r: dict) -> list[tuple[int, str]]:
    """(offset, text) of the list items in rest, split at commas and and/or; an adjective before a
    bare comma describes the next item ("red, scaly patches on the skin" is one item)."""
    out: list[tuple[int, str]] = []
    pos, glue = 0, None
    for sep in [*r["split"].finditer(rest), None]:
        end = sep.start() if sep else len(rest)
        start = glue if glue is not None else pos
        part = rest[pos:end]
        glue = None
        if sep is not None and sep.group(0).strip() == "," and r["adjective"].match(part.strip()):
            glue = start  # joined to the next item
        else:
            out.append((start, rest[start:end]))
        pos = sep.end() if sep else len(rest)
    return out


@Language.factory("symptom_lists")
def make_symptom_lists(nlp: Language, name: str) -> "SymptomLists":
    return SymptomLists()


class SymptomLists:
    def __call__(self, doc: Doc) -> Doc:
        r = rules()
        new: list[Span] = []
        for sent in doc.sents:
            text = sent.text
            cue = r["cue"].search(text)
            if not cue:
                continue
            rest = text[cue.end():]
            stop = r["stop"].search(rest)
            rest = rest[:stop.start()] if stop else rest
            rest = rest.rstrip(" .!?")
            for at, part in items(rest, r):
                item = part.strip()
                lead = r["drop_lead"].match(item)
                if lead:
                    item = item[lead.end():]
                if (not item or len(item.split()) > r["max_words"] or r["not_item"].match(item)
                        or body_part(item)):
                    continue
                start = sent.start_char + cue.end() + rest.find(item, at)
                span = doc.char_span(start, start + len(item), label="CONDITION", alignment_mode="contract")
                # an entity inside blocks the item, unless it is one of its adjectives (the model
                # calls "scaly" a disease)
                if span is not None and len(span) and not any(t.ent_type and not r["adjective"].match(t.text)
                                                              for t in span):
                    new.append(span)
        if new:
            info = concepts(doc)
            for s in new:
                info[(s.start_char, s.end_char)] = ("", "", "", "context")
            doc.ents = filter_spans(list(doc.ents) + new)
        return doc
