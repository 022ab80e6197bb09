"""tables: Pages -> rows -> checked -> CSV and JSON (and Parquet), written atomically.

Each page becomes one `PageRows`: its typed rows and their CSV and JSON renderings, built
right after the page is processed (in whichever worker ran it) and cached with it.  Writing
the tables is then a single streaming pass over the pages' rows in (doc_id, source) order:
pandera checks every batch of BATCH pages, and the renderings are appended to temporary
files that replace the old tables only when all of them are complete.  Memory stays flat
in the number of pages, and a rebuild after one page changed re-renders that page only.

Rows are sorted (doc_id, then position) so reruns are byte-identical.  Multi-valued
qualifiers are lists in JSON and joined with "; " in CSV; booleans are true/false.
"""
from __future__ import annotations

import csv
import io
import json
import os
import pickle
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .records import Page
from .schemas import SCHEMAS, TABLES, datapackage

COLUMNS = {t: [c.name for c in cols] for t, (_, cols) in TABLES.items()}
DOCUMENT_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS, CONCEPT_COLUMNS, ERROR_COLUMNS = (
    COLUMNS[t] for t in ("documents", "mentions", "relations", "concepts", "errors"))
PAGE_TABLES = ("documents", "mentions", "relations", "errors")  # rows that come from one page
SEP = "; "
OUTPUT_FILES = [f"{t}.{ext}" for t in ("documents", "mentions", "relations", "concepts") for ext in ("csv", "json")] + [
    "errors.csv", "datapackage.json"]

# Pages checked by pandera at a time while writing: its cost is mostly per call (about
# 0.1 s for the five schemas), so big batches; memory grows with the batch, not the corpus
# (2,000 synthetic pages ~ 100k mention rows ~ 100 MB as DataFrames; benchmarks/bench_speed.py).
BATCH = 2000

JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False) makes one per call

# A doc_id names clean/<doc_id>.txt: it may not leave the output folder.
SAFE_ID = re.compile(r"^(?!\.)[^/\\\x00]{1,200}$")


UMASK = os.umask(0o022)
os.umask(UMASK)


class TableError(ValueError):
    pass


@dataclass
class PageRows:
    """One page's share of the tables: its rows rendered as CSV and JSON text (what every
    write needs, and quick to unpickle) and the typed rows themselves, pickled apart (only
    checks and Parquet need them)."""

    doc_id: str
    source: str
    text: str | None  # the clean text (None for a page that failed)
    csv: dict[str, str] = field(default_factory=dict)  # table -> CSV lines (no header)
    json: dict[str, str] = field(default_factory=dict)  # table -> JSON objects joined by ",\n"
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows
    concepts: list[tuple] = field(default_factory=list)  # (concept_id, label, name, vocabulary, text)
    typed: bytes = b""  # pickle of {table: [row tuples]}
    checked: bool = False  # passed check() in an earlier write (set by the runner, see cache.py)

    @property
    def rows(self) -> dict[str, list[tuple]]:
        return pickle.loads(self.typed)  # noqa: S301 - made by page_rows


# -- rendering ---------------------------------------------------------------------------------


# Columns whose values CSV spells differently from Python: (index, schema type) per table.
CSV_CONVERT = {t: tuple((i, c.type) for i, c in enumerate(cols) if c.type in ("list", "boolean"))
               for t, (_, cols) in TABLES.items()}


def csv_row(r: tuple, convert: tuple) -> list:
    out = list(r)
    for i, kind in convert:
        v = out[i]
        if kind == "list" and isinstance(v, list):
            out[i] = SEP.join(v)
        elif isinstance(v, bool):
            out[i] = "true" if v else "false"
    return out


def render_csv(table: str, rows: Iterable[tuple], header: bool = False) -> str:
    """CSV as pandas' to_csv writes it (minimal quoting, "\\n" line ends)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if header:
        w.writerow(COLUMNS[table])
    convert = CSV_CONVERT[table]
    w.writerows([csv_row(r, convert) for r in rows] if convert else rows)
    return buf.getvalue()


def render_json(table: str, rows: Iterable[tuple]) -> list[str]:
    """One JSON object per row (json's C encoder: no indent, native values)."""
    cols, encode = COLUMNS[table], JSON.encode
    return [encode(dict(zip(cols, r))) for r in rows]


def page_rows(page: Page) -> PageRows:
    """A page's rows, after checking what pandera cannot see: the doc_id is a file name and
    every mention is the clean text at its offsets."""
    d = page.document
    if not SAFE_ID.match(d.doc_id):
        raise TableError(f"documents: doc_id not usable as a file name (no '/', '\\', leading '.'): {d.doc_id!r}")
    rows: dict[str, list[tuple]] = {t: [] for t in PAGE_TABLES}
    rows["documents"].append((d.doc_id, d.source, d.format, d.title, d.sha256, d.chars_raw, len(d.text),
                              "error" if page.error else "ok", page.error))
    concepts = []
    if page.error:
        rows["errors"].append((d.doc_id, d.source, page.stage, page.error))
    else:
        for m in page.mentions:
            if d.text[m.start:m.end] != m.text:
                raise TableError(f"mentions: {d.doc_id} {m.mention_id}: text {m.text!r} != clean[{m.start}:{m.end}]")
            rows["mentions"].append((d.doc_id, *(getattr(m, k) for k in MENTION_COLUMNS[1:])))
            if m.concept_id:
                concepts.append((m.concept_id, m.label, m.concept_name, m.vocabulary, m.text))
        for r in page.relations:
            rows["relations"].append((d.doc_id, *(getattr(r, k) for k in RELATION_COLUMNS[1:])))
    return PageRows(d.doc_id, d.source, None if page.error else d.text,
                    {t: render_csv(t, rows[t]) for t in PAGE_TABLES},
                    {t: ",\n".join(render_json(t, rows[t])) for t in PAGE_TABLES},
                    {t: len(rows[t]) for t in PAGE_TABLES}, concepts,
                    pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))


def json_list(objects: list[str]) -> str:
    """JSON objects as the tables' JSON list: one object per line."""
    return "[\n" + ",\n".join(objects) + ("\n]\n" if objects else "]\n")


def to_json(df: pd.DataFrame) -> str:
    """Any DataFrame as the tables' JSON (native values)."""
    return json_list([JSON.encode(r) for r in df.to_dict("records")])


def sorted_rows(pages: Iterable[Page]) -> list[PageRows]:
    """The pages' rows in table order: (doc_id, source)."""
    return sorted((page_rows(p) for p in pages), key=lambda r: (r.doc_id, r.source))


# -- checking ----------------------------------------------------------------------------------


def typed(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Give every column its contract dtype (also for empty tables)."""
    dtypes = {"string": "str", "integer": "int64", "boolean": "bool", "list": "object"}
    return df.astype({c.name: dtypes[c.type] for c in TABLES[table][1]})


def frame(table: str, rows: list[tuple]) -> pd.DataFrame:
    return typed(pd.DataFrame.from_records(rows, columns=COLUMNS[table]), table)


def check(name: str, df: pd.DataFrame) -> None:
    """The output contract (pandera schemas of schemas.py), before anything is written."""
    try:
        SCHEMAS[name].validate(df, lazy=True)
    except (pa.errors.SchemaErrors, pa.errors.SchemaError) as e:
        cases = getattr(e, "failure_cases", None)
        detail = cases[["column", "check", "failure_case"]].head(5).to_dict("records") if cases is not None else e
        raise TableError(f"{name}: does not match the output contract: {detail}") from None


def concept_rows(concepts: dict[tuple, set]) -> list[tuple]:
    return [(*k, sorted(v)) for k, v in sorted(concepts.items())]


def frames(pages: list[Page]) -> dict[str, pd.DataFrame]:
    """Every table of `pages` as a typed DataFrame (in memory: for tests and small runs)."""
    parts = sorted_rows(pages)
    concepts: dict[tuple, set] = {}
    for r in parts:
        for *k, text in r.concepts:
            concepts.setdefault(tuple(k), set()).add(text)
    typed = [r.rows for r in parts]
    out = {t: frame(t, [row for rows in typed for row in rows[t]]) for t in PAGE_TABLES}
    out["concepts"] = frame("concepts", concept_rows(concepts))
    return {t: out[t] for t in TABLES}


# -- writing -----------------------------------------------------------------------------------


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


class Staged:
    """Files written next to their targets under temporary names; `commit` flushes and renames
    them all, `abort` removes them.  A failed write leaves the old outputs as they were."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.files: dict[Path, tuple] = {}  # target -> (temp path, open file or None)

    def open(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        f = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.files[path] = (Path(tmp), f)
        return f

    def put(self, path: Path, data: str) -> None:
        with self.open(path) as f:
            f.write(data)
        self.files[path] = (self.files[path][0], None)

    def commit(self, durable: set[Path]) -> None:
        for path, (tmp, f) in self.files.items():
            if f is not None:
                if path in durable:
                    f.flush()
                    os.fsync(f.fileno())
                f.close()
            elif path in durable:
                with open(tmp, "rb") as g:
                    os.fsync(g.fileno())
            os.chmod(tmp, 0o666 & ~UMASK)
        for path, (tmp, _) in self.files.items():
            os.replace(tmp, path)
        self.files.clear()

    def abort(self) -> None:
        for tmp, f in self.files.values():
            if f is not None:
                f.close()
            tmp.unlink(missing_ok=True)
        self.files.clear()


def arrow_schema(table: str):
    import pyarrow as pa_

    kinds = {"string": pa_.string(), "integer": pa_.int64(), "boolean": pa_.bool_(), "list": pa_.list_(pa_.string())}
    return pa_.schema([(c.name, kinds[c.type]) for c in TABLES[table][1]])


class Parquet:
    """One Parquet file per table, written batch by batch with the contract's column types."""

    def __init__(self, staged: Staged, out: Path):
        import pyarrow.parquet as pq

        self.pq, self.writers = pq, {}
        for t in TABLES:
            f = staged.open(out / f"{t}.parquet")
            self.writers[t] = pq.ParquetWriter(f.buffer, arrow_schema(t))

    def add(self, table: str, df: pd.DataFrame) -> None:
        import pyarrow as pa_

        self.writers[table].write_table(pa_.Table.from_pandas(df, schema=arrow_schema(table), preserve_index=False))

    def close(self) -> None:
        for w in self.writers.values():
            w.close()


def write_rows(parts: Iterable[PageRows], out: Path, parquet: bool = False) -> dict[str, int]:
    """Write every table, datapackage.json and clean/<doc_id>.txt into `out` (and Parquet
    copies with `parquet`) from pages' rows in (doc_id, source) order, checking each batch
    before it is written (except rows marked `checked`); return row counts.  Nothing changes
    in `out` unless all succeed."""
    staged = Staged(out)
    counts = {t: 0 for t in TABLES}
    concepts: dict[tuple, set] = {}
    seen: set[str] = set()
    clean_dir = out / "clean"
    keep: set[str] = set()
    try:
        sinks = {}
        for t in PAGE_TABLES:
            sinks[t, "csv"] = staged.open(out / f"{t}.csv")
            sinks[t, "csv"].write(render_csv(t, [], header=True))
            if t != "errors":
                sinks[t, "json"] = staged.open(out / f"{t}.json")
                sinks[t, "json"].write("[")
        pq = Parquet(staged, out) if parquet else None
        for batch in batches(parts, BATCH):
            todo = [r.rows for r in (batch if pq else [r for r in batch if not r.checked])]
            for t in PAGE_TABLES:
                if todo:
                    df = frame(t, [row for rows in todo for row in rows[t]])
                    check(t, df)
                    if pq:
                        pq.add(t, df)
            for r in batch:
                if r.doc_id in seen:
                    raise TableError(f"documents: duplicate doc_id {r.doc_id!r}")
                seen.add(r.doc_id)
                for t in PAGE_TABLES:
                    sinks[t, "csv"].write(r.csv[t])
                    if t != "errors" and r.counts[t]:
                        sinks[t, "json"].write(",\n" if counts[t] else "\n")
                        sinks[t, "json"].write(r.json[t])
                    counts[t] += r.counts[t]
                for *k, text in r.concepts:
                    concepts.setdefault(tuple(k), set()).add(text)
                if r.text is not None:
                    name = f"{r.doc_id}.txt"
                    keep.add(name)
                    target = clean_dir / name
                    if not target.is_file() or target.read_bytes() != r.text.encode("utf-8"):
                        staged.put(target, r.text)
        for t in PAGE_TABLES:
            if t != "errors":
                sinks[t, "json"].write("\n]\n" if counts[t] else "]\n")
        crow = concept_rows(concepts)
        cdf = frame("concepts", crow)
        check("concepts", cdf)
        staged.put(out / "concepts.csv", render_csv("concepts", crow, header=True))
        staged.put(out / "concepts.json", json_list(render_json("concepts", crow)))
        counts["concepts"] = len(crow)
        if pq:
            pq.add("concepts", cdf)
            pq.close()
        staged.put(out / "datapackage.json", json.dumps(datapackage(), indent=1) + "\n")
        staged.commit(durable={out / f"{t}.{ext}" for t in TABLES for ext in ("csv", "json", "parquet")})
    except BaseException:
        staged.abort()
        raise
    if clean_dir.is_dir():  # pages removed from raw/ leave no stale text behind
        for f in clean_dir.glob("*.txt"):
            if f.name not in keep:
                f.unlink()
    return {t: counts[t] for t in TABLES}


def batches(items: Iterable, n: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def write(pages: list[Page], out: Path, parquet: bool = False) -> dict[str, int]:
    """write_rows for Pages held in memory (the `tables` stage command, tests)."""
    return write_rows(sorted_rows(pages), out, parquet)
