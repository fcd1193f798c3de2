"""Stances on invented sentences: whose position a sentence states, and which law "the law" means."""

from __future__ import annotations

from kg.resolve.article import extract


def stances(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, names[f.obj]) for f in x.facts if f.prop in ("supports", "opposes")}


def test_what_another_speaker_claims_of_a_holder_is_not_the_holders_stance(nlp):
    for text in (
        "Senator Dave Orrin warned that Governor Ellen Park \u201cwants to repeal the Harbor Act.\u201d",
        "Senator Dave Orrin said that Governor Ellen Park wants to repeal the Harbor Act.",
    ):
        assert ("Ellen Park", "opposes", "Harbor Act") not in stances(nlp, text), text
    own = "Governor Ellen Park said she wants to repeal the Harbor Act."
    assert ("Ellen Park", "opposes", "Harbor Act") in stances(nlp, own)


def test_what_one_party_demands_of_another_is_not_the_others_stance(nlp):
    for text in (
        "Mayor Jane Roe demanded that Congress repeal the Harbor Act.",
        "That does not stop Mayor Jane Roe from demanding Congress overturn the Harbor Act.",
    ):
        assert not {s for s in stances(nlp, text) if s[0] == "Congress"}, text


def test_the_law_after_another_unnamed_law_is_not_the_named_one(nlp):
    other = (
        "Governor Ellen Park signed the Harbor Act in 2019.\n\n"
        "Last year, business groups urged her to veto a law that would have closed the port. Ms. Park vetoed the law."
    )
    assert ("Ellen Park", "opposes", "Harbor Act") not in stances(nlp, other)
    same = "The Harbor Act passed the House in May.\n\nGovernor Ellen Park vetoed the law on Friday."
    assert ("Ellen Park", "opposes", "Harbor Act") in stances(nlp, same)


def test_a_harm_to_one_person_is_no_stance_on_the_law(nlp):
    law = "The Harbor Act passed the House on Monday.\n\n"
    one = law + "\u201cIt may hurt him in the next election,\u201d Senator Dave Orrin said."
    assert ("Dave Orrin", "opposes", "Harbor Act") not in stances(nlp, one)
    public = law + "\u201cIt will hurt working families,\u201d Senator Dave Orrin said."
    assert ("Dave Orrin", "opposes", "Harbor Act") in stances(nlp, public)
