"""Source paths as published in graph.ttl and graph.html: relative to the input given, never absolute."""

from __future__ import annotations

from pathlib import Path

from kg.orchestrate.sources import display_path


def test_a_folder_given_by_absolute_path_is_named_by_its_own_name(tmp_path):
    root = tmp_path / "leaks"
    assert display_path(str(root / "2019" / "a.txt"), [root]) == "leaks/2019/a.txt"
    assert display_path(str(root / "feed.jsonl") + ":12", [root]) == "leaks/feed.jsonl:12"


def test_a_file_given_by_absolute_path_is_its_name(tmp_path):
    file = tmp_path / "opinion.pdf"
    assert display_path(str(file), [file]) == "opinion.pdf"
    assert display_path(str(tmp_path / "x.jsonl.gz") + ":3", [tmp_path / "x.jsonl.gz"]) == "x.jsonl.gz:3"


def test_a_relative_input_keeps_the_path_as_typed(tmp_path, monkeypatch):
    (tmp_path / "work" / "seeds").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "work")
    assert display_path("seeds/a.txt", [Path("seeds")]) == "seeds/a.txt"
    assert display_path("../shared/news.jsonl:4", [Path("../shared/news.jsonl")]) == "../shared/news.jsonl:4"


def test_standard_input_and_unknown_paths_are_never_absolute(tmp_path):
    assert display_path("<stdin>:2", []) == "<stdin>:2"
    assert display_path(str(tmp_path / "elsewhere" / "b.md"), [Path("seeds")]) == "b.md"
