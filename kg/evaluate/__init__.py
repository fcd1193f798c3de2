"""``kg evaluate``: score a built graph against a reference file (``kg-gold/1``), per
``GUIDELINES.md`` of the shared evaluation material.

Use::

    from kg.evaluate import evaluate
    scores = evaluate("tests/data/seeds.gold.json", "out/graph.ttl")
    assert scores.entities_core.f1 >= 0.95

Fields of the returned :class:`~kg.evaluate.results.Scores` (all rates are floats in [0, 1]):

- ``entities_core`` / ``entities_all``: :class:`PRF` (``.precision``, ``.recall``, ``.f1``,
  counts ``.correct/.predicted``, ``.found/.expected``, ``.ignored``, and ``.missed`` /
  ``.spurious`` name lists) over the core classes (Official, Agency, Court, Law, CourtRuling)
  and over all classes.
- ``type_accuracy`` (with ``type_correct``/``type_matched`` and ``wrong_types``).
- ``duplicates`` (int; ``duplicated`` lists them) and ``over_merges`` (int; ``over_merged``);
  ``reference_duplicates`` / ``reference_over_merges``: those of the reference's own graph, the floor
  no build goes under when two reference entities share a name (:func:`own_splits`).
- ``facts_core`` / ``facts_stance``: :class:`FactScores`, i.e. a micro-averaged :class:`PRF`
  (``scores.facts_core.f1``, ``.precision``, ``.recall``) plus ``.per_property[name]`` PRFs.
- ``titles`` / ``dates``: :class:`PRF`; the targets read ``.f1``.
- ``quotes``: :class:`QuoteScores` with ``.found`` and ``.attributed`` (shares of the
  non-optional reference quotes), ``.precision`` and the missed/misattributed/spurious lists.

Lower level: ``score(load_gold(path), read_graph(rdflib_graph))`` scores an in-memory graph;
:func:`kg.evaluate.fromgold.gold_to_graph` turns a reference into the graph a perfect build
would produce (scores 1.0 everywhere; handy in tests).

The readings chosen where the guidelines leave room are documented in
:mod:`kg.evaluate.entities` (entities, core scope, optional items, type accuracy),
:mod:`kg.evaluate.facts` (facts, optional facts and entities, titles, dates, quotes),
:mod:`kg.evaluate.results` (empty-set conventions) and :mod:`kg.language.normalize`.

In: a reference file and a built graph.ttl. Out: :class:`~kg.evaluate.results.Scores` and reports.
May import: ``kg.core``, ``kg.language`` (the name normalization the scorer shares), ``kg.errors``.
"""

from __future__ import annotations

from pathlib import Path

import click

from .built import Built, load_built, read_graph, restrict
from .entities import core_prf, duplicates, entity_prf, match_entities, over_merges, type_accuracy
from .facts import CORE_PROPERTIES, STANCE_PROPERTIES, score_dates, score_facts, score_quotes, score_titles
from .gold import Gold, load_gold, parse_gold
from .report import format_report, write_json
from .results import PRF, FactScores, QuoteScores, Scores, ratio

__all__ = [
    "evaluate",
    "run_evaluate",
    "score",
    "Scores",
    "PRF",
    "FactScores",
    "QuoteScores",
    "load_gold",
    "parse_gold",
    "load_built",
    "read_graph",
    "format_report",
    "write_json",
]


def score(gold: Gold, built: Built, graph_name: str = "<graph>") -> Scores:
    """Score ``built`` against ``gold`` (both already loaded)."""
    built = restrict(built, gold.documents)
    m = match_entities(gold, built)
    t_ok, t_all, wrong = type_accuracy(gold, built, m)
    dups, merges = duplicates(gold, built, m), over_merges(gold, built, m)
    own_dups, own_merges = own_splits(gold)
    entities_all = entity_prf(gold, built, m, None)
    return Scores(
        gold=gold.path,
        graph=graph_name,
        entities_core=core_prf(gold, built, m),
        entities_all=entities_all,
        type_accuracy=ratio(t_ok, t_all, 0.0 if entities_all.expected else 1.0),
        type_correct=t_ok,
        type_matched=t_all,
        wrong_types=wrong,
        duplicates=len(dups),
        duplicated=dups,
        over_merges=len(merges),
        over_merged=merges,
        reference_duplicates=own_dups,
        reference_over_merges=own_merges,
        facts_core=score_facts(gold, built, m, CORE_PROPERTIES),
        facts_stance=score_facts(gold, built, m, STANCE_PROPERTIES),
        titles=score_titles(gold, built, m),
        dates=score_dates(gold, built, m),
        quotes=score_quotes(gold, built, m),
        built_entities=len(built.entities),
        built_facts=len(built.facts) + len(built.titles) + len(built.dates),
        built_entity_facts=len(built.facts),
        built_quotes=len(built.quotes),
        left_out=built.left_out,
    )


def own_splits(gold: Gold) -> tuple[int, int]:
    """The duplicates and over-merges of the graph a perfect build would give (the reference's own,
    :func:`~kg.evaluate.fromgold.gold_to_graph`): matching is by name across the whole set, so two
    reference entities that share a name ("Washington" the city and the state, two "Sanders", one
    entity under two ids from two annotators) count against any build, however right."""
    from .fromgold import gold_to_graph

    own = read_graph(gold_to_graph(gold))
    m = match_entities(gold, own)
    return len(duplicates(gold, own, m)), len(over_merges(gold, own, m))


def evaluate(gold_path: str | Path, graph_path: str | Path) -> Scores:
    """Load the reference file and the built graph, and score the one against the other."""
    gold = load_gold(gold_path)
    return score(gold, load_built(graph_path), str(graph_path))


def run_evaluate(gold: str | Path, graph: str | Path, json_path: str | Path | None = None) -> int:
    """The ``kg evaluate`` command: print the report, optionally write JSON; returns 0.

    Scores are information, not failure: the exit code is 0 whatever they are. Unreadable
    files raise :class:`~kg.errors.KgError` (one line naming the file; exit code 2).
    """
    scores = evaluate(gold, graph)
    click.echo(format_report(scores), nl=False)
    if json_path is not None:
        write_json(scores, json_path)
        click.echo(f"scores written to {json_path}")
    return 0
