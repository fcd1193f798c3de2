"""The legislatures data (ontology/lexicon/legislatures.json) and the reading of a legislator's parenthetical."""

from __future__ import annotations

from kg.lexicon.load import load_lexicon
from kg.lexicon.resources import load_json
from kg.resolve.chambers import _OF_STATE, _PAREN, _state_named, _state_of_place, _title_entry


def test_every_state_has_its_legislature_and_chambers():
    data = load_json("legislatures.json")
    states = {p.name for p in load_lexicon().places if p.kind == "state"}
    assert set(data["states"]) == states
    for state, bodies in data["states"].items():
        assert all(n.startswith(state) for kind in ("legislature", "upper", "lower") for n in bodies[kind])
        assert bool(bodies["upper"]) == bool(bodies["lower"]) == (state != "Nebraska")
    lower = {s: b["lower"][0] for s, b in data["states"].items() if b["lower"]}
    assert lower["Virginia"] == "Virginia House of Delegates" and lower["New Jersey"] == "New Jersey General Assembly"
    assert sum(n.endswith("Assembly") for n in lower.values()) == 5  # CA, NV, NY, WI; NJ's General Assembly


def test_every_legislator_title_of_the_table_is_a_lexicon_title():
    titles = {t.title for t in load_lexicon().titles}
    assert set(load_json("legislatures.json")["titles"]) <= titles


def test_titles_are_read_by_their_longest_known_ending():
    assert _title_entry("former State Senator") == ("upper", "state", "")
    assert _title_entry("Senator") == ("upper", "either", "")
    assert _title_entry("Governor") is None


def test_parentheticals():
    assert _PAREN.match(" (D-Calif.) said").group("where") == "Calif."
    assert _PAREN.match(", R-Mich., said").group("where") == "Mich."
    assert _PAREN.match(" (R-Costa Mesa) said").group("where") == "Costa Mesa"
    assert _PAREN.match(" (the sponsor) said") is None
    assert _OF_STATE.match(", Democrat of Virginia, said").group("where") == "Virginia"
    assert _OF_STATE.match(" of North Carolina's General Assembly") is None
    assert _state_named("Calif") is False and _state_named("Calif.") and _state_named("TX")
    assert _state_of_place("New York City") == "New York" and _state_of_place("Boston") is None
