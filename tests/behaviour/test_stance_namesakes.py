"""A bill named after its sponsors (issue 15), on invented sentences: "Sen. Dave Orrin ... the Orrin-Pell
bill", "Councilwoman Mara Quill ... the Quill amendment": each legislator it is named after supports it;
with the near-misses that state nothing (a namesake who holds no seat, two persons of one surname, a
name in the possessive, a legislator said to oppose it)."""

from __future__ import annotations

from test_stance_predicates import stances

from kg.resolve.eponyms import namesake_names


def test_each_legislator_a_bill_is_named_after_supports_it(nlp):
    text = (
        "Sens. Dave Orrin and Lena Pell unveiled a new health plan on Monday. "
        "The Orrin-Pell bill would send the money to the states in block grants."
    )
    assert {s for s in stances(nlp, text) if s[1] == "supports"} == {
        ("Dave Orrin", "supports", "Orrin-Pell bill"),
        ("Lena Pell", "supports", "Orrin-Pell bill"),
    }


def test_a_council_amendment_named_after_its_author(nlp):
    text = (
        "Councilwoman Mara Quill spoke at the meeting on Monday. "
        "Critics argue that the Quill amendment strips away the rights of residents."
    )
    assert ("Mara Quill", "supports", "Quill amendment") in stances(nlp, text)


def test_no_stance_for_a_namesake_without_a_seat_or_for_an_ambiguous_surname(nlp):
    no_seat = "Attorney General Dave Orrin spoke on Monday. The Orrin Amendment bars the use of federal funds."
    assert not stances(nlp, no_seat)
    two = (
        "Sen. Dave Orrin and his brother, the writer Tom Orrin, spoke on Monday. "
        "The Orrin bill would send the money to the states."
    )
    assert not {s for s in stances(nlp, two) if s[1] == "supports"}


def test_only_a_name_made_of_surnames_and_a_law_noun_is_a_namesake():
    assert namesake_names("the Orrin-Pell health care bill") == ["Orrin", "Pell"]
    assert namesake_names("Quill amendment") == ["Quill"]
    assert namesake_names("Kate's Law") == []
    assert namesake_names("Brady Handgun Violence Prevention Act") == []
    assert namesake_names("H.R. 1") == []


def test_an_established_name_is_no_namesake_of_a_legislator_in_the_news(nlp):
    text = "Sen. Dave Orrin spoke on Monday. Many churches know about the Orrin Amendment of 1954."
    assert not stances(nlp, text)
    assert namesake_names("Orrin Amendment") == []


def test_a_namesake_amendment_opening_a_sentence(nlp):
    """ "The Quill amendment ..." opens its sentence: the capital T is no other name."""
    text = "Councilwoman Mara Quill spoke at the meeting on Monday. The Quill amendment would cap the rents of small shops."
    assert ("Mara Quill", "supports", "Quill amendment") in stances(nlp, text)
