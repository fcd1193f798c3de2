"""Staff of private groups named by their job after the name (issue 15): a hyphenated title is read
whole ("editor-in-chief", "editor-at-large"), a lobbyist at a group works there, and a curator of a
gallery is on its staff."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_hyphenated_title_is_read_whole(nlp):
    got = facts(nlp, "Tom Baker, editor-in-chief of the Daily Ledger, called the plan a mess.")
    assert of(got, "Tom Baker", "title") == {"editor-in-chief"}
    got = facts(nlp, "Ledger editor-at-large Paul Brennan said he considered the page gone.")
    assert of(got, "Paul Brennan", "title") == {"editor-at-large"}


def test_a_lobbyist_at_a_group_is_its_member(nlp):
    got = facts(nlp, "Dana Whitfield, a top lobbyist at the National Association of Home Builders, said no.")
    assert of(got, "Dana Whitfield", "title") == {"lobbyist"}
    assert of(got, "Dana Whitfield", "memberOf") == {"National Association of Home Builders"}


def test_a_president_elect_of_a_group_is_a_member_and_no_official(nlp):
    got = facts(nlp, "Dana Whitfield, the president-elect of the Springfield Bar Association, spoke.")
    assert of(got, "Dana Whitfield", "memberOf") == {"Springfield Bar Association"}
    assert not of(got, "Dana Whitfield", "heads")


def test_a_curator_of_a_gallery_is_its_member_and_shares_a_coordinated_body(nlp):
    got = facts(nlp, '"We should honor all cultures," said Rico White, founder and curator of the Black Lake Gallery.')
    assert of(got, "Rico White", "memberOf") == {"Black Lake Gallery"}
    assert of(got, "Rico White", "title") == {"founder", "curator"}


def test_a_body_of_a_listed_post_is_no_person_titled_by_the_next_post(nlp):
    got = facts(
        nlp,
        "Thank you, Dr. Jane Kim, professor at Lakeside College, lecturer at Brightwater Medical School, "
        "founder of Doctors for Fair Care.",
    )
    assert not of(got, "Brightwater Medical School", "title")
    assert not of(got, "Brightwater Medical School", "memberOf")
