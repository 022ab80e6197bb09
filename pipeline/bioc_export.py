"""bioc_export: the tables of an output folder as one BioC JSON collection, OUT/bioc.json.

Written with the `bioc` package (https://pypi.org/project/bioc/):

- one BioCDocument per page of documents.json (id = doc_id; infons source, format, title,
  sha256, status, and error for pages that failed — those have no passage);
- one BioCPassage (offset 0) holding the clean text, clean/<doc_id>.txt;
- one BioCAnnotation per mention (id = mention_id; infons type = label, identifier =
  concept_id, concept_name, vocabulary, source, sentence; one location: offset = start,
  length = end - start, in characters of the clean text, as in mentions.csv);
- one BioCRelation per relation (id = relation_id; infons type = relation, subject,
  subject_id, object, object_id, negated, approval, population, status, biomarker,
  combination (multi-valued ones joined with "; " as in the CSV), evidence_start,
  evidence_end, extractor; nodes role "subject" / "object" pointing at the annotations the
  relation was read from: the mention with that text inside the evidence sentence, else
  the page's first mention with that text — an implied subject; no node when none exists).

Infons are strings (BioC allows nothing else). The collection date is left empty so an
unchanged output gives a byte-identical file.
"""
from __future__ import annotations

import json
from pathlib import Path

import bioc
from bioc import biocjson

from .records import QUALIFIERS
from .tables import SEP, atomic_write


def _load(out: Path, name: str) -> list[dict]:
    path = out / f"{name}.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: build the output first (python -m pipeline run --out {out})")
    return json.loads(path.read_text("utf-8"))


def _node_ref(mentions: list[dict], text: str, start: int, end: int) -> str:
    inside = [m for m in mentions if m["text"] == text and start <= m["start"] and m["end"] <= end]
    if inside:
        return inside[0]["mention_id"]
    same = [m for m in mentions if m["text"] == text]
    if same:
        return same[0]["mention_id"]
    # an argument written wider than its mention ("cancers of the blood" for "cancers")
    part = [m for m in mentions if m["text"] in text and start <= m["start"] and m["end"] <= end]
    return max(part, key=lambda m: len(m["text"]))["mention_id"] if part else ""


def collection(out: Path) -> bioc.BioCCollection:
    """The BioC collection of the output folder `out`."""
    docs = _load(out, "documents")
    ments: dict[str, list[dict]] = {}
    rels: dict[str, list[dict]] = {}
    for m in _load(out, "mentions"):
        ments.setdefault(m["doc_id"], []).append(m)
    for r in _load(out, "relations"):
        rels.setdefault(r["doc_id"], []).append(r)

    coll = bioc.BioCCollection()
    coll.source = "pipeline: drug-disease relations from drug-information pages"
    coll.date = ""  # deterministic output
    coll.key = "README.md, section \"BioC export\""
    for d in sorted(docs, key=lambda d: d["doc_id"]):
        doc = bioc.BioCDocument()
        doc.id = d["doc_id"]
        doc.infons = {k: str(d.get(k) or "") for k in ("source", "format", "title", "sha256", "status")}
        if d.get("status") != "ok":
            doc.infons["error"] = str(d.get("error") or "")
            coll.add_document(doc)
            continue
        text = (out / "clean" / f"{d['doc_id']}.txt").read_text("utf-8")
        passage = bioc.BioCPassage()
        passage.offset = 0
        passage.text = text
        passage.infons = {"type": "clean_text"}
        page_ments = ments.get(d["doc_id"], [])
        for m in page_ments:
            a = bioc.BioCAnnotation()
            a.id = m["mention_id"]
            a.text = m["text"]
            a.infons = {"type": m["label"], "identifier": m["concept_id"] or "",
                        "concept_name": m["concept_name"] or "", "vocabulary": m["vocabulary"] or "",
                        "source": m["source"] or "", "sentence": str(m["sentence"])}
            a.add_location(bioc.BioCLocation(offset=m["start"], length=m["end"] - m["start"]))
            passage.add_annotation(a)
        for r in rels.get(d["doc_id"], []):
            rel = bioc.BioCRelation()
            rel.id = r["relation_id"]
            rel.infons = {"type": r["relation"],
                          "subject": r["subject"], "subject_id": r["subject_id"] or "",
                          "object": r["object"], "object_id": r["object_id"] or "",
                          "negated": "true" if r["negated"] else "false", "approval": r["approval"],
                          **{q: SEP.join(r[q]) for q in QUALIFIERS},
                          "evidence_start": str(r["evidence_start"]), "evidence_end": str(r["evidence_end"]),
                          "extractor": r["extractor"]}
            for role, key in (("subject", "subject_text"), ("object", "object_text")):
                ref = _node_ref(page_ments, r[key], r["evidence_start"], r["evidence_end"])
                if ref:
                    rel.add_node(bioc.BioCNode(refid=ref, role=role))
            passage.add_relation(rel)
        doc.add_passage(passage)
        coll.add_document(doc)
    return coll


def export(out: Path) -> Path:
    """Write out/bioc.json; return its path."""
    path = out / "bioc.json"
    atomic_write(path, biocjson.dumps(collection(out), indent=1, ensure_ascii=False) + "\n")
    return path
