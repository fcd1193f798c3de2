"""governors.tsv and federal_officers.tsv read and matched (kg.lexicon.holders): name forms, nicknames, bad rows."""

from __future__ import annotations

import shutil

import pytest

from kg.lexicon.entries import LexiconError
from kg.lexicon.holders import federal_offices, governed, name_keys
from kg.lexicon.resources import lexicon_path


def test_first_name_and_surname_initials_and_suffixes_aside():
    assert name_keys("Nikki R. Haley") >= {("nikki", "haley")}
    assert name_keys("Joe Manchin III") >= {("joe", "manchin")}
    assert name_keys("Edmund G. Brown Jr.") >= {("edmund", "brown jr")}  # "Jr." and "Sr." tell father and son apart
    assert not name_keys("Jesse Jackson") & name_keys("Jesse Jackson Jr.")
    assert name_keys("Haley") == frozenset()


def test_a_nickname_in_quotes_or_parentheses_is_a_first_name_too():
    assert ("butch", "otter") in name_keys("C.L. “Butch” Otter")
    assert ("jay", "nixon") in name_keys("Jeremiah W. (Jay) Nixon")


def test_governed_states():
    assert governed("Nikki Haley") == {"South Carolina"}
    assert governed("Jay Nixon") == {"Missouri"}
    assert governed("Chris Christie") == {"New Jersey"}  # a short form of the listed "Christopher"
    assert governed("Martin O'Malley") == governed("Martin O’Malley") == {"Maryland"}
    assert governed("Scott Walker") == {"Wisconsin"}
    assert governed("Dana Whitfield") == frozenset()


def test_a_row_naming_no_place_fails_with_file_and_line(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(lexicon_path("governors.tsv").parent, folder)
    path = folder / "governors.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "Dana Whitfield\tAtlantis\t2001\t2005\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"governors\.tsv:\d+: state 'Atlantis' names no row of places\.tsv"):
        governed("Dana Whitfield", folder)


def test_years_out_of_order_fail(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(lexicon_path("governors.tsv").parent, folder)
    path = folder / "governors.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "Dana Whitfield\tOhio\t2005\t2001\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not two years in order"):
        governed("Dana Whitfield", folder)


def test_federal_offices_by_name():
    assert federal_offices("Betsy DeVos") == {"Secretary of Education"}
    assert "Justice of the Supreme Court" in federal_offices("Antonin Scalia")
    assert federal_offices("Dana Whitfield") == frozenset()
    assert federal_offices("DeVos") == frozenset()  # a surname alone matches nobody
