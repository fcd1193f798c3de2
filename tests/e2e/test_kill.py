"""A build killed with SIGKILL at any moment leaves the previous outputs whole and readable."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

from conftest import SEEDS
from rdflib import Graph

from kg.orchestrate.run import OUTPUTS, run_build

# `kg build`, optionally SIGKILLing itself just before it moves the temporary file of one output into
# place (the temporary file is then complete; every output before it is already new).
SCRIPT = """
import os, signal, sys
target = sys.argv.pop(1)
if target:
    real = os.replace
    def replace(src, dst):
        if os.path.basename(dst) == target:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(src, dst)
    os.replace = replace
from kg.cli import main
main()
"""


def _kg_build(out, corpus, *args, kill_before=""):
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, kill_before, "build", str(corpus), "--out", str(out), "-q", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _snapshot(folder):
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def _check(out, before, after):
    for name in OUTPUTS:
        data = (out / name).read_bytes()
        assert data in (before[name], after[name]), f"{name} is neither the previous nor the new output"
    Graph().parse(out / "graph.ttl", format="turtle")


def test_sigkill_leaves_previous_outputs_intact(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(p, old)
    shutil.copytree(SEEDS, new)
    out, ref = tmp_path / "out", tmp_path / "ref"
    assert run_build([old], out=out, model=None, quiet=True) == 0
    before = _snapshot(out)
    # the complete new build; its extractions also fill out/'s cache, so the killed runs below
    # spend their time writing outputs, not loading the model
    assert run_build([new], out=ref, model=None, quiet=True, cache_dir=out / ".kg-cache") == 0
    after = _snapshot(ref)
    assert before["graph.ttl"] != after["graph.ttl"]

    for name in OUTPUTS:  # killed while writing each output in turn
        proc = _kg_build(out, new, kill_before=name)
        assert proc.wait(timeout=120) == -signal.SIGKILL
        _check(out, before, after)
        assert (out / name).read_bytes() == before[name]

    killed = 0
    for delay, args in ((0.3, ["--no-cache"]), (1.5, ["--no-cache"]), (2.5, ["--no-cache"]), (0.8, []), (1.2, [])):
        proc = _kg_build(out, new, *args)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        killed += proc.wait(timeout=120) == -signal.SIGKILL
        _check(out, before, after)
    assert killed >= 3

    proc = _kg_build(out, new)  # and a build that is left alone completes the new outputs
    assert proc.wait(timeout=120) == 0, proc.stderr.read().decode()
    assert _snapshot(out) == after
    assert not [p for p in os.listdir(out) if p.endswith(".tmp")], "temporary files of killed builds removed"
