"""A run killed part-way (SIGKILL) leaves the previous complete output in place, and the
next run finishes the job from the cache."""
import signal
import subprocess
import sys
import time

from .conftest import ROOT

FILES = ["documents.csv", "mentions.json", "relations.csv", "relations.json", "errors.csv"]
DRUGS = ["aspirin", "metformin", "imatinib", "rituximab", "sertraline", "adalimumab"]
DISEASES = ["headache", "type 2 diabetes", "chronic myeloid leukemia", "rheumatoid arthritis", "depression", "psoriasis"]


def page(n: int) -> str:
    d, x = DRUGS[n % 6], DISEASES[(n // 6) % 6]
    return "".join(f"{d.title()} is approved to treat {x} in adults, says note {n}-{k} of this page.\n" for k in range(3))


def cli(raw, out, build):
    return [sys.executable, "-m", "pipeline", "-q", "run", "--raw", str(raw), "--out", str(out), "--build", str(build)]


def test_sigkill_keeps_previous_output_and_resumes(tmp_path):
    raw, out, build = tmp_path / "raw", tmp_path / "out", tmp_path / "build"
    raw.mkdir()
    for n in range(3):
        (raw / f"p{n:04d}.txt").write_text(page(n))
    subprocess.run(cli(raw, out, build), check=True, cwd=ROOT)
    before = {f: (out / f).read_bytes() for f in FILES}
    for n in range(3, 1200):
        (raw / f"p{n:04d}.txt").write_text(page(n))
    proc = subprocess.Popen(cli(raw, out, build), cwd=ROOT)
    deadline = time.time() + 240
    cached = lambda: sum(1 for _ in (build / "cache").rglob("*.pkl"))  # noqa: E731
    while cached() < 100 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = cached()
    assert 3 < done < 1200, f"kill came at the wrong time: {done} pages cached"
    assert {f: (out / f).read_bytes() for f in FILES} == before  # nothing half-written
    r = subprocess.run([sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--out", str(out), "--build", str(build)],
                       capture_output=True, text=True, cwd=ROOT, check=True)
    assert f"{1200 - done} processed, {done} from cache" in r.stderr, r.stderr[-300:]
    assert (out / "documents.csv").read_text().count("\n") == 1201


def test_killed_run_leaves_no_workers(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(200):
        (raw / f"p{n:04d}.txt").write_text(page(n))
    proc = subprocess.Popen(cli(raw, tmp_path / "out", tmp_path / "build") + ["--workers", "2"], cwd=ROOT)
    deadline = time.time() + 120
    children = []
    while time.time() < deadline and not children and proc.poll() is None:
        time.sleep(0.2)
        children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert children, "the run started no worker processes"
    time.sleep(1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    time.sleep(2)
    alive = [pid for pid in children if subprocess.run(["kill", "-0", pid], capture_output=True).returncode == 0]
    assert not alive, f"workers {alive} outlived the killed run"
