"""Towns the model took for persons or organizations, written as places (kg.resolve.cuedplaces)."""

from __future__ import annotations

from kg.resolve.cuedplaces import cued_places, placed_given_name


def _mentions(text: str, *named: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    out, at = [], 0
    for name, label in named:
        start = text.index(name, at)
        out.append((start, start + len(name), name, label))
        at = start + len(name)
    return out


def test_a_gazetteer_town_written_after_a_locative_is_a_place_in_all_its_mentions():
    text = "The theater in Aurora reopened. Aurora paid for it."
    assert cued_places(text, _mentions(text, ("Aurora", "Person"), ("Aurora", "Organization"))) == {0, 1}


def test_without_a_place_cue_or_in_a_persons_name_or_unknown_to_the_gazetteer_it_stays():
    text = "Aurora paid for the theater. Aurora reopened it."
    assert cued_places(text, _mentions(text, ("Aurora", "Person"), ("Aurora", "Person"))) == set()
    text = "Joan Aurora spoke in Aurora. Aurora said no."
    assert cued_places(text, _mentions(text, ("Joan Aurora", "Person"), ("Aurora", "Place"), ("Aurora", "Person"))) == set()
    text = "The store in Brindlecombe closed. Brindlecombe said no."
    assert cued_places(text, _mentions(text, ("Brindlecombe", "Place"), ("Brindlecombe", "Person"))) == set()
    text = "Sen. Aurora was in Aurora on Monday."
    assert cued_places(text, _mentions(text, ("Aurora", "Official"), ("Aurora", "Place"))) == set()


def test_a_town_before_a_noun_after_a_locative_and_an_indefinite_article_is_written_as_a_place():
    text = "He was shot in an Aurora movie theater. Aurora mourned."
    assert cued_places(text, _mentions(text, ("Aurora", "Person"), ("Aurora", "Person"))) == {0, 1}
    text = "He worked in the Aurora campaign. Aurora mourned."
    assert cued_places(text, _mentions(text, ("Aurora", "Person"), ("Aurora", "Person"))) == set()


def test_at_a_towns_name_is_no_place_cue():
    text = "She is a psychiatrist at Columbia. Columbia declined to comment."
    assert cued_places(text, _mentions(text, ("Columbia", "Organization"), ("Columbia", "Organization"))) == set()


def test_a_place_is_never_a_persons_first_name_but_may_be_a_surname():
    text = "A gunman opened fire in Aurora. His cousin, Aurora Vance, wept. ARLINGTON, Va. is far."
    mentions = _mentions(text, ("Aurora", "Place"), ("Aurora Vance", "Person"))
    assert placed_given_name(text, mentions, "Aurora", "Place", "Aurora Vance")  # written as a place
    assert placed_given_name(text, mentions, "ARLINGTON", "Place", "Arlington Moss")  # the gazetteer's, in capitals
    assert not placed_given_name(text, mentions, "Aurora", "Person", "Aurora Vance")  # the model's person
    assert not placed_given_name(text, mentions, "Vance", "Place", "Aurora Vance")  # a surname
    text = "Brindlecombe said no. Brindlecombe Hale agreed."
    mentions = _mentions(text, ("Brindlecombe", "Place"), ("Brindlecombe Hale", "Person"))
    assert not placed_given_name(text, mentions, "Brindlecombe", "Place", "Brindlecombe Hale")  # no cue, no gazetteer
    text = "The Aurora Vance-led group met. Aurora Vance spoke."
    mentions = _mentions(text, ("Aurora", "Place"), ("Aurora Vance", "Person"))
    assert not placed_given_name(text, mentions, "Aurora", "Place", "Aurora Vance")  # a piece of the full name


def test_a_town_unknown_to_the_gazetteer_written_before_its_state_or_country_is_a_place():
    text = "A gunman entered a Brindlecombe, Connecticut, school. Brindlecombe mourned."
    got = _mentions(text, ("Brindlecombe", "Organization"), ("Brindlecombe", "Person"))
    assert cued_places(text, got) == {0, 1}
    text = "The attack in Ostravel, Libya. Lawmakers studied Ostravel for years."
    assert cued_places(text, _mentions(text, ("Ostravel", "Organization"), ("Ostravel", "Organization"))) == {0, 1}


def test_a_name_before_a_states_possessive_or_a_title_is_no_town():
    text = "Brindlecombe, Texas’ top lawyer, spoke. Brindlecombe left."
    assert cued_places(text, _mentions(text, ("Brindlecombe", "Person"), ("Brindlecombe", "Person"))) == set()
