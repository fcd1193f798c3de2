"""Members of Congress on the list named with their state under a plural noun of a chamber's members
(issue 15, kg.resolve.memberlists): "sitting senators ... They include A of Maine, B of Louisiana";
strict near misses: another state, state senators, no plural noun."""

from __future__ import annotations

from test_behaviour import facts, of

SENATE = "United States Senate"
LEAD = "Four seats held by sitting senators of the minority look shaky this fall."


def test_listed_senators_with_their_states_after_a_plural_noun_sit_in_the_senate(nlp):
    got = facts(nlp, f"{LEAD} They include Olympia Snowe of Maine, David Vitter of Louisiana, and Dana Whitfield of Ohio.")
    assert of(got, "Olympia Snowe", "memberOf") == {SENATE}
    assert of(got, "David Vitter", "memberOf") == {SENATE}
    assert of(got, "Dana Whitfield", "memberOf") == set()  # on no list


def test_the_plural_noun_in_the_same_sentence_before_the_list(nlp):
    text = "The party hopes to defeat several senators, including David Vitter of Louisiana and Olympia Snowe of Maine."
    assert of(facts(nlp, text), "Olympia Snowe", "memberOf") == {SENATE}


def test_a_state_the_list_does_not_give_or_state_senators_or_no_plural_noun_say_nothing(nlp):
    got = facts(nlp, f"{LEAD} They include Olympia Snowe of Ohio and David Vitter of Texas.")
    assert of(got, "Olympia Snowe", "memberOf") == of(got, "David Vitter", "memberOf") == set()
    got = facts(nlp, "Several state senators look shaky this fall. They include Olympia Snowe of Maine.")
    assert of(got, "Olympia Snowe", "memberOf") == set()
    got = facts(nlp, "Four races look shaky this fall. They include Olympia Snowe of Maine.")
    assert of(got, "Olympia Snowe", "memberOf") == set()


def test_a_listed_senator_who_also_held_a_federal_office_is_a_senator_too(nlp):
    """A name on the list of federal officers as well: the plural noun over the list says which office they hold
    here; each listed one also gets the noun's title."""
    text = "GOP senators such as Olympia Snowe of Maine, David Vitter of Louisiana and Dan Coats of Indiana met the nominee."
    got = facts(nlp, text)
    assert of(got, "Dan Coats", "memberOf") == {SENATE}
    assert of(got, "David Vitter", "memberOf") == {SENATE}
    assert of(got, "Dan Coats", "title") == of(got, "David Vitter", "title") == {"senator"}
