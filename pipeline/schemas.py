"""The output contract as data: every table's columns with type, meaning and allowed values.

One specification feeds the pandera schemas checked before anything is written and the
Frictionless Data Package descriptor (``OUT/datapackage.json``) that describes the files.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandera.pandas as pa

from .records import APPROVAL, QUALIFIERS, RELATIONS

LABELS = ("DRUG", "DISEASE", "CONDITION", "BIOMARKER", "ORGANISM")
STAGES = ("read", "parse", "annotate", "relate")


@dataclass(frozen=True)
class Col:
    name: str
    type: str  # string | integer | boolean | list (a list of strings; "; "-joined in CSV)
    description: str
    enum: tuple = ()
    required: bool = False  # may not be empty


def _q(name: str, what: str) -> Col:
    return Col(name, "list", f"{what}; several values joined with '; ' in CSV, a list in JSON")


TABLES: dict[str, tuple[str, list[Col]]] = {
    "documents": ("One row per page found in the raw folder.", [
        Col("doc_id", "string", "file name without its extension", required=True),
        Col("source", "string", "file name in the raw folder", required=True),
        Col("format", "string", "html or text", ("html", "text")),
        Col("title", "string", "page title"),
        Col("sha256", "string", "hash of the page's bytes (empty when unreadable)"),
        Col("chars_raw", "integer", "characters of the decoded page"),
        Col("chars_clean", "integer", "characters of clean/<doc_id>.txt"),
        Col("status", "string", "ok or error", ("ok", "error")),
        Col("error", "string", "the problem, for status error"),
    ]),
    "mentions": ("Drugs, diseases, conditions, biomarkers and organisms found in the clean texts.", [
        Col("doc_id", "string", "page", required=True),
        Col("mention_id", "string", "M1, M2, ... in text order", required=True),
        Col("label", "string", "entity type", LABELS),
        Col("text", "string", "the mention as written: clean[start:end]", required=True),
        Col("start", "integer", "character offset into clean/<doc_id>.txt"),
        Col("end", "integer", "end offset (exclusive)"),
        Col("sentence", "integer", "index of the sentence in the page, from 0"),
        Col("concept_id", "string", "DrugBank or MeSH ID; empty when unknown"),
        Col("concept_name", "string", "canonical concept name"),
        Col("vocabulary", "string", "vocabulary of concept_id", ("DrugBank", "MeSH", "")),
        Col("source", "string", "what found it", ("lexicon", "model", "abbreviation", "context", "pattern")),
    ]),
    "relations": ("Relations between mentions with their qualifying conditions.", [
        Col("doc_id", "string", "page", required=True),
        Col("relation_id", "string", "R1, R2, ... in text order", required=True),
        Col("relation", "string", "relation type", RELATIONS),
        Col("subject", "string", "canonical name of the subject (drug or disease)", required=True),
        Col("subject_id", "string", "concept ID of the subject"),
        Col("subject_text", "string", "the subject as written"),
        Col("object", "string", "canonical name of the object", required=True),
        Col("object_id", "string", "concept ID of the object"),
        Col("object_text", "string", "the object as written"),
        Col("negated", "boolean", "the page says it does not hold"),
        _q("population", "who: adults, children 6 years and older, ..."),
        _q("status", "disease status or line of therapy"),
        _q("biomarker", "biomarker condition"),
        _q("combination", "partner drugs"),
        _q("pathogen", "organisms named as the cause of the treated infection"),
        Col("approval", "string", "approved, off-label or unspecified", APPROVAL),
        Col("evidence", "string", "the sentence", required=True),
        Col("evidence_start", "integer", "offset of the sentence in the clean text"),
        Col("evidence_end", "integer", "end offset of the sentence"),
        Col("extractor", "string", "extractor that produced the row", required=True),
    ]),
    "concepts": ("Every normalized concept seen, with its spellings.", [
        Col("concept_id", "string", "DrugBank or MeSH ID", required=True),
        Col("label", "string", "entity type", LABELS),
        Col("name", "string", "canonical name"),
        Col("vocabulary", "string", "DrugBank or MeSH", ("DrugBank", "MeSH")),
        _q("surface_forms", "every spelling seen"),
    ]),
    "errors": ("One row per page that failed.", [
        Col("doc_id", "string", "page", required=True),
        Col("source", "string", "file name", required=True),
        Col("stage", "string", "stage that failed", STAGES),
        Col("error", "string", "the problem in plain words", required=True),
    ]),
}
assert [c.name for c in TABLES["relations"][1] if c.type == "list"] == list(QUALIFIERS)


def _column(c: Col) -> pa.Column:
    if c.type == "integer":
        return pa.Column(int, pa.Check.ge(0), name=c.name)
    if c.type == "boolean":
        return pa.Column(bool, name=c.name)
    if c.type == "list":
        return pa.Column(object, pa.Check(lambda s: s.map(lambda v: isinstance(v, list)
                                                         and all(isinstance(x, str) for x in v)),
                                          error="a list of strings"), name=c.name)
    checks = [pa.Check.isin(list(c.enum))] if c.enum else []
    if c.required:
        checks.append(pa.Check.str_length(min_value=1))
    return pa.Column(str, checks, name=c.name)


SCHEMAS = {table: pa.DataFrameSchema({c.name: _column(c) for c in cols}, name=table, strict=True, ordered=True)
           for table, (_, cols) in TABLES.items()}


def datapackage() -> dict:
    """Frictionless Data Package descriptor of the CSV tables."""
    resources = []
    for table, (description, cols) in TABLES.items():
        fields = []
        for c in cols:
            f = {"name": c.name, "description": c.description}
            if c.type == "integer":
                f.update(type="integer", constraints={"minimum": 0})
            elif c.type == "boolean":
                f.update(type="boolean", trueValues=["true"], falseValues=["false"])
            else:
                f["type"] = "string"
                cons = {}
                if c.enum:
                    cons["enum"] = [v for v in c.enum]
                if c.required:
                    cons["required"] = True
                if cons:
                    f["constraints"] = cons
            fields.append(f)
        schema = {"fields": fields, "missingValues": []}
        if table == "mentions":
            schema["primaryKey"] = ["doc_id", "mention_id"]
        elif table == "relations":
            schema["primaryKey"] = ["doc_id", "relation_id"]
        elif table == "documents":
            schema["primaryKey"] = ["doc_id"]
        if table in ("mentions", "relations"):
            schema["foreignKeys"] = [{"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}]
        resources.append({"name": table, "path": f"{table}.csv", "profile": "tabular-data-resource",
                          "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                          "description": description, "schema": schema})
    return {"name": "drug-disease-relations", "title": "Drug-disease-condition relations from drug-information pages",
            "profile": "tabular-data-package", "resources": resources}
