"""Title pairs that differ only by case or by a status word (kg.evaluate.titlepairs), and none of
them in the build of the seeds, for kg:title nor for office concepts (issue 17)."""

from __future__ import annotations

from rdflib.namespace import SKOS

from kg.core.namespaces import KG
from kg.evaluate.titlepairs import difference, title_pairs


def test_case_and_status_words_are_found():
    assert difference("Mayor", "mayor") == "case"
    assert difference("acting Director", "Director") == "prefix acting"
    assert difference("Director", "Director-designate") == "suffix designate"
    assert difference("Then-Governor", "governor") == "prefix then"
    assert difference("Deputy Director", "Director") is None  # another office
    assert difference("Police Chief", "Chief") is None


def test_pairs_of_a_list_and_the_unheld_exception():
    labels = ["Mayor", "mayor", "President", "President-elect", "Senator", "former Senator", "Deputy Mayor"]
    assert title_pairs(labels) == [
        ("Mayor", "mayor", "case"),
        ("President-elect", "President", "suffix elect"),
        ("former Senator", "Senator", "prefix former"),
    ]
    assert ("President-elect", "President", "suffix elect") not in title_pairs(labels, keep_unheld=True)


def test_no_title_pair_in_the_seed_build(seed_graph):
    titles = {str(o) for o in seed_graph.objects(None, KG.title)}
    offices = {str(o) for s in seed_graph.subjects(KG.roleKind, None) for o in seed_graph.objects(s, SKOS.prefLabel)}
    assert titles and offices
    assert title_pairs(titles, keep_unheld=True) == []
    assert title_pairs(offices) == []
