"""Unit tests of the scorer (kg evaluate) on tiny hand-made graphs and reference dicts."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.cli import main
from kg.core.namespaces import KG, KGID, bind_prefixes
from kg.errors import KgError
from kg.evaluate import evaluate, load_gold, parse_gold, read_graph, score
from kg.evaluate.fromgold import gold_to_graph
from kg.language.normalize import normalize, words_contained, year

DATA = Path(__file__).resolve().parents[2] / "data"
QUOTE = "We want to make sure it\u2019s a good balancing act"

TINY = {
    "format": "kg-gold/1",
    "documents": {"d1": {}, "d2": {}},
    "entities": [
        {"id": "walsh", "type": "Official", "name": "Marty Walsh", "aliases": ["Walsh", "Martin Walsh"]},
        {"id": "rose", "type": "Person", "name": "Carol Rose", "aliases": ["Rose"]},
        {"id": "boston", "type": "Place", "name": "Boston", "aliases": []},
        {"id": "council", "type": "Agency", "name": "Boston City Council", "aliases": ["City Council"]},
        {"id": "trust", "type": "Law", "name": "Trust Act", "aliases": []},
        {"id": "aclu", "type": "Organization", "name": "ACLU of Massachusetts", "aliases": ["ACLU"]},
        {"id": "fox", "type": "Organization", "name": "Fox", "aliases": ["Fox News"], "optional": True},
    ],
    "facts": [
        {"s": "walsh", "p": "heads", "o": "boston", "docs": ["d1"]},
        {"s": "rose", "p": "memberOf", "o": "aclu", "docs": ["d2"]},
        {"s": "trust", "p": "enactedBy", "o": "council", "docs": ["d1"]},
        {"s": "trust", "p": "jurisdiction", "o": "boston", "docs": ["d1"]},
        {"s": "walsh", "p": "supports", "o": "trust", "docs": ["d1"]},
        {"s": "aclu", "p": "supports", "o": "trust", "docs": ["d2"], "optional": True},
        {"s": "walsh", "p": "title", "value": "Mayor"},
        {"s": "rose", "p": "title", "value": "executive director", "optional": True},
        {"s": "trust", "p": "enactedDate", "value": "2014"},
    ],
    "quotes": [
        {"doc": "d1", "speaker": "walsh", "starts": QUOTE},
        {"doc": "d2", "speaker": "rose", "starts": "Nobody is above the law", "optional": True},
    ],
}


def tiny_gold(**changes):
    data = json.loads(json.dumps(TINY))
    data.update(changes)
    return parse_gold(data, "tiny.json")


def perfect() -> Graph:
    return gold_to_graph(tiny_gold(), include_optional=False)


def ent(g: Graph, key: str, cls: str, label: str, *alts: str) -> URIRef:
    node = KGID[f"{cls.lower()}/{key}"]
    g.add((node, RDF.type, KG[cls]))
    g.add((node, RDFS.label, Literal(label)))
    for a in alts:
        g.add((node, SKOS.altLabel, Literal(a)))
    return node


def node(g: Graph, label: str) -> URIRef:
    return next(s for s, o in g.subject_objects(RDFS.label) if str(o) == label)


def add_quote(g: Graph, doc: str, text: str, speaker: URIRef | None, key: str = "q") -> None:
    q, art = KGID[f"quote/{key}"], KGID[f"article/{doc}"]
    g.add((q, RDF.type, KG.Quote))
    g.add((q, KG.text, Literal(text)))
    g.add((q, KG.inArticle, art))
    g.add((art, DCTERMS.identifier, Literal(doc)))
    if speaker is not None:
        g.add((q, KG.speaker, speaker))


def run(g: Graph, gold=None):
    return score(gold or tiny_gold(), read_graph(g))


def numbers(scores) -> dict:
    """Every number of a Scores object, without the name lists and built-graph sizes."""

    def strip(x):
        if isinstance(x, dict):
            return {
                k: strip(v)
                for k, v in x.items()
                if not isinstance(v, list)
                and k not in ("ignored", "built_entities", "built_facts", "built_entity_facts", "built_quotes")
            }
        return x

    return strip(asdict(scores))


def assert_perfect(s) -> None:
    for prf in (s.entities_core, s.entities_all, s.facts_core, s.facts_stance, s.titles, s.dates):
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0), prf
    for prf in [*s.facts_core.per_property.values(), *s.facts_stance.per_property.values()]:
        assert prf.f1 == 1.0
    assert s.type_accuracy == 1.0 and s.duplicates == 0 and s.over_merges == 0
    assert (s.quotes.found, s.quotes.attributed, s.quotes.precision) == (1.0, 1.0, 1.0)


def test_perfect_graph_scores_one_everywhere():
    assert_perfect(run(perfect()))
    assert_perfect(run(gold_to_graph(tiny_gold(), include_optional=True)))


def test_seeds_gold_against_graph_built_from_it_scores_one(tmp_path):
    gold = load_gold(DATA / "seeds.gold.json")
    path = tmp_path / "graph.ttl"
    gold_to_graph(gold).serialize(path, format="turtle")
    s = evaluate(DATA / "seeds.gold.json", path)
    assert_perfect(s)
    assert s.entities_core.expected == 19 and s.quotes.expected == 17


def test_empty_graph_scores_zero():
    s = run(Graph())
    assert s.entities_all.f1 == 0.0 and s.facts_core.f1 == 0.0 and s.quotes.found == 0.0
    assert "Marty Walsh" in s.entities_all.missed


def test_duplicate_is_counted_but_not_a_false_positive():
    g = perfect()
    ent(g, "walsh-2", "Official", "Walsh")
    s = run(g)
    assert s.duplicates == 1 and "Marty Walsh" in s.duplicated[0]
    assert s.entities_all.precision == 1.0 and s.entities_all.predicted == 7


def test_optional_items_change_nothing():
    base = numbers(run(perfect()))
    g = perfect()
    fox = ent(g, "fox", "Organization", "Fox News")  # optional entity
    g.add((fox, KG.opposes, node(g, "Trust Act")))  # fact with an optional end
    g.add((node(g, "ACLU of Massachusetts"), KG.supports, node(g, "Trust Act")))  # optional fact
    g.add((node(g, "Carol Rose"), KG.title, Literal("Executive Director")))  # optional title
    add_quote(g, "d2", "Nobody is above the law, she said.", node(g, "Carol Rose"), "opt")
    s = run(g)
    assert numbers(s) == base
    assert s.entities_all.ignored == 1 and s.facts_stance.ignored == 2
    assert s.titles.ignored == 1 and s.quotes.ignored == 1


def test_unmatched_entity_and_its_facts_are_false_positives():
    g = perfect()
    x = ent(g, "x", "Agency", "Cambridge Police")
    g.add((x, KG.jurisdiction, node(g, "Boston")))
    s = run(g)
    assert "Cambridge Police (Agency)" in s.entities_core.spurious
    assert s.entities_core.precision == pytest.approx(3 / 4)
    assert s.facts_core.per_property["jurisdiction"].spurious == ["Cambridge Police jurisdiction Boston"]
    assert s.facts_core.precision < 1.0 and s.facts_core.recall == 1.0


def test_wrong_direction_is_a_miss_and_a_false_positive():
    g = perfect()
    trust, council = node(g, "Trust Act"), node(g, "Boston City Council")
    g.remove((trust, KG.enactedBy, council))
    g.add((council, KG.enactedBy, trust))
    p = run(g).facts_core.per_property["enactedBy"]
    assert (p.found, p.correct, p.predicted) == (0, 0, 1)
    assert p.missed == ["Trust Act enactedBy Boston City Council"]


def test_heads_counts_as_member_of_on_both_sides():
    g = perfect()
    walsh, boston = node(g, "Marty Walsh"), node(g, "Boston")
    g.remove((walsh, KG.heads, boston))
    g.add((walsh, KG.memberOf, boston))  # reference says heads
    per = run(g).facts_core.per_property
    assert per["memberOf"].f1 == 1.0 and per["heads"].recall == 0.0
    g2 = perfect()
    rose, aclu = node(g2, "Carol Rose"), node(g2, "ACLU of Massachusetts")
    g2.remove((rose, KG.memberOf, aclu))
    g2.add((rose, KG.heads, aclu))  # reference says memberOf
    per = run(g2).facts_core.per_property
    assert per["memberOf"].f1 == 1.0 and per["heads"].precision == 0.5


@pytest.mark.parametrize(
    "a, b",
    [
        ("Walsh\u2019s", "walsh"),
        ("The Trust Act", "trust act"),
        ("ICE's", "ice"),
        ("  Boston   City\nCouncil. ", "boston city council"),
        ("\u201cThe Boston Globe\u201d", "boston globe"),
        ("\uff37\uff42\uff55\uff52", "wbur"),
        ("O\u2019Brien", "o'brien"),
        ("U.S.", "u.s"),
    ],
)
def test_name_normalization(a, b):
    assert normalize(a) == b


def test_entities_match_by_any_normalized_name():
    g = Graph()
    ent(g, "w", "Official", "Mayor Walsh", "Walsh\u2019s")
    ent(g, "t", "Law", "the Trust Act")
    s = run(g)
    assert "Marty Walsh" not in s.entities_all.missed and "Trust Act" not in s.entities_all.missed
    assert s.entities_all.precision == 1.0


def test_type_accuracy_and_core_scope():
    g = perfect()
    g.set((node(g, "Marty Walsh"), RDF.type, KG.Person))
    g.set((node(g, "ACLU of Massachusetts"), RDF.type, KG.Agency))
    s = run(g)
    assert s.type_accuracy == pytest.approx(4 / 6) and s.type_matched == 6
    assert any(w.startswith("Marty Walsh (built Person, reference Official)") for w in s.wrong_types)
    assert s.entities_core.missed == ["Marty Walsh"]  # an official built as a Person
    assert s.entities_core.spurious[0].startswith("ACLU of Massachusetts (Agency")
    assert s.entities_all.f1 == 1.0


def test_most_specific_class_is_taken():
    g = Graph()
    w = ent(g, "w", "Official", "Marty Walsh")
    g.add((w, RDF.type, KG.Person))
    assert read_graph(g).entities[str(w)].cls == "Official"


def test_over_merge():
    g = perfect()
    g.add((node(g, "Marty Walsh"), SKOS.altLabel, Literal("Carol Rose")))
    s = run(g)
    assert s.over_merges == 1 and s.over_merged[0].startswith("'Marty Walsh' (Official) -> Carol Rose, Marty Walsh")
    assert s.duplicates == 1  # Carol Rose now has two nodes


def test_the_reference_own_graph_gives_the_floor_of_duplicates_and_over_merges():
    """Two reference entities that share a name ("Walsh" for the mayor and for another Walsh) are
    split and merged even in the graph a perfect build gives; the report says how many."""
    assert (run(perfect()).reference_duplicates, run(perfect()).reference_over_merges) == (0, 0)
    data = json.loads(json.dumps(TINY))
    data["entities"].append({"id": "walsh2", "type": "Person", "name": "Ann Walsh", "aliases": ["Walsh"]})
    gold = parse_gold(data, "tiny.json")
    s = score(gold, read_graph(gold_to_graph(gold)))
    assert (s.duplicates, s.over_merges) == (2, 2)  # each Walsh matched by both nodes; both nodes match both
    assert (s.reference_duplicates, s.reference_over_merges) == (2, 2)
    from kg.evaluate.report import format_report

    assert "the reference's own graph: 2" in format_report(s)


def test_quotes_found_versus_attributed():
    g = perfect()
    for q in list(g.subjects(RDF.type, KG.Quote)):
        g.remove((q, None, None))
    add_quote(g, "d1", "\u201cWe want to make sure it's a good  balancing act,\u201d he said.", node(g, "Carol Rose"))
    s = run(g)
    assert (s.quotes.found, s.quotes.attributed) == (1.0, 0.0)
    assert "built: Carol Rose" in s.quotes.misattributed[0]
    g2 = perfect()
    for q in list(g2.subjects(RDF.type, KG.Quote)):
        g2.remove((q, None, None))
    add_quote(g2, "d2", QUOTE, node(g2, "Marty Walsh"))  # right words, wrong article
    s2 = run(g2)
    assert s2.quotes.found == 0.0 and s2.quotes.precision == 0.0 and len(s2.quotes.spurious) == 1


def test_titles_by_words_and_dates_by_year():
    from rdflib.namespace import XSD  # not at module level: pytest's collection trips over it

    assert words_contained("Boston Mayor", "Mayor") and words_contained("Police Commissioner", "commissioner,")
    assert not words_contained("Gov.", "Governor") and not words_contained("", "Mayor")
    assert year("2014-06-01") == year(2014) == "2014" and year("n.d.") is None
    g = perfect()
    walsh, trust = node(g, "Marty Walsh"), node(g, "Trust Act")
    g.set((walsh, KG.title, Literal("Boston Mayor")))
    g.set((trust, KG.enactedDate, Literal("2014-06-01", datatype=XSD.date)))
    s = run(g)
    assert s.titles.f1 == 1.0 and s.dates.f1 == 1.0
    g.set((walsh, KG.title, Literal("Governor")))
    g.set((trust, KG.enactedDate, Literal("2015")))
    g.add((trust, KG.amendedDate, Literal("2019", datatype=XSD.gYear)))
    s = run(g)
    assert s.titles.f1 == 0.0 and s.titles.spurious == ["Marty Walsh title 'Governor'"]
    assert s.dates.missed == ["Trust Act enactedDate '2014'"] and s.dates.predicted == 2


def test_entities_of_articles_outside_the_reference_are_left_out():
    g = perfect()
    other = ent(g, "o", "Agency", "Springfield Police Department")
    g.add((other, KG.mentionedIn, KGID["article/d9"]))
    g.add((KGID["article/d9"], RDF.type, KG.Article))
    s = run(g)
    assert s.left_out == 1 and s.entities_all.precision == 1.0


@pytest.mark.parametrize(
    "change, message",
    [
        ({"format": "kg-gold/0"}, "format is 'kg-gold/0'"),
        ({"entities": [{"id": "a", "type": "Mayor", "name": "A"}]}, "unknown type 'Mayor'"),
        ({"facts": [{"s": "walsh", "p": "heads", "o": "nobody"}]}, "unknown entity 'nobody'"),
        ({"facts": [{"s": "walsh", "p": "likes", "o": "boston"}]}, "unknown property 'likes'"),
        ({"quotes": [{"doc": "d7", "speaker": "walsh", "starts": "Hi"}]}, "doc 'd7' is not listed"),
    ],
)
def test_bad_reference_is_a_one_line_error(change, message):
    with pytest.raises(KgError, match=message) as err:
        tiny_gold(**change)
    assert str(err.value).startswith("tiny.json: ") and "\n" not in str(err.value)


def test_cli_evaluate(tmp_path):
    gold, graph, out = tmp_path / "g.json", tmp_path / "graph.ttl", tmp_path / "sub" / "scores.json"
    gold.write_text(json.dumps(TINY), encoding="utf-8")
    bind_prefixes(perfect()).serialize(graph, format="turtle")
    res = CliRunner().invoke(main, ["evaluate", str(gold), "--graph", str(graph), "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "Entities" in res.output and "micro average" in res.output and "Quotes" in res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["entities_core"]["f1"] == 1.0 and data["facts_core"]["per_property"]["heads"]["recall"] == 1.0
    assert [p.name for p in out.parent.iterdir()] == ["scores.json"]  # no temp file left

    missing = CliRunner().invoke(main, ["evaluate", str(tmp_path / "nope.json"), "--graph", str(graph)])
    assert missing.exit_code == 2 and "nope.json: reference file not found" in missing.output
    no_graph = CliRunner().invoke(main, ["evaluate", str(gold), "--graph", str(tmp_path / "none.ttl")])
    assert no_graph.exit_code == 2 and "none.ttl: graph file not found" in no_graph.output
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    bad = CliRunner().invoke(main, ["evaluate", str(tmp_path / "bad.json"), "--graph", str(graph)])
    assert bad.exit_code == 2 and "bad.json: not valid JSON" in bad.output and "Traceback" not in bad.output
    (tmp_path / "bad.ttl").write_text("this is not turtle", encoding="utf-8")
    bad = CliRunner().invoke(main, ["evaluate", str(gold), "--graph", str(tmp_path / "bad.ttl")])
    assert bad.exit_code == 2 and "bad.ttl: cannot parse as turtle" in bad.output
    assert len(bad.output.strip().splitlines()) == 1


def test_a_title_abbreviation_written_before_names_is_its_title():
    from kg.evaluate.titlewords import same_title, spelled_out

    assert spelled_out("state Sen.") == "state senator" and spelled_out("Lt. Gov.") == "lieutenant governor"
    assert same_title("Rep.", "Representative") and same_title("U.S. Sen.", "Senator")
    assert not same_title("Sen.", "Representative") and not same_title("rep", "Representative")
    g = perfect()
    walsh = node(g, "Marty Walsh")
    g.set((walsh, KG.title, Literal("Mayor")))
    assert run(g).titles.f1 == 1.0
    g.set((walsh, KG.title, Literal("Gov.")))  # the reference says "Mayor": still wrong
    assert run(g).titles.f1 == 0.0
