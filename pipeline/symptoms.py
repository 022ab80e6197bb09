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


def located(item: Span, t) -> bool:
    """Is t in a sign that ends the item after the body part it names ("arm weakness", "leg pain")?
    The item is the sign, not the sign without its place."""
    e = next((e for e in item.doc.ents if e.start <= t.i < e.end), None)
    return (e is not None and e.label_ == "CONDITION" and e.end == item.end and e.start > item.start
            and body_part(item.doc[item.start:e.start].text))


@lru_cache(maxsize=1)
def rules() -> dict:
    raw = json.loads(resources.files("pipeline").joinpath("resources/symptoms.json").read_text("utf-8"))
    out = {"max_words": int(raw["max_words"])}
    for key in ("cue", "stop", "split", "drop_lead", "not_item", "adjective", "level"):
        try:
            out[key] = re.compile(raw[key], re.I)
        except (KeyError, re.error) as e:
            raise ValueError(f"resources/symptoms.json: {key}: {e}") from e
    out["lead_word"] = re.compile(r"(\S+)\s*(?:" + raw["split"] + ")", re.I)  # a word and the list separator after it (core())
    return out


def items(rest: str, r: dict) -> list[tuple[int, str]]:
    """(offset, text) of the list items in rest, split at commas and and/or.  An adjective before a
    bare comma describes the next item ("red, scaly patches on the skin" is one item), and so does
    one before and/or when the next item has two words or more ("red or discolored rashes");
    one word after "or" completes a prepositional item ("changes in memory or behavior")."""
    out: list[tuple[int, str]] = []
    seps = [*r["split"].finditer(rest)]
    pos, glue = 0, None
    for k, sep in enumerate([*seps, None]):
        end = sep.start() if sep else len(rest)
        start = glue if glue is not None else pos
        part = rest[pos:end]
        glue = None
        nxt = rest[sep.end():seps[k + 1].start() if k + 1 < len(seps) else len(rest)].split() if sep else []
        word = sep.group(0).strip() if sep is not None else ""
        joined = sep is not None and (
            # "red, scaly patches"; also after an article ("a new or worsening cough")
            r["adjective"].match(r["drop_lead"].sub("", part.strip(), count=1)) and (word == "," or len(nxt) >= 2)
            # "changes in memory or behavior", "Confusion about time or place", "Withdrawal from work or social activities"
            or word == "or" and len(nxt) <= 2 and re.search(r"\b(in|of|about|from|with|to|for)\s+\w+$", part.strip())
            or word == "and" and len(nxt) == 1 and re.search(r"\b(to|in|of)\s+\w+$", part.strip())  # "sensitivity to light and sound"
            # "Trouble planning or solving problems", "trouble concentrating or making decisions"
            or word == "or" and 1 <= len(nxt) <= 2 and nxt[0].lower().endswith("ing")
            and re.search(r"\b(trouble|difficulty|problems?|difficulties)\s+\w+ing$", part.strip(), re.I))
        if joined:
            glue = start  # joined to the next item
        else:
            out.append((start, rest[start:end]))
        pos = sep.end() if sep else len(rest)
    return out


def core(item: str, r: dict) -> str:
    """The item without the adjectives joined before it ("white or cream-coloured spot on the
    cornea": the sign's words are counted from "cream-coloured")."""
    while (m := r["lead_word"].match(item)) and r["adjective"].match(m.group(1)):
        item = item[m.end():]
    return item


# the longest line read as an item of a list after "... include:" (its items are still at most max_words)
LIST_LINE_MAX_WORDS = 14
# a spaced dash before an item's gloss ("urgency — a sudden, strong need to pass urine ..."): the gloss is no item
DASH_GLOSS = re.compile(r"\s[—–-]\s")
# a class of signs before its examples: "(physical|positive|other) symptoms, such as"; also past a
# short tail without a comma: "new symptoms or make existing ones worse, such as"
SIGN_CLASS = re.compile(r"\s*((\w+|other|many|some|several)\s+){0,2}(symptoms|signs|problems)\b[^,.;:()]{0,40}?,?\s*(such as|including|like)\s+", re.I)


@Language.factory("symptom_lists")
def make_symptom_lists(nlp: Language, name: str) -> "SymptomLists":
    return SymptomLists()


class SymptomLists:
    def __call__(self, doc: Doc) -> Doc:
        r = rules()
        new: list[Span] = []
        listing = False  # the lines after "psoriasis can cause:" are items, one per line
        for sent in doc.sents:
            text = sent.text
            cue = r["cue"].search(text)
            if (listing and not cue and len(DASH_GLOSS.split(text)[0].split()) <= LIST_LINE_MAX_WORDS and "\n" in doc.text[sent.start_char - 1:sent.start_char]
                    and (text.strip()[:1].islower() or not re.search(r"[.!?]\s*$", text))):  # not "Symptoms may come and go."
                cue = re.match(r"\s*", text)  # the whole line is the list
            else:
                tail = text[cue.end():] if cue else ""
                listing = bool(cue) and ((cue.group(0).rstrip().endswith(":") or tail.lstrip().startswith(":"))
                                         and re.fullmatch(r"\s*:?\s*", tail) is not None
                                         # "can also cause symptoms in other parts of the body, such as:"
                                         or re.search(r"\b(such as|including|like)\s*:\s*$", tail) is not None)
            if not cue:
                continue
            rest = text[cue.end():]
            cls = SIGN_CLASS.match(rest)
            if cls:  # "can cause positive symptoms such as hallucinations, ...": the examples are the items
                rest = " " * cls.end() + rest[cls.end():]
            stop = r["stop"].search(rest, cls.end() if cls else 0)
            while stop and stop.group(0).lower() in ("that", "which") and "," in rest[stop.end():]:
                # "a headache that throbs or pulses, feeling sick and ...": the relative clause
                # ends at its comma and the list goes on (blanked, so offsets stay)
                comma = rest.index(",", stop.end())
                rest = rest[:stop.start()] + " " * (comma - stop.start()) + rest[comma:]
                stop = r["stop"].search(rest, comma)
            rest = rest[:stop.start()] if stop else rest
            rest = rest.rstrip(" .!?")
            rest = re.sub(r"(,\s*)?\s+(and|or)$|,$", "", rest)  # "..., and over time": no item "and"
            for at, part in items(rest, r):
                item = part.strip()
                lead = r["drop_lead"].match(item)
                if lead:
                    item = item[lead.end():]
                if (not item or len(core(item, r).split()) > r["max_words"] or r["not_item"].match(item)
                        or body_part(item)):
                    continue
                start = sent.start_char + cue.end() + rest.find(item, at)
                span = doc.char_span(start, start + len(item), label="CONDITION", alignment_mode="contract")
                # an entity inside blocks the item, unless it is one of its adjectives (the model
                # calls "scaly" a disease) or the substance of a level ("low oxygen levels", "low platelet count")
                level = r["level"].search(item) is not None
                if span is not None and len(span) and not any(
                        t.ent_type and not r["adjective"].match(t.text) and not (level and t.ent_type_ in ("DRUG", "BIOMARKER"))
                        and not located(span, t) for t in span):
                    new.append(span)
        if new:
            info = concepts(doc)
            for s in new:
                info[(s.start_char, s.end_char)] = ("", "", "", "context")
            doc.ents = filter_spans(list(doc.ents) + new)
        return doc
