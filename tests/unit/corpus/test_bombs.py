"""JSONL bombs (issue 20 row 3): read in bounded memory, reported in a bounded number of lines.

Each bomb is generated in a streaming way (gzip members compressed once and repeated, so the test
is cheap) and read in a subprocess whose address space is limited (``RLIMIT_AS``), as a build would."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from kg.core.records import Document
from kg.corpus import Problem, iter_documents
from kg.corpus.jsonl import MAX_BAD_IN_A_ROW, MAX_SHOWN

LIMIT = 400_000_000  # bytes of address space for the reading process (the bombs below expand to 1 GB)

READ = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from kg.corpus import Problem, iter_documents
docs, problems, skipped = 0, [], 0
for item in iter_documents([sys.argv[1]]):
    if isinstance(item, Problem):  # all kept, as a build keeps them
        problems.append(str(item))
        skipped += getattr(item, "count", 1)
    else:
        docs += 1
print(json.dumps({{"docs": docs, "problems": problems, "skipped": skipped}}))
"""


def read_limited(path: Path) -> dict:
    r = subprocess.run([sys.executable, "-c", READ.format(limit=LIMIT), str(path)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout)


def members(path: Path, *parts: tuple[bytes, int]) -> Path:
    """A gzip file of ``data`` repeated ``times`` for each part: each part compressed once."""
    with path.open("wb") as fh:
        for data, times in parts:
            member = gzip.compress(data, mtime=0)
            for _ in range(times):
                fh.write(member)
    return path


def test_a_gzip_of_one_huge_line_is_stopped_early(tmp_path):
    """2 MB of gzip expanding to one 1 GB line: not read into memory, one line reported."""
    bomb = members(tmp_path / "bomb.jsonl.gz", (b'{"text": "', 1), (b"a" * 1_000_000, 1000), (b'"}\n', 1))
    assert bomb.stat().st_size < 3_000_000
    got = read_limited(bomb)
    assert got["docs"] == 0
    assert got["problems"] == [
        f"{bomb}:1: compressed data expands over 100 times (a decompression bomb?); stopped reading after line 0"
    ]


def test_a_good_line_then_millions_of_bad_ones(tmp_path):
    good = json.dumps({"id": "ok", "text": "Mayor Jane Doe spoke."}).encode() + b"\n"
    bomb = members(tmp_path / "bad.jsonl.gz", (good, 1), (b"x\n" * 500_000, 10))  # 5 million bad lines
    got = read_limited(bomb)
    assert got["docs"] == 1
    assert len(got["problems"]) == MAX_SHOWN + 2
    assert got["problems"][-2] == f"{bomb}: 1,000 malformed lines in a row: stopped reading after line {MAX_BAD_IN_A_ROW + 1:,}"
    assert (
        got["problems"][-1] == f"{bomb}: {MAX_BAD_IN_A_ROW - MAX_SHOWN:,} more malformed lines not shown (the first 20 are above)"
    )
    assert got["skipped"] == MAX_BAD_IN_A_ROW + 1


def test_malformed_lines_past_the_first_few_are_counted_not_listed(tmp_path):
    rows = []
    for i in range(50):
        rows.append(json.dumps({"id": f"a{i}", "text": f"Article {i}."}))
        rows.append("not json")
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = list(iter_documents([path]))
    assert sum(isinstance(i, Document) for i in items) == 50
    problems = [i for i in items if isinstance(i, Problem)]
    assert len(problems) == MAX_SHOWN + 1 and problems[-1].count == 50 - MAX_SHOWN
    assert [p.line for p in problems[:MAX_SHOWN]] == list(range(2, 2 * MAX_SHOWN + 1, 2))


def test_a_line_over_the_limit_is_measured_not_held(tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_bytes(b'{"text": "' + b"b" * 5000 + b'"}\n' + b'{"text": "short"}\n')
    items = list(iter_documents([path], max_bytes=1000))
    assert str(items[0]) == f"{path}:1: line too large (5 kB > 1 kB limit)"
    assert isinstance(items[1], Document) and items[1].text == "short"
