"""Behaviour tests for the years of laws and rulings written around their names (issue 15): a year
before a ruling's name and a ruling noun, a year in brackets after a case name, a law noun with a
year set beside a law's name, and an enacting participle with its year right after the name; and
the years that are none of these (plans, introductions, two years, a year of something else).
Invented sentences only."""

from __future__ import annotations

import pytest
from test_behaviour import facts

DATES = ("enactedDate", "amendedDate", "decisionDate")


def dates(nlp, text):
    return {f for f in facts(nlp, text) if f[1] in DATES}


@pytest.mark.parametrize(
    "text, fact",
    [
        (
            "Donations to campaigns soared after the 2014 Ortega v. Springfield decision.",
            ("Ortega v. Springfield", "decisionDate", "2014"),
        ),
        (
            "The justices cited Ortega v. Springfield (1982) in their opinion on Monday.",
            ("Ortega v. Springfield", "decisionDate", "1982"),
        ),
        (
            "The new rules narrow the Harbor Safety Act, a 1984 law that bars dredging near piers.",
            ("Harbor Safety Act", "enactedDate", "1984"),
        ),
        (
            "Oregon has a 1979 state law — the Harbor Safety Act — that bars dredging near piers.",
            ("Harbor Safety Act", "enactedDate", "1979"),
        ),
        (
            "The governor may invoke the Harbor Safety Act, passed in 1891, to close the port.",
            ("Harbor Safety Act", "enactedDate", "1891"),
        ),
        (
            "This session dealt with the Harbor Safety Act, passed by Congress in 1996.",
            ("Harbor Safety Act", "enactedDate", "1996"),
        ),
        (
            "The Harbor Safety Act (HSA), a federal law enacted in 2004, requires port inspections.",
            ("Harbor Safety Act", "enactedDate", "2004"),
        ),
        (
            "When the Harbor Safety Act passed in March 2011, shippers expected higher fees.",
            ("Harbor Safety Act", "enactedDate", "2011"),
        ),
        (
            "When Congress passed the Harbor Safety Act (“HSA”) in 1971, it also funded inspectors.",
            ("Harbor Safety Act", "enactedDate", "1971"),
        ),
        (
            "Shippers said the bill would undo much of the 2012 port law, often called the Harbor Safety Act.",
            ("Harbor Safety Act", "enactedDate", "2012"),
        ),
        ("The Harbor Safety Act, amended in 2015, still bars dredging near piers.", ("Harbor Safety Act", "amendedDate", "2015")),
    ],
)
def test_a_year_written_around_the_name_dates_the_law_or_ruling(nlp, text, fact):
    assert fact in dates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Safety Act, introduced in 2013, would bar dredging near piers.",
        "The Harbor Safety Act, which would take effect in 2020, bars dredging near piers.",
        "The Harbor Safety Act, passed in 2009 and 2010, bars dredging near piers.",
        "The Harbor Safety Act passed the Senate in 2013 but stalled in the House.",
        "The Harbor Safety Act, a 2010 law firm in Springfield, sued the city.",
        "The Harbor Safety Act, which Congress hopes to pass in 2021, bars dredging near piers.",
        "Mayor Dana Price, elected in 2012, signed the Harbor Safety Act last week.",
        "Ortega v. Springfield, heard in 2016, is pending before the Springfield Supreme Court.",
        "The mayor hired a 2012 law firm called the Harbor Safety Act Group.",
        "Marchers honored the 1982 Springfield Supreme Court Ortega v. Springfield decision.",
    ],
)
def test_a_plan_an_introduction_two_years_or_another_event_give_no_date(nlp, text):
    assert not dates(nlp, text)


@pytest.mark.parametrize(
    "text, fact",
    [
        (
            "The Harbor Safety Act raised fees. Shippers fought over the 2012 port safety law for months.",
            ("Harbor Safety Act", "enactedDate", "2012"),
        ),
        (
            "Oregon defended the Harbor Safety Act. A court upheld the Democratic-backed 2015 Oregon law.",
            ("Harbor Safety Act", "enactedDate", "2015"),
        ),
    ],
)
def test_a_dated_law_descriptor_dates_the_one_law_the_article_names(nlp, text, fact):
    assert fact in dates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Safety Act raised fees. A 2012 law set the tolls.",
        "The Harbor Safety Act raised fees, and the Dock Toll Act cut them. The 2012 law set the tolls.",
        "The Harbor Safety Act raised fees. Critics cited the 2002 Ortega-Lind port law.",
        "The Harbor Safety Act raised fees. The 1999 law firm sued the port.",
    ],
)
def test_an_indefinite_or_named_descriptor_or_two_laws_give_no_date(nlp, text):
    assert not dates(nlp, text)


def test_a_separate_ruling_in_the_sentence_does_not_date_the_named_one(nlp):
    text = "Since the Ortega v. Springfield decision and a separate 2010 Springfield Supreme Court ruling that extended it, the court has taken few cases."
    assert not dates(nlp, text)
