"""The network view's data lists each person's offices and each body's holders, with status, years,
as-of date and evidence (issue 17)."""

from __future__ import annotations

from minigraph import ARTICLE_ID, ARTICLE_TEXT, add_evidence, add_membership, build_mini_graph
from rdflib import Literal
from rdflib.namespace import XSD

from kg.core.iri import mint
from kg.core.namespaces import KG
from kg.outputs.view.data import read_view_data


def test_offices_in_time_on_both_sides_with_evidence():
    m = build_mini_graph()
    g = m.graph
    sentence = "Governor Dana Reyes appointed Sam Ortiz to lead the Riverton Transit Authority on Monday."
    start = ARTICLE_TEXT.index(sentence)
    ev = add_evidence(g, m.article, ARTICLE_ID, ARTICLE_TEXT, start, start + len(sentence))
    ortiz, authority = mint("official", "Sam Ortiz"), mint("agency", "Riverton Transit Authority")
    node = add_membership(g, ortiz, authority, "Director", "head", "elect", ev)
    g.add((node, KG.asOf, Literal("2024-03-01", datatype=XSD.date)))
    data = read_view_data(g)
    by_label = {n["label"]: (i, n) for i, n in enumerate(data.nodes)}
    (i, person), (j, body) = by_label["Sam Ortiz"], by_label["Riverton Transit Authority"]
    assert person["roles"] == body["roles"]
    (role,) = person["roles"]
    assert (role["role"], role["status"], role["asOf"], role["member"], role["org"]) == ("Director", "elect", "2024-03-01", i, j)
    assert [data.evidence[k]["text"] for k in role["ev"]] == [sentence]
    assert "roles" not in by_label["Dana Reyes"][1]
