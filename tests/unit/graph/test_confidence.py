"""kg:confidence: the measured precision of a fact's rules, combined over the independent articles
that state it (noisy-or); --min-confidence leaves out what is below."""

from __future__ import annotations

from decimal import Decimal

import pytest
from minigraph import add_article, add_entity, add_fact
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from kg.core.namespaces import KG, bind_prefixes
from kg.errors import KgError
from kg.graph.confidence import assign, leave_out_below, rule_precision
from kg.graph.validate import validate_graph

TEXT = "Ann Lee heads the Riverton Council. Bo Park is a member of the Riverton Council."


@pytest.fixture
def precision(tmp_path):
    path = tmp_path / "rule_precision.tsv"
    path.write_text(
        "# test\nrule\tprecision\tright\tjudged\n*\t0.600\t0\t0\ntitles/strong\t0.700\t7\t10\ntitles/weak\t0.500\t1\t2\n",
        encoding="utf-8",
    )
    return path


def graph():
    g = bind_prefixes(Graph())
    arts = [add_article(g, f"a{i}", TEXT, f"Article {i}") for i in range(2)]
    lee = add_entity(g, "Official", "Ann Lee", arts[0])
    park = add_entity(g, "Person", "Bo Park", arts[0])
    council = add_entity(g, "Agency", "Riverton Council", arts[0])
    first, second = "Ann Lee heads the Riverton Council.", "Bo Park is a member of the Riverton Council."
    for i, art in enumerate(arts):  # two articles state that Lee heads the council
        add_fact(g, lee, "heads", council, art, f"a{i}", TEXT, first, "titles/strong")
    # one article states Park's membership, found by two rules in the same sentence
    add_fact(g, park, "memberOf", council, arts[0], "a0", TEXT, second, "titles/weak")
    a = add_fact(g, park, "memberOf", council, arts[0], "a0", TEXT, second, "titles/strong")
    g.remove((a, KG.extractedBy, Literal("titles/strong")))  # as kg build does: one kg:extractedBy
    return g, lee, park, council


def confidences(g, prop):
    return {g.value(a, KG.confidence) for a in g.subjects(RDF.predicate, KG[prop])}


def test_noisy_or_over_articles_and_best_rule_within_one(precision):
    g, *_ = graph()
    values = assign(g, precision)
    assert sorted(round(v, 3) for v in values.values()) == [0.7, 0.91]  # 1 - 0.3 * 0.3
    heads = confidences(g, "heads")
    assert {lit.toPython() for lit in heads} == {Decimal("0.910")}
    assert {lit.toPython() for lit in confidences(g, "memberOf")} == {Decimal("0.700")}
    assert validate_graph(g).conforms


def test_an_unmeasured_rule_gets_the_prior(precision, tmp_path):
    g, *_ = graph()
    empty = tmp_path / "empty.tsv"
    empty.write_text("rule\tprecision\tright\tjudged\n*\t0.600\t0\t0\n", encoding="utf-8")
    values = assign(g, empty)
    assert sorted(round(v, 3) for v in values.values()) == [0.6, 0.84]  # 1 - 0.4 * 0.4


def test_min_confidence_leaves_out_the_facts_below(precision):
    g, lee, park, council = graph()
    left = leave_out_below(g, 0.8, assign(g, precision))
    assert left == {"memberOf": 1}
    assert (park, KG.memberOf, council) not in g and (lee, KG.heads, council) in g
    assert not list(g.subjects(RDF.subject, park))  # its assertions went with it
    assert validate_graph(g).conforms


def test_the_shipped_precision_file_reads_and_bad_rows_are_named(tmp_path):
    table, prior = rule_precision()
    assert 0 < prior <= 1 and all(0 <= p <= 1 for p in table.values())
    bad = tmp_path / "bad.tsv"
    bad.write_text("rule\tprecision\nx/y\t1.7\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"bad.tsv: row 2: precision 1.7"):
        rule_precision(bad)
