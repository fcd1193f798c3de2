"""The table of members of Congress (``legislators.tsv``) and its loader."""

from __future__ import annotations

import pytest

from kg.lexicon.entries import LexiconError
from kg.lexicon.legislators import holder_key, legislator_keys, load_legislators

HEADER = "# a comment line\nname\tfirst\tnickname\tlast\tchamber\tstate\tparty\n"


def _write(tmp_path, rows):
    (tmp_path / "legislators.tsv").write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def test_rows_and_name_forms(tmp_path):
    d = _write(
        tmp_path,
        [
            ("Bob Casey Jr.", "Robert", "Bob", "Casey", "senate", "PA", "D"),
            ("Morgan Griffith", "H.", "", "Griffith", "house", "VA", "R"),
        ],
    )
    casey, griffith = load_legislators(d)
    assert casey.forms == ("Bob Casey Jr.", "Bob Casey")  # not "Robert Casey": his father's name (a "Jr." row)
    assert griffith.forms == ("Morgan Griffith",)  # "H. Griffith": an initial alone is no first name
    assert holder_key("Bob Casey") in legislator_keys(d)
    assert holder_key("Robert Casey") not in legislator_keys(d)
    assert holder_key("H. Griffith") not in legislator_keys(d)


def test_keys_ignore_case_periods_spaces_and_apostrophe_forms():
    assert holder_key("Beto O’Rourke") == holder_key("beto o'rourke") == "betoo'rourke"
    assert holder_key("G. K. Butterfield") == holder_key("G.K. Butterfield")


def test_a_bad_chamber_is_reported_with_its_line(tmp_path):
    d = _write(tmp_path, [("Jane Roe", "Jane", "", "Roe", "assembly", "NY", "D")])
    with pytest.raises(LexiconError, match=r"legislators.tsv:3: unknown chamber 'assembly'"):
        load_legislators(d)


def test_a_one_word_name_is_refused(tmp_path):
    d = _write(tmp_path, [("Roe", "Jane", "", "Roe", "house", "NY", "D")])
    with pytest.raises(LexiconError, match="full name"):
        load_legislators(d)


def test_the_shipped_table_holds_current_and_former_members():
    keys = legislator_keys()
    for name in ("Cory Booker", "Bernie Sanders", "Mick Mulvaney", "Jim Webb", "Hillary Clinton"):
        assert holder_key(name) in keys, name
    assert len(load_legislators()) > 1000
