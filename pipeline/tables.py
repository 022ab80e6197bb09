"""tables: Pages -> pandas DataFrames -> checked -> CSV and JSON, written atomically.

Rows are sorted (doc_id, then position) so reruns are byte-identical.  Multi-valued
qualifiers are lists in JSON and joined with "; " in CSV; booleans are true/false.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .records import QUALIFIERS, Page
from .schemas import SCHEMAS, TABLES, datapackage

DOCUMENT_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS, CONCEPT_COLUMNS, ERROR_COLUMNS = (
    [c.name for c in TABLES[t][1]] for t in ("documents", "mentions", "relations", "concepts", "errors"))
LIST_COLUMNS = [*QUALIFIERS, "surface_forms"]
SEP = "; "
OUTPUT_FILES = [f"{t}.{ext}" for t in ("documents", "mentions", "relations", "concepts") for ext in ("csv", "json")] + [
    "errors.csv", "datapackage.json"]


# A doc_id names clean/<doc_id>.txt: it may not leave the output folder.
SAFE_ID = re.compile(r"^(?!\.)[^/\\\x00]{1,200}$")


UMASK = os.umask(0o022)
os.umask(UMASK)


class TableError(ValueError):
    pass


def frames(pages: list[Page]) -> dict[str, pd.DataFrame]:
    pages = sorted(pages, key=lambda p: (p.document.doc_id, p.document.source))
    docs, ments, rels, errs = [], [], [], []
    for p in pages:
        d = p.document
        docs.append({"doc_id": d.doc_id, "source": d.source, "format": d.format, "title": d.title,
                     "sha256": d.sha256, "chars_raw": d.chars_raw, "chars_clean": len(d.text),
                     "status": "error" if p.error else "ok", "error": p.error})
        if p.error:
            errs.append({"doc_id": d.doc_id, "source": d.source, "stage": p.stage, "error": p.error})
            continue
        for m in p.mentions:
            ments.append({"doc_id": d.doc_id, **{k: getattr(m, k) for k in MENTION_COLUMNS[1:]}})
        for r in p.relations:
            rels.append({"doc_id": d.doc_id, **{k: getattr(r, k) for k in RELATION_COLUMNS[1:]}})
    concepts: dict[tuple, set] = {}
    for m in ments:
        if m["concept_id"]:
            concepts.setdefault((m["concept_id"], m["label"], m["concept_name"], m["vocabulary"]), set()).add(m["text"])
    cons = [{"concept_id": k[0], "label": k[1], "name": k[2], "vocabulary": k[3], "surface_forms": sorted(v)}
            for k, v in sorted(concepts.items())]
    return {
        "documents": typed(pd.DataFrame(docs, columns=DOCUMENT_COLUMNS), "documents"),
        "mentions": typed(pd.DataFrame(ments, columns=MENTION_COLUMNS), "mentions"),
        "relations": typed(pd.DataFrame(rels, columns=RELATION_COLUMNS), "relations"),
        "concepts": typed(pd.DataFrame(cons, columns=CONCEPT_COLUMNS), "concepts"),
        "errors": typed(pd.DataFrame(errs, columns=ERROR_COLUMNS), "errors"),
    }


def typed(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Give every column its contract dtype (also for empty tables)."""
    dtypes = {"string": "str", "integer": "int64", "boolean": "bool", "list": "object"}
    return df.astype({c.name: dtypes[c.type] for c in TABLES[table][1]})


def check(tables: dict[str, pd.DataFrame], texts: dict[str, str]) -> None:
    """The contract (pandera schemas of schemas.py), doc_ids and offsets, before anything is written."""
    def bad(table: str, what: str) -> None:
        raise TableError(f"{table}: {what}")

    for name, schema in SCHEMAS.items():
        try:
            schema.validate(tables[name], lazy=True)
        except (pa.errors.SchemaErrors, pa.errors.SchemaError) as e:
            cases = getattr(e, "failure_cases", None)
            detail = cases[["column", "check", "failure_case"]].head(5).to_dict("records") if cases is not None else e
            bad(name, f"does not match the output contract: {detail}")
    d = tables["documents"]
    unsafe = d.loc[~d["doc_id"].map(lambda v: bool(SAFE_ID.match(v))), "doc_id"].tolist()
    if unsafe:
        bad("documents", f"doc_id not usable as a file name (no '/', '\\', leading '.'): {unsafe}")
    if d["doc_id"].duplicated().any():
        bad("documents", f"duplicate doc_id {d.loc[d['doc_id'].duplicated(), 'doc_id'].tolist()}")
    for row in tables["mentions"].itertuples(index=False):
        if texts[row.doc_id][row.start:row.end] != row.text:
            bad("mentions", f"{row.doc_id} {row.mention_id}: text {row.text!r} != clean[{row.start}:{row.end}]")


def atomic_write(path: Path, data: str | bytes, durable: bool = True) -> None:
    """Write to a temporary file in the same folder, then rename over the target.  Readers
    never see a half-written file; `durable` also flushes it to disk before the rename
    (the tables: a power cut must not leave them empty; cache entries need not)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~UMASK)  # mkstemp makes 0600; outputs get the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def to_csv(df: pd.DataFrame) -> str:
    out = df.copy()
    for col in out.columns:
        if col in LIST_COLUMNS and out[col].map(lambda v: isinstance(v, list)).all():
            out[col] = out[col].map(SEP.join)
        elif col == "negated":
            out[col] = out[col].map(lambda v: "true" if v else "false")
    return out.to_csv(index=False, lineterminator="\n")


def to_json(df: pd.DataFrame) -> str:
    """A JSON list of records, one per line (json's C encoder: no indent), with native
    values (pandas' to_dict gives Python ints, bools and lists)."""
    rows = [json.dumps(r, ensure_ascii=False) for r in df.to_dict("records")]
    return "[\n" + ",\n".join(rows) + ("\n]\n" if rows else "]\n")


def to_parquet(df: pd.DataFrame) -> bytes:
    import io

    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def write(pages: list[Page], out: Path, parquet: bool = False) -> dict[str, int]:
    """Write every table, datapackage.json and clean/<doc_id>.txt into `out` (and Parquet
    copies with `parquet`); return row counts."""
    tables = frames(pages)
    texts = {p.document.doc_id: p.document.text for p in pages}
    check(tables, texts)
    clean_dir = out / "clean"
    for p in pages:
        if not p.error:
            atomic_write(clean_dir / f"{p.document.doc_id}.txt", p.document.text, durable=False)
    if clean_dir.is_dir():  # pages removed from raw/ leave no stale text behind
        keep = {f"{p.document.doc_id}.txt" for p in pages if not p.error}
        for f in clean_dir.glob("*.txt"):
            if f.name not in keep:
                f.unlink()
    for name in ["documents", "mentions", "relations", "concepts"]:
        atomic_write(out / f"{name}.csv", to_csv(tables[name]))
        atomic_write(out / f"{name}.json", to_json(tables[name]))
    atomic_write(out / "errors.csv", to_csv(tables["errors"]))
    atomic_write(out / "datapackage.json", json.dumps(datapackage(), indent=1) + "\n")
    if parquet:
        for name, df in tables.items():
            atomic_write(out / f"{name}.parquet", to_parquet(df))
    return {name: len(df) for name, df in tables.items()}
