"""--jobs: worker processes give the same bytes as one process; a dying worker loses only its article."""

from __future__ import annotations

from _workers import CRASH, FAIL, fake_work
from conftest import SEEDS

from kg.orchestrate.parallel import CRASHED, Extractor
from kg.orchestrate.run import build_corpus


def test_jobs_2_is_byte_identical_to_jobs_1():
    one = build_corpus([SEEDS], cache_dir=None, jobs=1)
    two = build_corpus([SEEDS], cache_dir=None, jobs=2, batch=1)  # five jobs over two workers
    assert [d.id for d in two.documents] == [d.id for d in one.documents]
    assert two.graph.serialize(format="turtle") == one.graph.serialize(format="turtle")


def test_order_is_kept_and_a_crash_loses_only_its_article():
    items = [(f"a{i}", f"text {i}") for i in range(12)]
    items[5] = ("a5", f"text {CRASH}")
    items[8] = ("a8", f"text {FAIL}")
    batches = [items[i : i + 3] for i in range(0, len(items), 3)] + [[]]
    with Extractor(None, jobs=2, work=fake_work) as ex:
        outcomes = [o for batch in ex.map(iter(batches)) for o in batch]
    assert len(outcomes) == 12
    assert outcomes[5] == CRASHED
    assert outcomes[8].startswith("extraction failed")
    assert [o.doc_id for i, o in enumerate(outcomes) if i not in (5, 8)] == [f"a{i}" for i in range(12) if i not in (5, 8)]
    assert len({o.headline for o in outcomes if not isinstance(o, str)}) >= 2, "work spread over processes"


def test_a_failing_article_is_a_problem_naming_its_file(tmp_path, monkeypatch):
    import kg.resolve.article

    (tmp_path / "good.txt").write_text("The Boston City Council met on Monday.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("This one breaks the extractor.\n", encoding="utf-8")
    real = kg.resolve.article.extract

    def flaky(doc, doc_id):
        if doc_id == "bad":
            raise RuntimeError("boom")
        return real(doc, doc_id)

    monkeypatch.setattr(kg.resolve.article, "extract", flaky)
    result = build_corpus([tmp_path], cache_dir=None)
    assert [d.id for d in result.documents] == ["good"]
    assert len(result.problems) == 1
    line = str(result.problems[0])
    assert "bad.txt" in line and "RuntimeError: boom" in line and "\n" not in line


def test_memory_zone_keeps_the_string_store_bounded_and_results_unchanged():
    from kg.orchestrate.parallel import extract_batch
    from kg.pipeline import cached_nlp

    nlp = cached_nlp(None)
    batch = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))[:3]]
    strings = len(nlp.vocab.strings)
    lexemes = sum(1 for _ in nlp.vocab)
    first = extract_batch(nlp, batch)
    alone = [extract_batch(nlp, [item])[0] for item in reversed(batch)][::-1]  # other batches, other order
    assert len(nlp.vocab.strings) == strings and sum(1 for _ in nlp.vocab) == lexemes
    assert [x.to_json() for x in alone] == [x.to_json() for x in first]
    assert all(not isinstance(x, str) and x.entities for x in first)
