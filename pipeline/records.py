"""The one data model every stage speaks.

parse -> Document(blocks)            clean -> Document(blocks marked, text)
annotate -> list[Mention] + sentences  relate -> list[Relation]
A Page bundles all of one page's results; it is what the cache stores and tables reads.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

BLOCK_KINDS = ("title", "heading", "paragraph", "list_item", "table_cell", "line")
RELATIONS = ("TREATS", "PREVENTS", "CAUSES", "ASSOCIATED_WITH")
APPROVAL = ("approved", "off-label", "unspecified")
QUALIFIERS = ("population", "status", "biomarker", "combination", "pathogen")


@dataclass
class Block:
    """One block of a page: an HTML block element or a line of a text dump."""

    kind: str
    text: str
    path: str = ""  # DOM path (html) or "line N" (text)
    src_start: int = 0  # character offsets into the decoded source
    src_end: int = 0
    link_chars: int = 0  # characters inside <a> elements (html)
    chrome: bool = False  # set by clean: site boilerplate
    why: str = ""  # set by clean: the rule that marked it
    start: int = -1  # set by clean: offsets into the clean text, -1 when dropped
    end: int = -1


@dataclass
class Document:
    doc_id: str
    source: str
    format: str  # html | text
    sha256: str
    chars_raw: int
    title: str = ""
    blocks: list[Block] = field(default_factory=list)
    text: str = ""  # clean text, set by clean: kept blocks, one per line


@dataclass
class Sentence:
    start: int
    end: int
    kind: str = "paragraph"  # the kind of block it sits in
    heading: str = ""  # the nearest heading above it, for framing


@dataclass
class Mention:
    mention_id: str
    label: str
    text: str
    start: int
    end: int
    sentence: int
    concept_id: str = ""
    concept_name: str = ""
    vocabulary: str = ""
    source: str = ""


@dataclass
class Relation:
    relation_id: str
    relation: str
    subject: str
    subject_id: str
    subject_text: str
    object: str
    object_id: str
    object_text: str
    negated: bool = False
    population: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    biomarker: list[str] = field(default_factory=list)
    combination: list[str] = field(default_factory=list)
    pathogen: list[str] = field(default_factory=list)  # organisms the statement names as the cause
    approval: str = "unspecified"
    evidence: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    extractor: str = ""


@dataclass
class Page:
    """Everything one page produced; an error page has `error` set and may lack the rest."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    stage: str = ""  # the stage that failed
    error: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Page":
        doc = dict(d["document"])
        doc["blocks"] = [Block(**b) for b in doc.get("blocks", [])]
        return cls(
            document=Document(**doc),
            sentences=[Sentence(**s) for s in d.get("sentences", [])],
            mentions=[Mention(**m) for m in d.get("mentions", [])],
            relations=[Relation(**r) for r in d.get("relations", [])],
            stage=d.get("stage", ""),
            error=d.get("error", ""),
        )
