"""kg.orchestrate.writeout: the entity tables are written first, then the entities and the merge log
are let go before the graph's outputs (issue 19: their room is the view's); the summary still counts them."""

from __future__ import annotations

from minigraph import ARTICLE_ID, build_mini_graph

from kg.core.records import Document, Entity
from kg.orchestrate.run import OUTPUTS, BuildResult
from kg.orchestrate.writeout import summary, write_outputs
from kg.resolve.corpus import Resolution


def _result() -> BuildResult:
    graph = build_mini_graph().graph
    entities = [
        Entity("https://example.org/id/person/a", "Person", "Ana Ruiz", ["Ruiz"], [ARTICLE_ID]),
        Entity("https://example.org/id/place/b", "Place", "Riverton", [], [ARTICLE_ID]),
        Entity("https://example.org/id/person/c", "Person", "Cal Moss", [], [ARTICLE_ID]),
    ]
    log = [("https://example.org/id/person/a", "Ruiz", ARTICLE_ID, "same surname: 'ruiz'")]
    res = Resolution(entities, {(ARTICLE_ID, "e1"): entities[0].iri}, log)
    return BuildResult(graph, [Document(id=ARTICLE_ID, text="x")], [], res)


def test_entities_and_log_are_written_then_let_go_and_the_summary_still_counts_them(tmp_path):
    before = summary(_result())
    result = _result()
    write_outputs(result, tmp_path)
    assert all((tmp_path / name).exists() for name in OUTPUTS)
    assert result.resolution.entities == [] and result.resolution.log == []
    assert summary(result) == before
    assert "3 entities" in before and "entities: Person 2, Place 1" in before
    rows = (tmp_path / "entities.csv").read_text("utf-8").splitlines()
    assert rows[0] == "iri,label,class,aliases,articles" and rows[1].startswith(
        "https://example.org/id/person/a,Ana Ruiz,Person,Ruiz,1"
    )
    assert (tmp_path / "resolution.tsv").read_text("utf-8").splitlines()[1].startswith("https://example.org/id/person/a\tRuiz")
