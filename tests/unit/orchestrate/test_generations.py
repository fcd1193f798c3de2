"""The output folder's generations, switch and lock (issue 20 rows 10, 11, 12), on small files."""

from __future__ import annotations

import errno
import os

import pytest
from conftest import SEEDS

from kg.errors import KgError
from kg.orchestrate import writeout
from kg.orchestrate.generations import OutLock, check_out, new_generation, remove_old, switch
from kg.orchestrate.run import OUTPUTS, run_build

NAMES = ("a.txt", "b.txt")


def _publish(out, content):
    gen = new_generation(out)
    for name in NAMES:
        (gen / name).write_text(f"{content} {name}", encoding="utf-8")
    switch(out, gen, NAMES)
    remove_old(out)


def test_each_switch_shows_one_whole_set_and_removes_the_others(tmp_path):
    _publish(tmp_path, "one")
    _publish(tmp_path, "two")
    assert [(tmp_path / n).read_text(encoding="utf-8") for n in NAMES] == ["two a.txt", "two b.txt"]
    assert all((tmp_path / n).is_symlink() for n in NAMES)
    assert len(list(tmp_path.glob(".gen-*"))) == 1
    left = new_generation(tmp_path)  # a killed build's generation
    remove_old(tmp_path)
    assert not left.exists()


def test_regular_files_of_an_older_kg_are_adopted(tmp_path):
    for name in NAMES:
        (tmp_path / name).write_text(f"old {name}", encoding="utf-8")
    _publish(tmp_path, "new")
    assert [(tmp_path / n).read_text(encoding="utf-8") for n in NAMES] == ["new a.txt", "new b.txt"]


def test_lock_refuses_a_second_holder_naming_the_first(tmp_path):
    with OutLock(tmp_path):
        with pytest.raises(KgError, match=f"another kg build \\(pid {os.getpid()}\\) is writing to this folder"):
            with OutLock(tmp_path, wait=0.2):
                pass
    with OutLock(tmp_path, wait=0):
        pass  # released


def test_check_out(tmp_path):
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(KgError, match="exists and is not a folder"):
        check_out(tmp_path / "f")
    with pytest.raises(KgError, match="cannot create the output folder"):
        check_out(tmp_path / "f" / "sub")
    check_out(tmp_path / "new" / "out")
    assert (tmp_path / "new" / "out").is_dir()


def test_a_full_disk_keeps_the_previous_outputs(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run_build([SEEDS], out=out, model=None, quiet=True) == 0
    before = {n: (out / n).read_bytes() for n in OUTPUTS}

    def full(result, folder):
        (folder / "graph.ttl").write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writeout, "write_outputs", full)
    with pytest.raises(KgError, match="could not write the outputs \\(No space left on device\\); the previous outputs are kept"):
        run_build([SEEDS], out=out, model=None, quiet=True, cache=False)
    assert {n: (out / n).read_bytes() for n in OUTPUTS} == before
    assert len(list(out.glob(".gen-*"))) == 1
