"""Two titles joined by "and" between a body and a name (issue 15), on invented sentences: "Acme
President and CEO X" heads Acme and holds both titles; "founder and president" too. Not when either
title is a government office's ("Springfield Mayor and Police Chief X" may be two people)."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_body_before_a_pair_of_titles_is_the_names(nlp):
    got = facts(nlp, "Consumers Energy President and CEO Dana Whitfield said the plant would close.")
    assert of(got, "Dana Whitfield", "heads") == {"Consumers Energy"}
    assert of(got, "Dana Whitfield", "title") == {"President", "CEO"}


def test_a_founder_and_president_heads_the_group(nlp):
    got = facts(nlp, "Harbor Health Alliance founder and president Carlos Mendez said the group would sue.")
    assert of(got, "Carlos Mendez", "heads") == {"Harbor Health Alliance"}
    assert of(got, "Carlos Mendez", "title") == {"founder", "president"}


def test_a_pair_with_a_government_office_gives_the_name_no_first_title(nlp):
    got = facts(nlp, "Springfield Mayor and Police Chief Dana Whitfield spoke at the meeting.")
    assert "Mayor" not in of(got, "Dana Whitfield", "title")
