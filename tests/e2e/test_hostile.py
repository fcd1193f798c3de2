"""`kg build` on hostile inputs and in hostile conditions (issue 20): one clear line, never a traceback."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEEDS

from kg.orchestrate.run import OUTPUTS

GOOD = "Headline\n\nPolice Commissioner Jane Doe, appointed by Mayor John Roe, spoke on Monday.\n"


def kg(*args, cwd=None, timeout=300):
    return subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", *map(str, args)],
        capture_output=True,
        text=True,
        errors="replace",
        cwd=cwd,
        timeout=timeout,
    )


def test_file_names_that_are_not_utf8_never_stop_a_build(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    Path(os.fsdecode(bytes(folder) + b"/bad\xffname.txt")).write_text(GOOD, encoding="utf-8")
    Path(folder / "new\nline.txt").write_bytes(b"")
    r = kg("build", folder, "--out", tmp_path / "out")  # with the cache and the no-change record
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert "new\\nline.txt: empty file" in r.stderr  # one report line, the newline escaped
    assert 'dcterms:identifier "bad\\\\xffname"' in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def _corpus(tmp_path, copies=1):
    """The seed articles, ``copies`` times (different names: a longer build)."""
    folder = tmp_path / f"corpus{copies}"
    folder.mkdir()
    for i in range(copies):
        for p in sorted(SEEDS.glob("*.txt")):
            shutil.copy(p, folder / f"{i}-{p.name}")
    return folder


def _snapshot(out):
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def _start(*args, session=False):
    return subprocess.Popen(
        [sys.executable, "-c", "from kg.cli import main; main()", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=session,
    )


def _workers(parent: int) -> list[int]:
    """The pids of the extraction workers (multiprocessing spawn) started by ``parent``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == parent and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for_workers(proc, n=2, timeout=120.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pids = _workers(proc.pid)
        if len(pids) >= n:
            return pids
        assert proc.poll() is None, proc.stderr.read()
        time.sleep(0.1)
    raise AssertionError("the workers did not start")


def _gone(pids, timeout=10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.1)
    for p in pids:  # (never leave them behind, even when the test fails)
        with contextlib.suppress(OSError):
            os.kill(p, signal.SIGKILL)
    return False


def test_workers_die_with_a_killed_parent(tmp_path):
    """Issue 20 row 8: SIGKILL on `kg build --jobs 2` leaves no worker running."""
    proc = _start("build", _corpus(tmp_path, 6), "--out", tmp_path / "out", "--jobs", 2, "--no-cache", "-q")
    workers = _wait_for_workers(proc)
    proc.kill()
    proc.wait(timeout=30)
    assert _gone(workers), "workers still running after their parent was killed"


@pytest.mark.parametrize("how", ["SIGTERM", "Ctrl-C"])
def test_sigterm_and_ctrl_c_stop_a_build_cleanly(tmp_path, how):
    out = tmp_path / "out"
    assert kg("build", SEEDS, "--out", out, "-q").returncode == 0
    before = _snapshot(out)
    proc = _start("build", _corpus(tmp_path, 6), "--out", out, "--jobs", 2, "--no-cache", "-q", session=True)
    workers = _wait_for_workers(proc)
    try:
        if how == "SIGTERM":
            proc.send_signal(signal.SIGTERM)
        else:
            os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: to the parent and its workers
        assert proc.wait(timeout=60) == 128 + (signal.SIGTERM if how == "SIGTERM" else signal.SIGINT)
        err = proc.stderr.read()
        assert f"build stopped ({how}); the previous outputs" in err and "Traceback" not in err, err
        assert _gone(workers)
    finally:
        _gone(workers, timeout=0)  # (never leave them behind)
    assert _snapshot(out) == before
    assert len(list(out.glob(".gen-*"))) == 1  # the interrupted build's generation removed


def test_a_second_build_on_the_same_out_refuses_naming_the_first(tmp_path):
    """Issue 20 row 10: a lock on --out."""
    out = tmp_path / "out"
    first = _start("build", _corpus(tmp_path, 6), "--out", out, "--no-cache", "-q")
    deadline = time.monotonic() + 60
    while not (out / ".kg-lock").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    second = kg("build", SEEDS, "--out", out, "--no-cache", "-q")
    assert second.returncode == 2, second.stderr
    assert f"another kg build (pid {first.pid}) is writing to this folder" in second.stderr
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert kg("build", SEEDS, "--out", out, "--no-cache", "-q").returncode == 0  # free again


def test_a_bad_out_is_reported_before_reading_anything(tmp_path):
    """Issue 20 row 12: one line, before extraction (the corpus' own problem is never reached)."""
    corpus = _corpus(tmp_path)
    (corpus / "empty.txt").write_bytes(b"")
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    for out, reason in ((afile, "exists and is not a folder"), (afile / "sub", "cannot create the output folder")):
        r = kg("build", corpus, "--out", out)
        assert r.returncode == 2
        assert r.stderr.splitlines() == [f"kg: error: --out {out}: {reason}" + r.stderr.split(reason, 1)[1].rstrip("\n")]
        assert "Traceback" not in r.stderr and "empty.txt" not in r.stderr


def test_a_corrupt_cache_entry_is_recomputed(tmp_path):
    out = tmp_path / "out"
    assert kg("build", SEEDS, "--out", out, "-q").returncode == 0
    before = _snapshot(out)
    for entry in sorted((out / ".kg-cache").rglob("*.json")):
        data = json.loads(entry.read_text(encoding="utf-8"))
        data["extraction"]["facts"][0]["subj"] = "no-such-entity"  # valid JSON, wrong content
        entry.write_text(json.dumps(data), encoding="utf-8")
    (out / ".kg-build.json").unlink()  # (so that the build does not stop at "nothing changed")
    r = kg("build", SEEDS, "--out", out)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert "5 articles extracted, 0 from the cache" in r.stdout
    assert _snapshot(out) == before


def test_outputs_honour_the_umask(tmp_path):
    r = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; os.umask(0o027); from kg.cli import main; main()",
            "build",
            SEEDS,
            "--out",
            tmp_path / "o",
            "-q",
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    assert {name: stat.S_IMODE((tmp_path / "o" / name).stat().st_mode) for name in OUTPUTS} == dict.fromkeys(OUTPUTS, 0o640)
