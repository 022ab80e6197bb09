"""Gold data in brat standoff: read, validate, write, and convert pipeline Pages to it.

One page = ``<doc_id>.txt`` (its clean text) + ``<doc_id>.ann``:

    T1<TAB>DRUG 0 8<TAB>Imatinib                       entity: label, offsets into the .txt, text
    N1<TAB>Reference T1 DrugBank:DB00619<TAB>Imatinib   normalization of T1
    R1<TAB>TREATS Arg1:T1 Arg2:T5                       relation: subject, object
    #1<TAB>AnnotatorNotes R1<TAB>negated=false; approval=approved; population=adults|children; status=...; biomarker=...; combination=...

Qualifiers live in one AnnotatorNotes line per relation (brat shows them; the format has no
relation attributes), multi-valued with "|".  gold/README.md is the annotation guideline.
Conversion is lossless: ``write(read(x)) == x`` for files in this layout.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .records import APPROVAL, QUALIFIERS, RELATIONS, Page

LABELS = ("DRUG", "DISEASE", "CONDITION", "BIOMARKER", "ORGANISM")
ARG_LABELS = {  # relation -> (subject labels, object labels)
    "TREATS": ({"DRUG"}, {"DISEASE", "CONDITION"}),
    "PREVENTS": ({"DRUG"}, {"DISEASE", "CONDITION"}),
    "CAUSES": ({"DISEASE", "CONDITION"}, {"DISEASE", "CONDITION"}),
    "ASSOCIATED_WITH": ({"DISEASE", "CONDITION"}, {"BIOMARKER"}),
}
NOTE_KEYS = ("negated", "approval", *QUALIFIERS)


class GoldError(ValueError):
    """Invalid gold: the message names the file and line."""


@dataclass
class Entity:
    id: str
    label: str
    start: int
    end: int
    text: str
    concept_id: str = ""  # without the vocabulary prefix
    vocabulary: str = ""
    concept_name: str = ""


@dataclass
class GoldRelation:
    id: str
    relation: str
    subject: str  # entity id
    object: str
    negated: bool = False
    approval: str = "unspecified"
    population: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    biomarker: list[str] = field(default_factory=list)
    combination: list[str] = field(default_factory=list)
    pathogen: list[str] = field(default_factory=list)


@dataclass
class GoldDoc:
    doc_id: str
    text: str
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[GoldRelation] = field(default_factory=list)


def parse_notes(note: str, where: str) -> dict:
    values: dict = {}
    for part in note.split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise GoldError(f"{where}: qualifier {part.strip()!r} is not key=value")
        k, v = (x.strip() for x in part.split("=", 1))
        if k not in NOTE_KEYS:
            raise GoldError(f"{where}: unknown qualifier {k!r} (expected {', '.join(NOTE_KEYS)})")
        values[k] = v
    if values.get("negated", "false") not in ("true", "false"):
        raise GoldError(f"{where}: negated must be true or false, not {values['negated']!r}")
    if values.get("approval", "unspecified") not in APPROVAL:
        raise GoldError(f"{where}: approval must be one of {APPROVAL}, not {values['approval']!r}")
    return values


def read(txt: Path, ann: Path | None = None) -> GoldDoc:
    """Read and validate one page; raises GoldError naming file and line."""
    ann = ann or txt.with_suffix(".ann")
    try:
        text = txt.read_text("utf-8")
        lines = ann.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"{txt.stem}: cannot read gold: {e}") from e
    doc = GoldDoc(txt.stem, text)
    notes: dict[str, tuple[str, str]] = {}
    norms: list[tuple[str, str, str, str]] = []
    for n, line in enumerate(lines, start=1):
        where = f"{ann}:{n}"
        if not line.strip():
            continue
        cols = line.split("\t")
        tid = cols[0]
        try:
            if tid.startswith("T"):
                label, start, end = cols[1].split(" ")
                start, end = int(start), int(end)
                if label not in LABELS:
                    raise GoldError(f"{where}: unknown label {label!r} (expected {', '.join(LABELS)})")
                if not 0 <= start < end <= len(text):
                    raise GoldError(f"{where}: offsets {start}-{end} outside the text (0-{len(text)})")
                if text[start:end] != cols[2]:
                    raise GoldError(f"{where}: text {cols[2]!r} != {text[start:end]!r} at {start}-{end}")
                doc.entities[tid] = Entity(tid, label, start, end, cols[2])
            elif tid.startswith("R"):
                rel, a1, a2 = cols[1].split(" ")
                if rel not in RELATIONS:
                    raise GoldError(f"{where}: unknown relation {rel!r} (expected {', '.join(RELATIONS)})")
                if not (a1.startswith("Arg1:") and a2.startswith("Arg2:")):
                    raise GoldError(f"{where}: expected 'Arg1:T.. Arg2:T..'")
                doc.relations.append(GoldRelation(tid, rel, a1[5:], a2[5:]))
            elif tid.startswith("N"):
                kind, target, ref = cols[1].split(" ")
                vocab, _, cid = ref.partition(":")
                norms.append((target, vocab, cid, cols[2] if len(cols) > 2 else ""))
            elif tid.startswith("#"):
                kind, target = cols[1].split(" ")
                notes[target] = (cols[2] if len(cols) > 2 else "", where)
            else:
                raise GoldError(f"{where}: unknown annotation type {tid!r}")
        except (ValueError, IndexError) as e:
            if isinstance(e, GoldError):
                raise
            raise GoldError(f"{where}: malformed line: {line[:80]!r}") from e
    for target, vocab, cid, name in norms:
        if target not in doc.entities:
            raise GoldError(f"{ann}: normalization of unknown entity {target}")
        e = doc.entities[target]
        e.vocabulary, e.concept_id, e.concept_name = vocab, cid, name
    for r in doc.relations:
        for arg, allowed in zip((r.subject, r.object), ARG_LABELS[r.relation]):
            if arg not in doc.entities:
                raise GoldError(f"{ann}: relation {r.id} points at unknown entity {arg}")
            if doc.entities[arg].label not in allowed:
                raise GoldError(f"{ann}: relation {r.id} {r.relation}: {arg} is {doc.entities[arg].label}, "
                                f"expected {'/'.join(sorted(allowed))}")
        note, where = notes.pop(r.id, ("", str(ann)))
        q = parse_notes(note, where)
        r.negated = q.get("negated") == "true"
        r.approval = q.get("approval", "unspecified")
        for k in QUALIFIERS:
            setattr(r, k, [v.strip() for v in q.get(k, "").split("|") if v.strip()])
    if notes:
        raise GoldError(f"{ann}: notes on unknown relations {sorted(notes)}")
    return doc


def read_dir(folder: Path) -> list[GoldDoc]:
    """Every page of a gold folder (pairs of .txt and .ann), sorted by doc_id."""
    docs = []
    for txt in sorted(folder.glob("*.txt")):
        if not txt.with_suffix(".ann").is_file():
            raise GoldError(f"{txt}: no {txt.with_suffix('.ann').name} beside it")
        docs.append(read(txt))
    return docs


def to_ann(doc: GoldDoc) -> str:
    lines = []
    for e in doc.entities.values():
        lines.append(f"{e.id}\t{e.label} {e.start} {e.end}\t{e.text}")
    n = 0
    for e in doc.entities.values():
        if e.concept_id:
            n += 1
            lines.append(f"N{n}\tReference {e.id} {e.vocabulary}:{e.concept_id}\t{e.concept_name}")
    for k, r in enumerate(doc.relations, start=1):
        lines.append(f"{r.id}\t{r.relation} Arg1:{r.subject} Arg2:{r.object}")
    for k, r in enumerate(doc.relations, start=1):
        q = "; ".join([f"negated={'true' if r.negated else 'false'}", f"approval={r.approval}"]
                      + [f"{q}={'|'.join(getattr(r, q))}" for q in QUALIFIERS])
        lines.append(f"#{k}\tAnnotatorNotes {r.id}\t{q}")
    return "\n".join(lines) + "\n"


def write(doc: GoldDoc, folder: Path) -> None:
    from .tables import atomic_write

    atomic_write(folder / f"{doc.doc_id}.txt", doc.text)
    atomic_write(folder / f"{doc.doc_id}.ann", to_ann(doc))


def from_page(page: Page) -> GoldDoc:
    """A pipeline Page as brat: mentions -> T/N lines, relations -> R lines with notes.
    Relation arguments point at the mentions they were read from (the page's main drug
    for implied subjects: its first mention with the same text)."""
    d = page.document
    doc = GoldDoc(d.doc_id, d.text)
    by_span = {}
    for i, m in enumerate(page.mentions, start=1):
        e = Entity(f"T{i}", m.label, m.start, m.end, m.text, m.concept_id, m.vocabulary, m.concept_name)
        doc.entities[e.id] = e
        by_span[(m.start, m.end)] = e.id
    first_by_text = {}
    for e in doc.entities.values():
        first_by_text.setdefault(e.text, e.id)
    for k, r in enumerate(page.relations, start=1):
        def arg(text: str) -> str:
            inside = [e for e in doc.entities.values() if e.text == text
                      and r.evidence_start <= e.start and e.end <= r.evidence_end]
            return inside[0].id if inside else first_by_text.get(text, "")
        s, o = arg(r.subject_text), arg(r.object_text)
        if s and o:
            doc.relations.append(GoldRelation(f"R{k}", r.relation, s, o, r.negated, r.approval,
                                              list(r.population), list(r.status), list(r.biomarker),
                                              list(r.combination)))
    return doc
