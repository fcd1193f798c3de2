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
        assert not {s for s in stances(nlp, text) if "Congress" in s[0]}, text


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


def test_a_body_reported_by_its_spokesman_keeps_its_stance(nlp):
    text = "Tom Bell, a spokesman, said the Springfield Tenants Union opposes the Harbor Act."
    assert stances(nlp, text) == {("Springfield Tenants Union", "opposes", "Harbor Act")}


def test_a_common_noun_does_not_point_forward_or_to_a_law_another_name_qualifies(nlp):
    forward = "Senator Dave Orrin praised the bill on Tuesday.\n\nThe Harbor Act, a separate law, passed in 2015."
    assert ("Dave Orrin", "supports", "Harbor Act") not in stances(nlp, forward)
    qualified = "The Harbor Act passed in 1968.\n\nGovernor Ellen Park vowed to restore the HPA rule."
    assert ("Ellen Park", "supports", "Harbor Act") not in stances(nlp, qualified)
    plain = "The Harbor Act passed in 1968.\n\nGovernor Ellen Park vowed to restore the rule."
    assert ("Ellen Park", "supports", "Harbor Act") in stances(nlp, plain)


def test_i_in_a_quotation_inside_a_quotation_is_not_the_speaker(nlp):
    text = (
        "The Harbor Act passed in May.\n\n\u201cIf you vote no now, you are telling voters, 'I voted to repeal the "
        "Harbor Act only when it did not count,'\u201d said Senator Dave Orrin."
    )
    assert ("Dave Orrin", "opposes", "Harbor Act") not in stances(nlp, text)


def test_members_of_a_body_are_not_the_body(nlp):
    members = "The Springfield City Council met on Monday.\n\nMayor Jane Roe criticized councilors for not doing enough."
    assert not {s for s in stances(nlp, members) if s[0] == "Jane Roe"}


def test_the_body_owning_an_agent_noun_is_not_its_target(nlp):
    owner = "Senator Dave Orrin, the Springfield City Council's chief advocate for ending the filibuster, spoke on Monday."
    assert not {s for s in stances(nlp, owner) if s[0] == "Dave Orrin"}


def test_an_agency_named_sentences_away_is_not_what_the_police_means(nlp):
    far = (
        "The Springfield Police Department made an arrest in May. The mayor praised the arrest. The suspect was released. "
        "The case was closed. The city moved on.\n\nJane Roe said she is a tremendous supporter of the police."
    )
    assert not {s for s in stances(nlp, far) if s[0] == "Jane Roe"}
    near = "The Springfield Police Department made an arrest in May.\n\nJane Roe said she is a tremendous supporter of the department."
    assert ("Jane Roe", "supports", "Springfield Police Department") in stances(nlp, near)
