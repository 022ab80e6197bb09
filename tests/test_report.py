"""The HTML report (pipeline/report.py): built from a tiny output whose pages carry script
and event-handler text, checked as a file and in headless Chromium.

The pages' payloads set a marker when they run (`data-pwned` on <html>, document.title
"PWNED"); `test_markers_fire_when_unescaped` shows, on a page with the same payloads left
unescaped, that Chromium does run them and the check sees it — so the report checks below
would fail if injected script executed.  The alert() payloads would block Chromium, which
then times out and the test fails as well.
"""
from __future__ import annotations

import csv
import os
import re
import shutil
import signal
import subprocess
import sys
from html import escape
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from pipeline import report
from pipeline.runner import run

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.is_file(),
    reason="headless Chromium not found at /usr/bin/chromium: install it with `make /usr/bin/chromium` "
    "(or apt-get install chromium) to run the browser test")

MARK_SCRIPT = "<script>document.documentElement.setAttribute('data-pwned','script');document.title='PWNED'</script>"
MARK_IMG = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','onerror')\">"
ALERT_SCRIPT = "<script>alert(1)</script>"
ALERT_IMG = "<img src=x onerror=alert(2)>"
PAYLOADS = (MARK_SCRIPT, MARK_IMG, ALERT_SCRIPT, ALERT_IMG)

# A text page: its text is literal.  Its name has HTML specials too (doc_id in attributes).
EVIL_NAME = 'xss <b>&"page'
TXT_PAGE = f"""Imatinib Uses
Imatinib is used to treat chronic myeloid leukemia in adults {MARK_SCRIPT} {ALERT_SCRIPT}.
Imatinib is also approved to treat gastrointestinal stromal tumors {MARK_IMG} {ALERT_IMG} in children.
"""
# An HTML page: the payloads are written as entities, so they are text, not markup.
HTML_PAGE = f"""<!DOCTYPE html><html><head><title>Metformin {escape(MARK_SCRIPT)} uses</title></head>
<body><h1>Metformin uses</h1>
<p>Metformin is used to treat type 2 diabetes in adults {escape(ALERT_SCRIPT)} {escape(MARK_IMG)}
and children 10 years and older {escape(ALERT_IMG)}.</p>
<p>Metformin lowers blood sugar.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp, cfg):
    root = tmp_path_factory.mktemp("report")
    raw = root / "raw"
    raw.mkdir()
    (raw / f"{EVIL_NAME}.txt").write_text(TXT_PAGE, "utf-8")
    (raw / "metformin.html").write_text(HTML_PAGE, "utf-8")
    (raw / "empty.txt").write_text("", "utf-8")  # an error row
    out = root / "out"
    run(raw, out, cfg, root / "build", nlp=nlp, workers=1)
    clean = "".join(p.read_text("utf-8") for p in (out / "clean").glob("*.txt"))
    missing = [p for p in PAYLOADS if p not in clean]
    assert not missing, f"the test pages lost their payloads in parse/clean: {missing}"
    return out, report.build(out)


def treats_ids(out: Path) -> list[str]:
    with open(out / "relations.csv", encoding="utf-8", newline="") as f:
        return [f"{r['doc_id']}/{r['relation_id']}" for r in csv.DictReader(f) if r["relation"] == "TREATS"]


def check_dom(soup: BeautifulSoup, out: Path) -> None:
    """What the report must show, in a parsed (static or browser-rendered) document."""
    rows = soup.select("#treats tbody tr[data-relation-id]")
    ids = [r["data-relation-id"] for r in rows]
    expected = treats_ids(out)
    assert len(expected) >= 3, f"too few TREATS rows to test with: {expected}"
    assert ids == expected
    assert f"{EVIL_NAME}/R1" in ids and "metformin/R1" in ids
    # the page views: one per page, doc_id intact, error page shown as such
    views = {s["data-doc-id"]: s for s in soup.select("section.page[data-doc-id]")}
    assert set(views) == {EVIL_NAME, "metformin", "empty"}
    assert "empty file" in views["empty"].get_text()
    assert views[EVIL_NAME].select("mark.entity"), "displaCy marks missing"
    # payloads are text, nowhere markup
    text = soup.get_text()
    for p in PAYLOADS:
        assert p in text, f"{p!r} not shown as text"
    assert ALERT_SCRIPT in views["metformin"].get_text() and ALERT_IMG in views[EVIL_NAME].get_text()
    assert soup.find_all("script") == []
    assert [i for i in soup.find_all("img") if i.has_attr("onerror")] == []
    assert soup.find(attrs={"data-pwned": True}) is None
    assert "PWNED" not in (soup.title.string or "")
    assert "empty file" in soup.select_one("#errors").get_text()


def test_report_file(built):
    out, index = built
    assert index == out / "report" / "index.html"
    src = index.read_text("utf-8")
    assert not re.search(r"<\s*script", src, re.I), "the report must contain no script"
    for p in PAYLOADS:
        assert p not in src, f"unescaped page text in the report: {p!r}"
    assert escape(ALERT_SCRIPT) in src
    assert "http://" not in src and "https://" not in src
    for url in re.findall(r'(?:src|href)="([^"]*)"', src):  # offline: in-page anchors or files beside it
        assert url.startswith("#") or (index.parent / url).is_file(), url
    check_dom(BeautifulSoup(src, "lxml"), out)


def test_report_reruns_byte_identical(built, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built[0], out)
    (out / "eval").mkdir(exist_ok=True)
    rows = ["extractor,scope,metric,precision,recall,f1,n"]
    for x, k in (("lexicon+rules", 0.1), ("model+rules", 0.2)):
        rows += [f"{x},overall,entities/strict,{0.8 - k},{0.7 - k},{0.75 - k},10",
                 f"{x},overall,pairs/TREATS,{0.9 - k},{0.6},{0.72 - k},5",
                 f"{x},overall,pairs/CAUSES,0.5,0.5,0.5,4",
                 f"{x},overall,qualifier/approval,,,{1 - k},3",
                 f"{x},overall,qualifier/status,,,,0",
                 f"{x},metformin,pairs/TREATS,1.0,1.0,1.0,1"]
    (out / "eval" / "scores.csv").write_text("\n".join(rows) + "\n")
    report.build(out)
    files = sorted(p.name for p in (out / "report").iterdir())
    assert files == ["eval-prf.svg", "eval-qualifiers.svg", "index.html"]
    first = {n: (out / "report" / n).read_bytes() for n in files}
    assert b"<dc:date>" not in first["eval-prf.svg"]
    src = first["index.html"].decode()
    assert 'src="eval-prf.svg"' in src and 'id="eval-overall"' in src
    # a fresh process (the command line) writes the same bytes
    subprocess.run([sys.executable, "-m", "pipeline", "-q", "report", "--out", str(out)], check=True,
                   cwd=Path(__file__).resolve().parent.parent)
    assert {n: (out / "report" / n).read_bytes() for n in files} == first
    # evaluation gone: its plots go too
    (out / "eval" / "scores.csv").unlink()
    report.build(out)
    assert sorted(p.name for p in (out / "report").iterdir()) == ["index.html"]


# -- in the browser ------------------------------------------------------------------------

def chromium(tmp: Path, *args: str) -> str:
    """Run headless Chromium; its stdout.  A hang (e.g. an alert() dialog) fails the test."""
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("Chromium did not finish in 90 s: did a script in the page open an alert() dialog?")
    assert proc.returncode == 0, f"chromium exited {proc.returncode}: {stderr[-2000:]}"
    return stdout


@needs_chromium
def test_markers_fire_when_unescaped(tmp_path):
    """The control: the same payloads as markup do run in this Chromium, and the check sees it."""
    page = tmp_path / "control.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>control</title></head><body><p>{MARK_SCRIPT}</p>"
                    f"<p>{MARK_IMG.replace('data-pwned', 'data-pwned-img')}</p></body></html>", "utf-8")
    soup = BeautifulSoup(chromium(tmp_path, "--dump-dom", page.as_uri()), "lxml")
    assert soup.html.get("data-pwned") == "script" and soup.html.get("data-pwned-img") == "onerror"
    assert soup.title.string == "PWNED"


@needs_chromium
def test_report_in_chromium(built, tmp_path):
    out, index = built
    soup = BeautifulSoup(chromium(tmp_path, "--dump-dom", index.as_uri()), "lxml")
    check_dom(soup, out)
    assert soup.title.string == BeautifulSoup(index.read_text("utf-8"), "lxml").title.string
    # Without its Content-Security-Policy the report must still be inert: escaping alone holds.
    src = index.read_text("utf-8")
    bare, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", src)
    assert n == 1
    naked = index.parent / "no-csp.html"
    naked.write_text(bare, "utf-8")
    try:
        check_dom(BeautifulSoup(chromium(tmp_path, "--dump-dom", naked.as_uri()), "lxml"), out)
    finally:
        naked.unlink()
    shot = tmp_path / "report.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", index.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1280  # IHDR width
    print(f"screenshot: {shot}")


def test_report_needs_tables(tmp_path, capsys):
    from pipeline import cli

    assert cli.main(["report", "--out", str(tmp_path)]) == 2
    assert "documents.json not found" in capsys.readouterr().err
    assert not (tmp_path / "report").exists()
