"""`kg build` on hostile inputs and in hostile conditions (issue 20): one clear line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
