"""A person named in full whom the lexicon lists as a member of Congress (``legislators.tsv``) is an
Official even where the article gives no office (issue 15); never a namesake the article gives a
private job, never a person a sentence names as seeking an office, and never a fact from the list
alone. Invented sentences; the names are real members' names from the table."""

from __future__ import annotations

from kg.resolve.article import extract


def _extraction(nlp, text):
    return extract(nlp(text), "d")


def classes(nlp, text):
    return {e.name: e.cls for e in _extraction(nlp, text).entities}


def test_listed_legislators_named_without_an_office_are_officials(nlp):
    text = "The letter to the agency was signed by Sherrod Brown and Tammy Duckworth on Tuesday."
    found = classes(nlp, text)
    assert [found.get(n) for n in ("Sherrod Brown", "Tammy Duckworth")] == ["Official", "Official"]


def test_a_listed_nickname_form_is_matched(nlp):
    text = "The proposal drew a sharp letter from Chuck Grassley about the agency's audits."
    assert classes(nlp, text).get("Chuck Grassley") == "Official"


def test_an_unlisted_name_stays_a_person(nlp):
    text = "The letter to the agency was signed by Carla Venndorf and Tammy Duckworth on Tuesday."
    assert classes(nlp, text).get("Carla Venndorf") == "Person"


def test_a_namesake_with_a_private_job_is_no_official(nlp):
    text = "Adam Smith, a professor of history at the state university, said the new fees were too high."
    assert classes(nlp, text).get("Adam Smith") != "Official"


def test_a_person_named_as_seeking_an_office_is_no_official(nlp):
    text = "Jamaal Bowman is running in the primary against the longtime incumbent, and the polls are close."
    assert classes(nlp, text).get("Jamaal Bowman") != "Official"


def test_the_list_adds_no_fact(nlp):
    text = "The letter to the agency was signed by Sherrod Brown and Tammy Duckworth on Tuesday."
    facts = _extraction(nlp, text).facts
    assert not [f for f in facts if f.prop in ("memberOf", "heads", "title")]


def test_a_listed_member_seeking_the_presidency_is_an_official(nlp):
    text = "Marco Rubio and Ted Cruz are the presidential candidates most likely to win the primary in March."
    found = classes(nlp, text)
    assert [found.get(n) for n in ("Marco Rubio", "Ted Cruz")] == ["Official", "Official"]


def test_a_listed_federal_officer_seeking_the_presidency_is_no_official(nlp):
    text = "Ben Carson, a retired neurosurgeon, is among the presidential candidates in the primary race."
    assert classes(nlp, text).get("Ben Carson") != "Official"  # his office came after the campaign


def test_a_namesake_named_as_an_organizations_own_is_no_official(nlp):
    text = "The NRA's Chris Cox called the measure the group's top legislative priority this year."
    assert classes(nlp, text).get("Chris Cox") != "Official"  # a listed member of Congress's namesake


def test_a_candidacy_word_outside_the_persons_own_phrase_keeps_the_list(nlp):
    text = "The businessman lost badly in a Senate primary last year to Chuck Grassley, the party's leaders said."
    assert classes(nlp, text).get("Chuck Grassley") == "Official"  # he won it: the incumbent
    text = "It makes no difference to the policy agenda whether Sherrod Brown or another Democrat holds that seat."
    assert classes(nlp, text).get("Sherrod Brown") == "Official"


def test_a_candidacy_word_in_the_persons_own_phrase_still_keeps_them_a_person(nlp):
    text = "Jamaal Bowman, the Democratic nominee in the district, spoke to voters about the bill on Monday."
    assert classes(nlp, text).get("Jamaal Bowman") != "Official"
    text = "Jamaal Bowman's bid drew support from the party's progressive wing and its congressional caucus."
    assert classes(nlp, text).get("Jamaal Bowman") != "Official"


def test_a_listed_member_whose_presidential_race_another_sentence_names_is_an_official(nlp):
    """ "Warren's campaign said" names a candidacy, but another sentence says the race is for the
    presidency ("the Massachusetts Democrat and presidential candidate"): a member of Congress seeks it
    after serving, so the list's office was held."""
    text = (
        "Tammy Duckworth proposed a new plan on Friday. Duckworth's plan answers critics who said the Illinois "
        "Democrat and presidential candidate had been vague. Duckworth's campaign said the plan was sound."
    )
    assert classes(nlp, text).get("Tammy Duckworth") == "Official"
    text = "Tammy Duckworth proposed a new plan on Friday. Duckworth's campaign said the plan was sound."
    assert classes(nlp, text).get("Tammy Duckworth") != "Official"  # a race for an office not named


def test_a_rare_surname_alone_of_listed_office_holders_is_an_officials_in_a_political_sentence(nlp):
    # Paul Kanjorski sat in the House (legislators.tsv); the Census surname table does not hold "Kanjorski"
    from test_behaviour import classes

    assert classes(nlp, "When Kanjorski and the House Democrats came back, they voted for the budget.")["Kanjorski"] == "Official"


def test_a_surname_alone_of_listed_holders_is_no_officials_outside_politics_or_when_common(nlp):
    from test_behaviour import classes

    assert classes(nlp, "The chef, Kanjorski, cooked a fine dinner for the guests.").get("Kanjorski") in ("Person", None)
    singer = "A month later, rock singer Kanjorski uttered the phrase during the broadcast, and the FCC fined the network."
    assert classes(nlp, singer).get("Kanjorski") in ("Person", None)  # a body in the sentence is no politics of his
    court = "At issue before the court was the FCC's change of the rules after rock star Kanjorski's remark at an awards show."
    assert classes(nlp, court).get("Kanjorski") in ("Person", None)  # a court's case is no sentence about Congress
    assert classes(nlp, "When Johnson and the House Democrats came back, they voted for the budget.").get("Johnson") in (
        "Person",
        None,
    )
