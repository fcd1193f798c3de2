"""The view's compact tables (issue 19): rows kept as JSON text on disk, the same page as the dicts."""

from __future__ import annotations

from minigraph import ARTICLE_ID, ARTICLE_TEXT, add_evidence, add_membership, build_mini_graph
from view_graphs import hostile_graph, seed_like_graph, synthetic_graph

from kg.core.iri import mint
from kg.outputs.view.compact import read_compact
from kg.outputs.view.data import read_view_data
from kg.outputs.view.jsontext import Spool
from kg.outputs.view.page import render_html


def _with_roles():
    m = build_mini_graph()
    sentence = "Governor Dana Reyes appointed Sam Ortiz to lead the Riverton Transit Authority on Monday."
    start = ARTICLE_TEXT.index(sentence)
    ev = add_evidence(m.graph, m.article, ARTICLE_ID, ARTICLE_TEXT, start, start + len(sentence))
    add_membership(
        m.graph, mint("official", "Sam Ortiz"), mint("agency", "Riverton Transit Authority"), "Director", "head", "elect", ev
    )
    return m.graph


def test_the_page_from_compact_tables_is_the_page_from_the_dicts():
    for graph, limit in ((seed_like_graph(), 150), (hostile_graph(), 150), (_with_roles(), 150), (synthetic_graph(600), 150)):
        for physics_max_nodes in (limit, 2):
            compact = render_html(graph, physics_max_nodes=physics_max_nodes)
            assert compact == render_html(read_view_data(graph), physics_max_nodes=physics_max_nodes)


def test_entity_article_and_quote_rows_are_text_on_disk():
    graph = seed_like_graph()
    view = read_compact(graph)
    try:
        data = read_view_data(graph)
        assert all(isinstance(t, Spool) for t in (view.nodes, view.articles, view.evidence, view.quotes))
        assert len(view.evidence) == len(data.evidence) > 0
        assert len(view.nodes) == len(data.nodes) and len(view.quotes) == len(data.quotes) > 0
        assert all(isinstance(line, str) and line.count("\t") == 1 for line in view.nodes)
        assert list(view.comention_rows()) == [tuple(row) for row in data.comentions]
        assert list(view.nodes) == list(view.nodes), "read back the same, as often as asked"
    finally:
        view.close()


def test_a_spool_gives_back_its_rows_in_order():
    spool = Spool()
    rows = ['{"a":1}', "[]", '"\\u003c\\n"', ""]
    for row in rows:
        spool.add(row)
    assert list(spool) == rows and len(spool) == 4
    spool.add("x")
    assert list(spool) == [*rows, "x"]
    spool.close()
