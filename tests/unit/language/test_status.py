"""kg.language.status: the office a printed title names, and the status and years a sentence gives."""

from __future__ import annotations

import pytest

from kg.language.status import read_status, role_label, title_label


@pytest.mark.parametrize(
    "printed, label, kind",
    [
        ("mayor", "Mayor", "head"),
        ("Mayor", "Mayor", "head"),
        ("special counsel", "Special Counsel", None),
        ("Special Counsel", "Special Counsel", None),
        ("acting Director", "Director", "head"),
        ("Former border czar", "Border Czar", "member"),
        ("then-Mayor", "Mayor", "head"),
        ("Gov.", "Governor", "head"),
        ("deputy director", "Deputy Director", None),  # "deputy" names another office, not a status
        ("Senior Editor", "Senior Editor", None),
        ("Vice-President", "Vice President", "member"),
    ],
)
def test_role_label_is_one_per_office(printed, label, kind):
    got_label, got_kind = role_label(printed)
    assert got_label == label
    assert kind is None or got_kind == kind


def test_title_label_keeps_only_the_not_yet_held_suffixes():
    assert title_label("justice-elect") == title_label("Justice-elect") == "Justice-elect"
    assert title_label("attorney general nominee") == "Attorney General nominee"
    assert title_label("interim police chief") == title_label("Police Chief") == "Police Chief"


def test_title_label_keeps_a_word_before_it_that_says_it_is_not_held_yet():
    """ "incoming chair" is no chair yet, as "chair-elect" is not: the label keeps the word that says so."""
    assert title_label("incoming chair") == title_label("Incoming Chair") == "Incoming Chair"
    assert title_label("former chair") == title_label("acting chair") == "Chair"


def at(sentence: str, name: str) -> list[tuple[int, int]]:
    i = sentence.index(name)
    return [(i, i + len(name))]


@pytest.mark.parametrize(
    "sentence, printed, status",
    [
        ("Former Gov. Jane Roe spoke.", "former Governor", "former"),
        ("Then-Mayor Jane Roe signed it.", "Mayor", "former"),
        ("Mayor-elect Jane Roe will take office.", "Mayor", "elect"),
        ("Secretary-designate Jane Roe testified.", "Secretary", "elect"),
        ("Interim Police Chief Jane Roe said so.", "Interim Police Chief", "interim"),
        ("Acting Director Jane Roe said so.", "Acting Director", "acting"),
        ("The late Sen. Jane Roe was honored.", "Senator", "former"),
        ("Onetime Mayor Jane Roe was honored.", "Mayor", "former"),
        ("Retired Judge Jane Roe was honored.", "Judge", "former"),
        ("Chief Jane Roe stepped down last week.", "Chief", "former"),
        ("Jane Roe has served as chief since 2019.", "chief", "current"),
        ("Mayor Jane Roe spoke.", "Mayor", "current"),
    ],
)
def test_status(sentence, printed, status):
    assert read_status(sentence, printed, at(sentence, "Jane Roe"), [], 2024).status == status


def test_years_and_an_end_before_the_article_is_former():
    s = "Jane Roe was chief from 2010 to 2014."
    h = read_status(s, "chief", at(s, "Jane Roe"), [], 2024)
    assert (h.status, h.start, h.end) == ("former", 2010, 2014)
    h = read_status(
        "Chief Jane Roe, appointed in 2017, spoke.",
        "Chief",
        at("Chief Jane Roe, appointed in 2017, spoke.", "Jane Roe"),
        [],
        2024,
    )
    assert (h.status, h.start, h.end) == ("current", 2017, None)


def test_another_persons_words_do_not_count():
    s = "Mayor Jane Roe thanked Ann Lee, who stepped down in 2018."
    h = read_status(s, "Mayor", at(s, "Jane Roe"), at(s, "Ann Lee"), 2024)
    assert (h.status, h.end) == ("current", None)
    h = read_status(s, None, at(s, "Ann Lee"), at(s, "Jane Roe"), 2024)
    assert (h.status, h.end) == ("former", 2018)


def test_a_modifier_of_another_persons_title_is_no_cue():
    """ "retired justice X" and "the late Justice Y" describe X and Y, not the holder named before."""
    s = "Chief Justice Jane Roe administered the oath, and retired justice Ann Lee administered the other."
    assert read_status(s, "Chief Justice", at(s, "Jane Roe"), [], 2024).status == "current"
    s = "Vice President Jane Roe praised the pick, in the tradition of the late Justice Ann Lee."
    assert read_status(s, "Vice President", at(s, "Jane Roe"), [], 2024).status == "current"


@pytest.mark.parametrize(
    "sentence, printed, status",
    [
        ("Lawyers said then-FBI Deputy Director Jane Roe pushed him.", "Deputy Director", "former"),
        ("Memos by then-Acting FBI Director Jane Roe were cited.", "Director", "former"),
        ("He met former President Smith's Attorney General Jane Roe.", "Attorney General", "current"),
        ("The one-time Mayor Jane Roe spoke.", "Mayor", "former"),
        ("Fired Parks Director Jane Roe sued the city.", "Director", "former"),
        ("Jane Roe, the board's since-ousted chair, sued.", "chair", "former"),
    ],
)
def test_modifiers_before_a_body_name_but_not_before_another_title(sentence, printed, status):
    assert read_status(sentence, printed, at(sentence, "Jane Roe"), [], 2024).status == status


@pytest.mark.parametrize(
    ("printed", "kind"),
    [("Deputy AG", "member"), ("Assistant FBI Director", "member"), ("Under Secretary", "member"), ("Director", "head")],
)
def test_an_office_under_a_member_modifier_is_a_members(printed, kind):
    from kg.language.status import office_kind

    assert office_kind(printed) == kind


def test_an_acronym_title_stays_in_capitals():
    """The lexicon's "ceo" is written "CEO": its label was "Ceo" until session 23."""
    assert role_label("CEO") == ("CEO", "head")
    assert title_label("former CEO") == "CEO"
    assert role_label("police commissioner")[0] == "Police Commissioner"
