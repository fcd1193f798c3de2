"""Stances on invented sentences: a stance named by a noun (a veto, expressed support), an evaluation called by a plain noun and its adjective, and another's reading of a body's aim."""

from __future__ import annotations

from test_stance_marks import stances


def test_a_veto_by_an_executive_on_a_bill_is_opposition(nlp):
    for text in (
        "The Legislature failed on Tuesday to override a veto by Governor Ellen Park on the Harbor Act.",
        "The Legislature failed to override a veto by Governor Ellen Park on housing bill SB 12.",
        "Lawmakers sustained Governor Ellen Park's veto of the Harbor Act on Friday.",
    ):
        found = stances(nlp, text)
        assert any(s[0] == "Ellen Park" and s[1] == "opposes" for s in found), (text, found)


def test_a_veto_named_without_its_agent_or_its_bill_gives_no_stance(nlp):
    for text in (
        "The Harbor Act passed in May. Governor Ellen Park said in her veto message that it was flawed policy.",
        "Lawmakers voted on Tuesday to override a veto of the Harbor Act.",
    ):
        assert not {s for s in stances(nlp, text) if s[1] == "opposes" and s[0] != "Legislature"}, text


def test_what_an_outsider_claims_a_body_wanted_is_not_the_bodys_stance(nlp):
    for verb in ("claims", "argues"):
        text = f"Judge Tom Bell {verb} that Congress wanted to repeal the Harbor Act but lacked the votes."
        assert not {s for s in stances(nlp, text) if "Congress" in s[0]}, text
    spoken = "Tom Bell, a spokesman, said the Springfield Tenants Union opposes the Harbor Act."
    assert ("Springfield Tenants Union", "opposes", "Harbor Act") in stances(nlp, spoken)


def test_a_stance_stated_as_a_noun_is_its_stating_verbs_subjects(nlp):
    for text, fact in (
        ("Governor Ellen Park expressed support for the Harbor Act.", ("Ellen Park", "supports", "Harbor Act")),
        ("Senator Dave Orrin voiced opposition to the Harbor Act on Tuesday.", ("Dave Orrin", "opposes", "Harbor Act")),
        ("Governor Ellen Park threatened a veto of the Harbor Act.", ("Ellen Park", "opposes", "Harbor Act")),
    ):
        assert fact in stances(nlp, text), text


def test_a_stance_noun_received_denied_or_supposed_names_no_holder(nlp):
    for text in (
        "Governor Ellen Park won support for the Harbor Act.",
        "Senator Dave Orrin drew criticism for the Harbor Act.",
        "Governor Ellen Park did not express support for the Harbor Act.",
        "If Governor Ellen Park voices support for the Harbor Act, it will pass.",
    ):
        assert not stances(nlp, text), text


def test_a_law_called_a_plain_noun_with_an_evaluative_adjective_is_evaluated(nlp):
    for text, fact in (
        ("Senator Dave Orrin called the Harbor Act a reckless bill.", ("Dave Orrin", "opposes", "Harbor Act")),
        (
            "On Monday, Senator Dave Orrin called the Harbor Act a \u201cfake repeal\u201d that keeps the old taxes.",
            ("Dave Orrin", "opposes", "Harbor Act"),
        ),
        ("Senator Dave Orrin called the Harbor Act a sensible compromise.", ("Dave Orrin", "supports", "Harbor Act")),
    ):
        assert fact in stances(nlp, text), text
    assert not stances(nlp, "Senator Dave Orrin did not call the Harbor Act a reckless bill.")
    assert not stances(nlp, "Senator Dave Orrin called the Harbor Act a long bill.")


def test_a_question_or_an_unowned_effort_inside_a_quotation_is_no_stance_of_its_speaker(nlp):
    for text in (
        "The Harbor Act passed in 2010. \u201cShould we repeal the Harbor Act?\u201d asked Senator Dave Orrin.",
        "\u201cWe have seen efforts to repeal the Harbor Act,\u201d said Senator Dave Orrin.",
        "Senator Dave Orrin opposed efforts to repeal the Harbor Act.",
    ):
        assert ("Dave Orrin", "opposes", "Harbor Act") not in stances(nlp, text), text
    for text in (
        "\u201cWe will repeal the Harbor Act,\u201d said Senator Dave Orrin.",
        "Senator Dave Orrin led the effort to repeal the Harbor Act.",
    ):
        assert ("Dave Orrin", "opposes", "Harbor Act") in stances(nlp, text), text
