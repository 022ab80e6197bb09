"""Read PubTator files (BC5CDR, NCBI Disease) into plain documents.

PubTator layout, one document per block, blocks separated by a blank line::

    PMID|t|title
    PMID|a|abstract
    PMID<TAB>start<TAB>end<TAB>mention<TAB>type<TAB>concept-id[<TAB>extra]
    PMID<TAB>CID<TAB>chemical-id<TAB>disease-id          (relation lines, BC5CDR)

Offsets index ``title + " " + abstract``.  Relation lines are kept apart from mentions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["Annotation", "PubTatorDoc", "read_pubtator", "iter_pubtator", "write_pubtator"]


@dataclass(frozen=True)
class Annotation:
    start: int
    end: int
    text: str
    type: str
    concept_id: str = ""


@dataclass
class PubTatorDoc:
    pmid: str
    title: str
    abstract: str
    annotations: list[Annotation] = field(default_factory=list)
    relations: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The text the offsets refer to: title, one space, abstract."""
        return f"{self.title} {self.abstract}" if self.abstract else self.title


def _parse_block(lines: list[str], source: str) -> PubTatorDoc | None:
    pmid = title = abstract = None
    annotations: list[Annotation] = []
    relations: list[tuple[str, ...]] = []
    for line in lines:
        head = line.split("|", 2)
        if len(head) == 3 and head[1] in ("t", "a") and "\t" not in head[0]:
            pmid = head[0]
            if head[1] == "t":
                title = head[2]
            else:
                abstract = head[2]
            continue
        cols = line.split("\t")
        if len(cols) >= 5 and cols[1].isdigit() and cols[2].isdigit():
            annotations.append(
                Annotation(int(cols[1]), int(cols[2]), cols[3], cols[4], cols[5] if len(cols) > 5 else "")
            )
        elif len(cols) >= 2:
            relations.append(tuple(cols[1:]))
        else:
            raise ValueError(f"{source}: unparsable PubTator line: {line[:80]!r}")
    if pmid is None:
        return None
    doc = PubTatorDoc(pmid, title or "", abstract or "", annotations, relations)
    text = doc.text
    for i, a in enumerate(annotations):
        span = text[a.start : a.end]
        if span == a.text:
            continue
        if span.strip() == a.text.strip():  # NCBI: a few mention columns carry stray blanks
            annotations[i] = Annotation(a.start, a.end, span, a.type, a.concept_id)
            continue
        raise ValueError(
            f"{source}: PMID {pmid}: offsets {a.start}-{a.end} give "
            f"{span!r}, annotation says {a.text!r}"
        )
    return doc


def iter_pubtator(path: str | Path) -> Iterator[PubTatorDoc]:
    """Yield the documents of a PubTator file, checking every offset against its text."""
    path = Path(path)
    block: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if line.strip():
                block.append(line)
            elif block:
                doc = _parse_block(block, str(path))
                if doc is not None:
                    yield doc
                block = []
    if block:
        doc = _parse_block(block, str(path))
        if doc is not None:
            yield doc


def read_pubtator(path: str | Path, types: Iterable[str] | None = None,
                  type_map: dict[str, str] | None = None) -> list[PubTatorDoc]:
    """Read a PubTator file.

    ``type_map`` renames mention types (e.g. NCBI's SpecificDisease -> Disease); ``types``
    then keeps only mentions of those (renamed) types.
    """
    keep = set(types) if types is not None else None
    docs = []
    for doc in iter_pubtator(path):
        anns = doc.annotations
        if type_map:
            anns = [Annotation(a.start, a.end, a.text, type_map.get(a.type, a.type), a.concept_id) for a in anns]
        if keep is not None:
            anns = [a for a in anns if a.type in keep]
        doc.annotations = anns
        docs.append(doc)
    return docs


def write_pubtator(docs: Iterable[PubTatorDoc], path: str | Path) -> None:
    """Write documents (mentions and relations) back in PubTator layout."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(f"{d.pmid}|t|{d.title}\n{d.pmid}|a|{d.abstract}\n")
            for a in d.annotations:
                fh.write(f"{d.pmid}\t{a.start}\t{a.end}\t{a.text}\t{a.type}\t{a.concept_id}\n")
            for r in d.relations:
                fh.write("\t".join((d.pmid, *r)) + "\n")
            fh.write("\n")
