"""A build killed with SIGKILL at any moment leaves the previous outputs whole and readable, and the
set of outputs is never mixed: all previous files or all new ones (issue 20 row 11)."""

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

# `kg build`, optionally SIGKILLing itself just before it moves a file into place: the n-th
# os.replace onto the name ``target`` (``name#n``; n = 1 if not given): an output file written into
# the new generation, the switch of ``.current``, or an output name becoming a link.
SCRIPT = """
import os, signal, sys
target = sys.argv.pop(1)
if target:
    target, _, nth = target.partition("#")
    seen = [0]
    real = os.replace
    def replace(src, dst):
        if os.path.basename(dst) == target:
            seen[0] += 1
            if seen[0] == int(nth or 1):
                os.kill(os.getpid(), signal.SIGKILL)
        return real(src, dst)
    os.replace = replace
from kg.cli import main
main()
"""


def _kg_build(out, corpus, *args, kill_before="", tmpdir=None):
    env = {**os.environ, "TMPDIR": str(tmpdir)} if tmpdir is not None else None
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, kill_before, "build", str(corpus), "--out", str(out), "-q", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )


def _snapshot(folder):
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def _check(out, before, after):
    for name in OUTPUTS:
        data = (out / name).read_bytes()
        assert data in (before[name], after[name]), f"{name} is neither the previous nor the new output"
    assert _snapshot(out) in (before, after), "a mixed set: some outputs previous, some new"
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

    proc = _kg_build(out, new, kill_before=".current")  # killed just before the switch
    assert proc.wait(timeout=120) == -signal.SIGKILL
    assert _snapshot(out) == before

    # an output folder of an older kg (regular files): killed while it is adopted, and at its first switch
    legacy = tmp_path / "legacy"
    legacy.mkdir()
    for name, data in before.items():
        (legacy / name).write_bytes(data)
    for point in (".current", "facts.csv#2", ".current#2"):
        proc = _kg_build(legacy, new, kill_before=point)
        assert proc.wait(timeout=120) == -signal.SIGKILL, point
        assert _snapshot(legacy) == before, point
    proc = _kg_build(legacy, new)
    assert proc.wait(timeout=120) == 0, proc.stderr.read().decode()
    assert _snapshot(legacy) == after

    killed = 0
    tmpdir = tmp_path / "tmpdir"  # the killed builds' temporary folder
    tmpdir.mkdir()
    for delay, args in ((0.3, ["--no-cache"]), (1.5, ["--no-cache"]), (2.5, ["--no-cache"]), (0.8, []), (1.2, [])):
        proc = _kg_build(out, new, *args, tmpdir=tmpdir)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        killed += proc.wait(timeout=120) == -signal.SIGKILL
        _check(out, before, after)
    assert killed >= 3

    proc = _kg_build(out, new)  # and a build that is left alone completes the new outputs
    assert proc.wait(timeout=120) == 0, proc.stderr.read().decode()
    assert _snapshot(out) == after
    assert not [p for p in os.listdir(out) if p.endswith(".tmp")], "temporary files of killed builds removed"
    # until session 23 each killed build left its spilled extractions and documents in the temporary folder
    assert not os.listdir(tmpdir), "killed builds left files in the temporary folder"
