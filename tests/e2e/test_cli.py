"""The command line: exit codes and messages (no traceback) for the usual mistakes."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_help_lists_commands():
    r = run("--help")
    assert r.exit_code == 0
    for cmd in ("build", "validate", "evaluate"):
        assert cmd in r.output


def test_missing_corpus_folder(tmp_path):
    missing = tmp_path / "nowhere"
    r = run("build", str(missing), "--out", str(tmp_path / "out"))
    assert r.exit_code == 2
    assert str(missing) in r.output and "no such file or folder" in r.output
    assert "Traceback" not in r.output
    assert not (tmp_path / "out").exists()


def test_unknown_model(tmp_path):
    (tmp_path / "a.txt").write_text("Mayor Jane Doe spoke.", encoding="utf-8")
    r = run("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--model", "en_core_web_nonexistent")
    assert r.exit_code == 2
    assert "en_core_web_nonexistent" in r.output and "is not installed" in r.output
    assert "spacy download en_core_web_nonexistent" in r.output
    assert "Traceback" not in r.output


def test_empty_corpus_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    r = run("build", str(tmp_path / "empty"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 1
    assert "no article could be read" in r.output


def test_validate_missing_graph(tmp_path):
    r = run("validate", "--graph", str(tmp_path / "missing.ttl"))
    assert r.exit_code == 2 and "missing.ttl" in r.output


def test_build_prints_summary_and_paths(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Headline\n\nPolice Commissioner Jane Doe, appointed by Mayor John Roe, spoke on Monday.\n", encoding="utf-8"
    )
    r = run("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.output
    assert "1 articles" in r.output and "graph.html" in r.output
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_strict_fails_on_skipped_inputs_only(tmp_path):
    good = "Headline\n\nMayor Jane Doe spoke on Monday.\n"
    (tmp_path / "a.txt").write_text(good, encoding="utf-8")
    # a warning (read with a caveat: damaged UTF-8 is repaired), not a skip
    (tmp_path / "b.txt").write_bytes("Headline\n\nGov. John Roe spoke in Café é ".encode() + b"\xff\xfe!\n")
    r = run("build", str(tmp_path), "--out", str(tmp_path / "out"), "--strict", "--no-cache")
    assert r.exit_code == 0, r.output
    assert "b.txt" in r.output and "0 inputs skipped, 1 warnings" in r.output
    (tmp_path / "c.txt").write_bytes(b"")  # an empty file is skipped
    r = run("build", str(tmp_path), "--out", str(tmp_path / "out"), "--strict", "--no-cache")
    assert r.exit_code == 1 and "c.txt" in r.output and "1 inputs skipped" in r.output
    r = run("build", str(tmp_path), "--out", str(tmp_path / "out"), "--no-cache")
    assert r.exit_code == 0


def test_jsonl_field_names_from_the_command_line(tmp_path):
    import json

    row = {"uuid": "a1", "body": "Headline\n\nGov. Jane Doe spoke on Monday.", "outlet": "The Paper"}
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    r = run(
        "build",
        str(tmp_path / "a.jsonl"),
        "--out",
        str(tmp_path / "out"),
        "--no-cache",
        "--field",
        "id=uuid",
        "--field",
        "text=body",
        "--field",
        "source=outlet",
    )
    assert r.exit_code == 0, r.output
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert '"a1"' in ttl and "Jane Doe" in ttl and "The Paper" in ttl
    r = run("build", str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "out2"), "--field", "body")
    assert r.exit_code == 2 and "--field" in r.output and "ATTR=NAME" in r.output
    assert not (tmp_path / "out2").exists()
