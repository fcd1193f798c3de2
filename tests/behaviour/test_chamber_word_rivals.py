"""A bare chamber word ("the Senate") in an article naming a state's chamber in full and Congress's chamber
too (issue 15, kg.resolve.coreflinks): it is the one named in its sentence, else the last named before it;
a state's chamber never takes Congress's bare name, on invented sentences."""

from __future__ import annotations

from test_behaviour import facts, of

from kg.resolve.article import extract
from kg.resolve.corpus import resolve


def names(nlp, text: str) -> dict[str, set[str]]:
    res = resolve([extract(nlp(text), "d0")])
    return {e.label: set(e.aliases) for e in res.entities if e.cls == "Agency"}


def test_the_senate_of_a_listed_senators_sentence_is_not_the_states(nlp):
    text = (
        "Maine Sen. Olympia Snowe vowed to block the bill. Two days later, Senate Majority Leader David Vitter "
        'denounced the plan on the Senate floor. "It will pass," added Ohio Senate President Carl Dunmore.'
    )
    got = names(nlp, text)
    assert "Senate" not in got["Ohio Senate"]
    assert "Senate" in got["United States Senate"]


def test_the_senate_after_the_states_chamber_stays_the_states(nlp):
    text = (
        "The Ohio Senate passed the bill on Monday. The Senate vote was 20 to 10. "
        "Sen. Olympia Snowe praised it later in a long statement on his website."
    )
    assert "Senate" in names(nlp, text)["Ohio Senate"]


def test_the_senate_of_an_article_on_one_state_chamber_alone_stays_the_states(nlp):
    text = "The Ohio Senate passed the bill. Senate President Carl Dunmore said the Senate would act."
    assert "Senate" in names(nlp, text)["Ohio Senate"]


def test_a_states_chamber_before_an_election_noun_names_a_race_not_the_body(nlp):
    text = (
        "Dana Whitfield's victory in the Ohio Senate runoff shores up the majority in the upper chamber. "
        "It gained seats in the Senate, and Senate Majority Leader David Vitter praised her."
    )
    got = names(nlp, text)
    assert "Ohio Senate" not in got
    assert "Senate" in got["United States Senate"]


def test_the_chamber_of_a_title_before_a_name_on_no_list_of_congress_is_not_congresss(nlp):
    text = (
        "The Ohio Senate passed the bill on Monday. Sen. Olympia Snowe praised it in Washington. "
        "First in line for the post is Senate President Carl Dunmore."
    )
    assert of(facts(nlp, text), "Carl Dunmore", "heads") == {"Ohio Senate"}


def test_a_longer_name_on_a_chamber_word_before_an_election_noun_names_a_race(nlp):
    text = (
        "Sen. Olympia Snowe is out with a new ad. Meanwhile, New Hampshire Republican Senate candidate Carl Dunmore "
        "attacked the Senate for its inaction."
    )
    got = names(nlp, text)
    assert "New Hampshire Republican Senate" not in got
    assert "Senate" in got["United States Senate"]
