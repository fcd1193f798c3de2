"""`kg validate`: a graph that follows docs/GRAPH.md conforms; broken graphs fail with a readable
report naming the focus node, the property and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from minigraph import ARTICLE_ID, add_every_property, add_fact, build_mini_graph
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.cli import main
from kg.core.namespaces import KG, OA
from kg.core.records import ENTITY_PROPERTIES, LITERAL_PROPERTIES
from kg.errors import KgError
from kg.graph.validate import run_validate, validate_graph
from kg.lexicon.resources import ontology_dir

NNI = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"


def check(graph: Graph):
    result = validate_graph(graph)
    assert result.conforms == (result.violations == 0)
    return result


def position_selector(g: Graph, sentence_start: str):
    """The position selector of the evidence whose exact text starts with ``sentence_start``."""
    for sel in g.subjects(RDF.type, OA.TextQuoteSelector):
        if str(g.value(sel, OA.exact)).startswith(sentence_start):
            ev = g.value(None, OA.hasSelector, sel)
            return next(s for s in g.objects(ev, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in g)
    raise LookupError(sentence_start)


def test_graph_following_the_contract_conforms():
    result = check(build_mini_graph().graph)
    assert result.conforms and result.violations == 0 and result.warnings == 0
    assert result.text == "conforms"


def test_every_property_used_correctly_conforms():
    result = check(add_every_property(build_mini_graph()).graph)
    assert result.conforms, result.text


def test_graph_with_the_ontology_mixed_in_conforms():
    """kg build writes the ontology terms into graph.ttl too."""
    m = build_mini_graph()
    m.graph.parse(ontology_dir() / "kg.ttl")
    assert check(m.graph).conforms


def test_fact_without_evidence_is_reported_for_every_fact_property():
    m = add_every_property(build_mini_graph())
    for assertion in list(m.graph.subjects(RDF.type, KG.Assertion)):
        m.graph.remove((assertion, None, None))
    result = check(m.graph)
    assert not result.conforms
    lines = result.text.splitlines()
    assert lines[0].startswith("does not conform: ")
    assert sum("Fact without evidence" in line for line in lines) == result.violations
    reported = {line.split("path kg:")[1].split()[0] for line in lines if "path kg:" in line}
    assert reported >= set(ENTITY_PROPERTIES + LITERAL_PROPERTIES)


def test_one_missing_assertion_names_the_fact():
    m = build_mini_graph()
    assertion = next(m.graph.subjects(RDF.predicate, KG.enactedBy))
    m.graph.remove((assertion, None, None))
    result = check(m.graph)
    assert result.violations == 1
    assert "Fact without evidence" in result.text
    assert "focus kgid:law/clean-streets-act  path kg:enactedBy  value kgid:agency/riverton-city-council" in result.text


def test_law_as_appointed_by_subject_is_a_violation():
    m = build_mini_graph()
    i = m.iris
    add_fact(m.graph, i["law"], "appointedBy", i["reyes"], m.article, ARTICLE_ID, m.text, "The act applies in Riverton.", "test")
    result = check(m.graph)
    assert result.violations == 1
    assert "Only an Official can be kg:appointedBy someone." in result.text
    assert "focus kgid:law/clean-streets-act" in result.text


def test_appointed_by_a_law_is_a_violation():
    m = build_mini_graph()
    i = m.iris
    add_fact(m.graph, i["ortiz"], "appointedBy", i["law"], m.article, ARTICLE_ID, m.text, "The act applies in Riverton.", "test")
    result = check(m.graph)
    assert "kg:appointedBy must point to a Person or Official." in result.text


def test_offset_that_does_not_match_the_text_is_a_violation():
    m = build_mini_graph()
    sel = position_selector(m.graph, "The Riverton City Council")
    start = m.graph.value(sel, OA.start).toPython()
    m.graph.set((sel, OA.start, Literal(start + 1, datatype=NNI)))
    result = check(m.graph)
    assert not result.conforms
    assert "Offsets do not match" in result.text
    assert 'value "he Riverton City Council passed' in result.text  # what the offsets really select


def test_offsets_count_code_points_not_bytes():
    """The article has a non-ASCII letter before the evidence: UTF-8 byte offsets are caught."""
    m = build_mini_graph()
    sel = position_selector(m.graph, "The Riverton City Council")
    start = m.graph.value(sel, OA.start).toPython()
    end = m.graph.value(sel, OA.end).toPython()
    shift = len(m.text[:start].encode("utf-8")) - start
    assert shift > 0
    m.graph.set((sel, OA.start, Literal(start + shift, datatype=NNI)))
    m.graph.set((sel, OA.end, Literal(end + shift, datatype=NNI)))
    assert "Offsets do not match" in check(m.graph).text


@pytest.mark.parametrize(
    "breakage, message",
    [
        ("sha", "kg:sha256 is not the SHA-256 of the article's kg:text."),
        ("two classes", "exactly one rdf:type among the entity classes"),
        ("no label", "exactly one rdfs:label"),
        ("quote text", "No evidence of the quote selects exactly its kg:text"),
        (
            "assertion about nothing",
            "The assertion states a triple that is not in the graph: kgid:official/sam-ortiz kg:heads kgid:agency/riverton-city-council.",
        ),
        ("date as string", "kg:enactedDate is an xsd:gYear"),
        ("title on a law", "Only a Person, Official or Position has a kg:title."),
        ("two speakers", "A quote has at most one kg:speaker."),
        ("end before start", "below oa:end"),
    ],
)
def test_broken_graphs_fail_with_a_readable_message(breakage, message):
    m = build_mini_graph()
    g, i = m.graph, m.iris
    if breakage == "sha":
        g.set((m.article, KG.sha256, Literal("0" * 64)))
    elif breakage == "two classes":
        g.add((i["city"], RDF.type, KG.Agency))
    elif breakage == "no label":
        g.remove((i["law"], RDFS.label, None))
    elif breakage == "quote text":
        g.set((i["quote"], KG.text, Literal("We will keep")))
    elif breakage == "assertion about nothing":
        assertion = next(g.subjects(RDF.predicate, KG.heads))
        g.set((assertion, RDF.object, i["council"]))
    elif breakage == "date as string":
        old = next(g.objects(i["law"], KG.enactedDate))
        for assertion in g.subjects(RDF.object, old):
            g.set((assertion, RDF.object, Literal("2014")))
        g.set((i["law"], KG.enactedDate, Literal("2014")))
    elif breakage == "title on a law":
        add_fact(g, i["law"], "title", Literal("Act"), m.article, ARTICLE_ID, m.text, "The act applies in Riverton.", "t")
    elif breakage == "two speakers":
        g.add((i["quote"], KG.speaker, i["reyes"]))
    elif breakage == "end before start":
        sel = position_selector(g, "The act applies")
        g.set((sel, OA.end, Literal(g.value(sel, OA.start).toPython(), datatype=NNI)))
    result = check(g)
    assert not result.conforms
    assert message in result.text, result.text


def test_entity_mentioned_nowhere_is_a_warning_only():
    m = build_mini_graph()
    m.graph.remove((m.iris["council"], KG.mentionedIn, None))
    result = check(m.graph)
    assert result.conforms and result.warnings == 1
    assert "warning: The entity is not kg:mentionedIn any article." in result.text


# --- run_validate and the CLI -------------------------------------------------------------------


def write(graph: Graph, path: Path) -> Path:
    graph.serialize(path, format="turtle")
    return path


def test_run_validate_prints_conforms_and_returns_0(tmp_path, capsys):
    path = write(build_mini_graph().graph, tmp_path / "graph.ttl")
    assert run_validate(path, None) == 0
    assert capsys.readouterr().out.strip() == f"{path}: conforms"


def test_run_validate_lists_violations_and_returns_1(tmp_path, capsys):
    m = build_mini_graph()
    m.graph.remove((next(m.graph.subjects(RDF.predicate, KG.enactedBy)), None, None))
    path = write(m.graph, tmp_path / "graph.ttl")
    assert run_validate(path, None) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: does not conform: 1 violation(s)")
    assert "Fact without evidence" in out and "path kg:enactedBy" in out


def test_missing_graph_file_is_a_one_line_error(tmp_path):
    with pytest.raises(KgError, match="nope.ttl: no such graph file"):
        run_validate(tmp_path / "nope.ttl", None)


def test_unparsable_graph_file_is_a_one_line_error(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<\n", encoding="utf-8")
    with pytest.raises(KgError) as err:
        run_validate(bad, None)
    assert "bad.ttl: not a valid turtle graph: line 1: Bad syntax" in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_shapes_file_is_a_one_line_error(tmp_path):
    path = write(build_mini_graph().graph, tmp_path / "graph.ttl")
    with pytest.raises(KgError, match="missing.ttl: no such shapes file"):
        run_validate(path, tmp_path / "missing.ttl")


def test_cli_validate_exit_codes(tmp_path):
    good = write(build_mini_graph().graph, tmp_path / "good.ttl")
    runner = CliRunner()
    ok = runner.invoke(main, ["validate", "--graph", str(good)])
    assert ok.exit_code == 0 and "conforms" in ok.output
    missing = runner.invoke(main, ["validate", "--graph", str(tmp_path / "missing.ttl")])
    assert missing.exit_code == 2
    assert "missing.ttl: no such graph file" in missing.output
    assert "Traceback" not in missing.output
