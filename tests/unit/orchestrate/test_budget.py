"""A budget per article (issue 20 row 2): punctuation runs tokenized in linear time with the text
unchanged, and an article past its time budget skipped by name, the others kept."""

from __future__ import annotations

from kg.core.records import Extraction
from kg.orchestrate.budget import article_budget
from kg.orchestrate.cache import consistent
from kg.orchestrate.parallel import extract_batch

PROSE = "Mayor Jane Doe of Boston said on Monday that the city council will vote on the Trust Act.\n"
TITLE_RUN = "Police Chief Deputy Mayor Senator Judge Commissioner " * 2000  # 106 kB: about 3 s of extraction (linear)


def test_punctuation_runs_keep_the_text_and_its_offsets(nlp):
    text = PROSE + "&" * 20_000 + " !?" * 30 + "!?" * 5_000 + "\n" + PROSE + "-" * 51 + "\n\n" + PROSE
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert len(doc) < 1_000  # runs cut into tokens of 50 characters, never tokenized
    assert nlp.make_doc(PROSE).text == PROSE
    assert [t.text for t in nlp.make_doc("a &&& b")] == ["a", "&", "&", "&", "b"]  # short runs: as spaCy does
    [x] = extract_batch(nlp, [("runs", text)])
    assert isinstance(x, Extraction) and x.facts
    assert consistent(x, text)  # every evidence quotes the original text at its offsets


def test_an_article_over_its_budget_is_skipped_by_name(nlp):
    def budget(chars: int) -> float:  # far less than the crafted article needs (it was 1 s until its scans got faster)
        return 0.2 if chars > 5_000 else 60.0

    out = extract_batch(nlp, [("a", PROSE), ("crafted", TITLE_RUN), ("b", PROSE * 2)], budget=budget)
    assert isinstance(out[0], Extraction) and isinstance(out[2], Extraction)
    assert out[0].facts or out[0].entities
    assert out[1] == "over its time budget (0 s for its length); skipped"


def test_the_budget_grows_with_the_length():
    assert article_budget(0) == 30.0 and article_budget(100_000) == 80.0


def test_a_worker_stuck_past_its_deadline_is_ended_and_only_its_article_lost(monkeypatch):
    """The watchdog around the workers: a worker that does not answer (stuck in native code, where
    its own alarm cannot fire) is ended; the other articles of its batch are redone and kept."""
    from _workers import HANG, fake_work

    from kg.orchestrate import parallel

    monkeypatch.setattr(parallel, "GRACE", 2.0)
    items = [("a0", "text 0"), ("a1", f"text {HANG}"), ("a2", "text 2"), ("a3", "text 3")]
    with parallel.Extractor(None, jobs=2, work=fake_work, budget=lambda chars: 0.5) as ex:
        outcomes = [o for batch in ex.map(iter([items[:2], items[2:]])) for o in batch]
    assert outcomes[1] == "over its time budget (0 s for its length); skipped"
    assert [o.doc_id for i, o in enumerate(outcomes) if i != 1] == ["a0", "a2", "a3"]


def test_a_worker_holds_at_most_its_memory_budget():
    from _workers import GREEDY, fake_work

    from kg.orchestrate.parallel import Extractor

    items = [("a0", "text 0"), ("a1", f"text {GREEDY}"), ("a2", "text 2")]
    with Extractor(None, jobs=2, work=fake_work, memory=600_000_000) as ex:
        outcomes = [o for batch in ex.map(iter([items])) for o in batch]
    assert outcomes[1].startswith("extraction failed: MemoryError")
    assert [o.doc_id for i, o in enumerate(outcomes) if i != 1] == ["a0", "a2"]
    with Extractor(None, jobs=2, work=fake_work, memory=None) as ex:  # (the 1 GB itself is fine)
        assert [o.doc_id for batch in ex.map(iter([items])) for o in batch] == ["a0", "a1", "a2"]
