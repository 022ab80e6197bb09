"""The bad-input matrix: every broken page becomes one error row; the rest is processed."""
import csv
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.runner import RunError, run

from .conftest import ROOT

SJ = "Sjögren’s syndrome is treated with pilocarpine.\n"

CASES = {  # file name -> (bytes, expected: "ok" or a phrase of the error)
    "empty.txt": (b"", "empty file"),
    "binary.html": (bytes(range(256)) * 64, "binary content"),
    "cp1252.txt": (SJ.encode("cp1252"), "ok"),
    "latin1.html": (f"<meta charset='iso-8859-1'><p>{SJ}</p>".replace("’", "'").encode("latin-1"), "ok"),
    "utf8-bom.txt": (b"\xef\xbb\xbf" + SJ.encode(), "ok"),
    "utf16-bom.txt": (SJ.encode("utf-16"), "ok"),
    "meta-lies.html": (f"<meta charset='iso-8859-1'><p>{SJ}</p>".encode(), "ok"),
    "malformed.html": (b"<html><body><div><p>Aspirin treats headache.<div></span></div></div></div><p>Unclosed", "ok"),
    "deep.html": (b"<div>" * 10000 + b"<p>Aspirin treats headache in adults.</p>" + b"</div>" * 10000, "ok"),
    "scripts-only.html": (b"<html><head><script>var a=1;</script><style>p{}</style></head><body></body></html>",
                          "no text"),
    "nul-control.txt": (b"Aspirin\x00 treats\x07 headache.\x1b\n", "ok"),
    "crlf.txt": (b"Aspirin treats headache.\r\nIbuprofen treats fever.\r\n", "ok"),
    "cr.txt": (b"Aspirin treats headache.\rIbuprofen treats fever.\r", "ok"),
    "same.html": (b"<p>Aspirin treats headache.</p>", "ok"),  # files are taken in name order
    "same.txt": (b"Aspirin treats headache.\n", "already taken by same.html"),
    "name with spaces é.txt": (SJ.encode(), "ok"),
}


@pytest.fixture(scope="module")
def matrix(tmp_path_factory, cfg, nlp):
    raw = tmp_path_factory.mktemp("raw")
    for name, (data, _) in CASES.items():
        (raw / name).write_bytes(data)
    (raw / "huge.html").write_bytes(b"<p>" + b"Aspirin treats headache. " * 2_100_000 + b"</p>")  # 52.5 MB
    (raw / "folder.html").mkdir()
    outside = tmp_path_factory.mktemp("outside") / "secret.txt"
    outside.write_text("Secret text.\n")
    (raw / "link-out.txt").symlink_to(outside)
    (raw / "good.txt").write_text("Metformin is used to treat type 2 diabetes in adults.\n", encoding="utf-8")
    out, build = tmp_path_factory.mktemp("out"), tmp_path_factory.mktemp("build")
    summary = run(raw, out, cfg, build, nlp=nlp)
    return raw, out, build, summary


def table(path):
    with open(path, encoding="utf-8", newline="") as f:
        return {r["source"]: r for r in csv.DictReader(f)}


def test_every_case_accounted_for(matrix):
    raw, out, _, summary = matrix
    docs = table(out / "documents.csv")
    errors = table(out / "errors.csv")
    assert set(docs) == {p.name for p in raw.iterdir()}  # nothing silently dropped
    for name, (_, expected) in CASES.items():
        if expected == "ok":
            assert docs[name]["status"] == "ok", (name, docs[name]["error"])
            assert name not in errors
        else:
            assert docs[name]["status"] == "error" and expected in errors[name]["error"], (name, errors.get(name))
    assert "larger than the 10 MB page limit" in errors["huge.html"]["error"]
    assert "a folder" in errors["folder.html"]["error"]
    assert "outside the raw folder" in errors["link-out.txt"]["error"]
    assert summary.errors == len(errors) == 7


def test_text_survives_decoding(matrix):
    _, out, _, _ = matrix
    for doc_id in ["cp1252", "utf8-bom", "utf16-bom", "meta-lies", "name with spaces é"]:
        assert "Sjögren’s syndrome" in (out / "clean" / f"{doc_id}.txt").read_text("utf-8"), doc_id
    assert "Sjögren's syndrome" in (out / "clean" / "latin1.txt").read_text("utf-8")
    assert (out / "clean" / "crlf.txt").read_text() == "Aspirin treats headache.\nIbuprofen treats fever.\n"
    assert (out / "clean" / "cr.txt").read_text() == "Aspirin treats headache.\nIbuprofen treats fever.\n"
    assert (out / "clean" / "nul-control.txt").read_text() == "Aspirin treats headache.\n"
    assert "Secret" not in "".join(p.read_text() for p in (out / "clean").iterdir())


def test_second_run_is_byte_identical(matrix, cfg, nlp):
    raw, out, build, _ = matrix
    before = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    os.remove(out / ".manifest")  # force a full rewrite from the cache
    again = run(raw, out, cfg, build, nlp=nlp)
    assert again.processed == 0
    assert {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_unreadable_file_is_an_error_row(tmp_path, cfg, nlp, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "locked.txt").write_text("Aspirin treats headache.\n")
    (raw / "open.txt").write_text("Aspirin treats headache.\n")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    run(raw, tmp_path / "out", cfg, tmp_path / "b", nlp=nlp)
    errors = table(tmp_path / "out" / "errors.csv")
    assert errors["locked.txt"]["stage"] == "read" and "Permission denied" in errors["locked.txt"]["error"]
    assert table(tmp_path / "out" / "documents.csv")["open.txt"]["status"] == "ok"


def test_whole_run_errors(tmp_path, cfg):
    with pytest.raises(RunError, match="does not exist"):
        run(tmp_path / "missing", tmp_path / "out", cfg, tmp_path / "b")
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Aspirin treats headache.\n")
    (tmp_path / "file").write_text("")
    with pytest.raises(RunError, match="not writable"):
        run(tmp_path / "raw", tmp_path / "file" / "out", cfg, tmp_path / "b")
    assert not (tmp_path / "b").exists()  # nothing half-written


def test_cli_user_errors_have_no_traceback(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pipeline", "run", "--raw", str(tmp_path / "nope"), "--out",
                        str(tmp_path / "o")], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2
    assert r.stderr.startswith("error: raw folder") and "Traceback" not in r.stderr


def test_run_makes_no_network_calls(tmp_path, cfg, monkeypatch):
    def refuse(*a, **k):
        raise AssertionError(f"network call: {a}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "p.html").write_bytes(b'<img src="http://example.com/x.png"><link rel=stylesheet href="http://e.com/s.css">'
                                 b'<iframe src="http://e.com"></iframe><p>Aspirin treats headache.</p>')
    summary = run(raw, tmp_path / "out", cfg, tmp_path / "b")  # builds the spaCy pipeline too
    assert summary.errors == 0


def test_external_entities_are_not_resolved(tmp_path):
    from pipeline.clean import clean
    from pipeline.parse import parse_bytes

    page = (b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<html><body><p>Hello &x; world</p></body></html>")
    text = clean(parse_bytes(page, "x.html")).text
    assert "root:" not in text and "Hello" in text


def test_doc_ids_cannot_leave_the_output_folder(tmp_path):
    from pipeline.records import Document, Page
    from pipeline.tables import TableError, write

    page = Page(document=Document(doc_id="../escape", source="x", format="text", sha256="", chars_raw=1, text="x\n"))
    with pytest.raises(TableError, match="not usable as a file name"):
        write([page], tmp_path / "out")
    assert not (tmp_path / "escape.txt").exists()
