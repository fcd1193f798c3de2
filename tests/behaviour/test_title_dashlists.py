"""A plural title, a dash or a colon, then the names that hold it (issue 15, round 3), on invented
sentences: "three former chiefs of staff – A, B, and C" gives each named one the title, made singular
where the plural is inside the title ("chiefs of staff"); a singular title or a common noun gives none."""

from __future__ import annotations

from test_behaviour import facts, of

NAMES = ("Dana Whitfield", "Carlos Mendez", "Tom Hale")


def test_a_plural_title_before_a_dash_reaches_each_listed_name(nlp):
    text = "The list starts with three former Clinton chiefs of staff – Dana Whitfield, Carlos Mendez, and Tom Hale (who led the agency)."
    got = facts(nlp, text)
    assert [of(got, n, "title") for n in NAMES] == [{"chief of staff"}] * 3


def test_a_plural_title_before_a_colon_reaches_each_listed_name(nlp):
    got = facts(nlp, "The bill has two sponsors, both senators: Dana Whitfield and Carlos Mendez.")
    assert [of(got, n, "title") for n in NAMES[:2]] == [{"senator"}] * 2


def test_a_common_noun_or_a_title_ending_in_a_singular_word_before_a_dash_gives_none(nlp):
    got = facts(nlp, "The critics – Dana Whitfield and Carlos Mendez – disagreed.")
    assert of(got, "Dana Whitfield", "title") == set() and of(got, "Carlos Mendez", "title") == set()
    got = facts(nlp, "The state attorneys general – Dana Whitfield and Carlos Mendez – sued the agency.")
    assert of(got, "Dana Whitfield", "title") == set()
