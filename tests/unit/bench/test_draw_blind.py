"""bench/draw_blind.py leaves out every article a reference set already holds, whichever way the set
lists its documents (the kg-gold/1 mapping, a list of names, a list of {"id": ...})."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _draw():
    spec = importlib.util.spec_from_file_location("draw_blind", ROOT / "bench" / "draw_blind.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_used_ids_reads_every_form_of_documents(tmp_path):
    forms = {
        "a": {"documents": {"AAAAAAAAAAAAAAAA": {"title": "x"}, "001_BBBBBBBBBBBBBBBB": {}}},
        "b": {"documents": ["CCCCCCCCCCCCCCCC"]},
        "c": {"documents": [{"id": "DDDDDDDDDDDDDDDD"}]},
    }
    paths = []
    for name, data in forms.items():
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(data), encoding="utf-8")
        paths.append(tmp_path / f"{name}.gold.json")
    ids = _draw().used_ids(paths)
    assert {"AAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBB", "CCCCCCCCCCCCCCCC", "DDDDDDDDDDDDDDDD"} <= ids


def test_the_projects_reference_sets_are_all_left_out():
    ids = _draw().used_ids([])
    for path in (ROOT / "bench" / "data").glob("*.gold.json"):
        docs = json.loads(path.read_text(encoding="utf-8"))["documents"]
        assert {n.split("_", 1)[-1] for n in docs} <= ids, path.name
