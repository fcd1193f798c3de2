"""Terms of office as data (kg.lexicon.terms): a term covers a date only surely, presidents by name and date."""

from __future__ import annotations

import shutil

import pytest

from kg.lexicon.entries import LexiconError
from kg.lexicon.holders import federal_terms
from kg.lexicon.resources import lexicon_path, load_json
from kg.lexicon.terms import article_day, covers, president_terms, sitting_president


def test_a_term_covers_the_days_strictly_inside_it():
    assert covers("2009-02-03", "2015-04-27", "2014-01-10")
    assert not covers("2009-02-03", "2015-04-27", "2015-04-27")  # the day of the handover: neither term
    assert not covers("2009-02-03", "2015-04-27", "2009-02-03")
    assert not covers("2009-02-03", "2015-04-27", "2016-01-01")


def test_a_shorter_date_is_read_to_stay_precise():
    assert not covers("2015", "2017-01-20", "2015-06-01")  # began some day of 2015: perhaps after June
    assert covers("2015", "2017-01-20", "2016-01-01")
    assert not covers("2011-12", "2015-02", "2015-02-10")  # ended some day of February 2015
    assert covers("2011-12", "2015-02", "2015-01-31")


def test_an_open_or_unknown_end_and_an_undated_article_cover_nothing():
    assert not covers("2025-01-20", "", "2025-06-01")
    assert not covers("2009-02-03", "2015-04-27", None)
    assert article_day("2014-01-10T08:00:00") == "2014-01-10"
    assert article_day("") is None and article_day(None) is None and article_day("2014") is None


def test_the_sitting_president_by_full_name_or_surname():
    assert sitting_president(["Donald Trump", "Trump"], "2018-03-27")
    assert sitting_president(["Trump"], "2018-03-27")
    assert sitting_president(["Donald J. Trump"], "2018-03-27")  # a form of the name the list gives
    assert sitting_president(["Obama"], "2014-05-01")
    assert sitting_president(["Bush"], "2005-05-01")  # George W. then, George H.W. in 1990
    assert sitting_president(["Bush"], "1990-05-01")


def test_a_former_president_a_namesake_or_no_date_is_not_sitting():
    assert not sitting_president(["Barack Obama"], "2018-03-27")
    assert not sitting_president(["Eric Trump", "Trump"], "2018-03-27")  # a full name decides
    assert not sitting_president(["Trump"], None)
    assert not sitting_president(["Donald Trump"], "2017-01-20")  # inauguration day: either president


def test_every_president_since_1900_has_a_term_in_order():
    terms = president_terms()
    holders = load_json("officeholders.json")["holders"]["United States"]["president"]
    assert {n for n in holders if holders.index(n) >= holders.index("William McKinley")} <= {
        n for names, *_ in load_json("officeholders.json")["terms"]["United States"]["president"] for n in names
    }
    for (_, _, _, end), (_, _, start, _) in zip(terms, terms[1:]):
        assert end == start  # each term ends the day the next begins


def test_federal_terms_by_name():
    assert ("Attorney General", "2009-02-03", "2015-04-27") in federal_terms("Eric Holder")
    assert {o for o, *_ in federal_terms("Mike Pompeo")} == {"Director of the CIA", "Secretary of State"}
    assert federal_terms("Dana Whitfield") == frozenset()


def test_a_term_that_is_no_date_fails_with_file_and_line(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(lexicon_path("federal_officers.tsv").parent, folder)
    path = folder / "federal_officers.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "Dana Whitfield\tAttorney General\t2019\t2015\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"federal_officers\.tsv:\d+: term '2019' to '2015'"):
        federal_terms("Dana Whitfield", folder)


def test_every_department_of_an_office_is_a_body_of_the_lexicon():
    from kg.lexicon.load import load_lexicon

    lex = load_lexicon()
    offices = {row[1] for row in _rows()}
    for office, d in load_json("officeholders.json")["departments"].items():
        assert office in offices
        assert lex.body(d["body"]) is not None and lex.body(d["body"]).name == d["body"]


def _rows():
    text = lexicon_path("federal_officers.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith(("#", "name\t"))]
