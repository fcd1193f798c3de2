"""Stances written into a noun phrase, on invented sentences: a law named as someone's signature law,
and a law written before a holder's noun ("a Harbor Act critic")."""

from __future__ import annotations

from kg.resolve.article import extract


def stances(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, names[f.obj]) for f in x.facts if f.prop in ("supports", "opposes")}


def test_a_law_named_as_someones_signature_law_is_supported_by_them(nlp):
    appos = stances(nlp, "The Harbor Act, former Governor Ellen Park's signature law, drew protests.")
    assert ("Ellen Park", "supports", "Harbor Act") in appos
    copula = stances(nlp, "The Harbor Act was Governor Ellen Park's signature achievement.")
    assert ("Ellen Park", "supports", "Harbor Act") in copula


def test_a_signature_that_is_no_law_states_no_stance(nlp):
    assert stances(nlp, "Governor Ellen Park's signature appeared on a letter about the Harbor Act.") == set()
    assert stances(nlp, "The Harbor Act passed. The council's signature program, Safe Streets, began in May.") == set()


def test_a_law_written_before_a_holders_noun_is_what_the_noun_is_about(nlp):
    appos = stances(nlp, "Senator Jane Roe, a longtime Harbor Act critic, spoke on Monday.")
    assert ("Jane Roe", "opposes", "Harbor Act") in appos
    copula = stances(nlp, "Senator Jane Roe spoke on Monday. She is an unapologetic Harbor Act backer.")
    assert ("Jane Roe", "supports", "Harbor Act") in copula


def test_a_body_written_before_a_holders_noun_is_where_they_sit(nlp):
    got = stances(
        nlp, "Senator Jane Roe, a Senate ally of the governor, spoke on Monday. Her House opponent, Dave Orrin, did not."
    )
    assert got == set()
    assert stances(nlp, "Harbor Act opponents rallied in Boise on Monday.") == set()  # no holder named


def test_the_second_verb_of_a_relative_clause_shares_its_relative_object(nlp):
    text = "The Harbor Act, which the council debated and Senator Jane Roe later denounced, passed in May."
    assert ("Jane Roe", "opposes", "Harbor Act") in stances(nlp, text)


def test_protecting_a_law_is_supporting_it_and_a_law_protecting_someone_is_not(nlp):
    assert ("Ellen Park", "supports", "Harbor Act") in stances(nlp, "Governor Ellen Park vowed to protect the Harbor Act.")
    quoted = "\u201cWe have to protect our Harbor Act very strongly,\u201d Governor Ellen Park told reporters on Monday."
    assert ("Ellen Park", "supports", "Harbor Act") in stances(nlp, quoted)
    assert stances(nlp, "The Harbor Act protects workers, Governor Ellen Park said.") == set()
    assert stances(nlp, "Governor Ellen Park said her speech is protected by the Harbor Act.") == set()


def test_introducing_a_bill_supports_it_and_gutting_or_killing_a_law_opposes_it(nlp):
    text = "Senator Jane Roe introduced the Harbor Defense Act on Thursday with 21 cosponsors."
    assert ("Jane Roe", "supports", "Harbor Defense Act") in stances(nlp, text)
    killed = stances(nlp, "The Harbor Act passed in 2010. Governor Ellen Park vowed to kill the law.")
    assert ("Ellen Park", "opposes", "Harbor Act") in killed
    gutted = stances(nlp, "The Harbor Act passed in 2010. Governor Ellen Park has tried to gut the Harbor Act.")
    assert ("Ellen Park", "opposes", "Harbor Act") in gutted
    assert stances(nlp, "Gunmen have been killing law enforcement officers, Governor Ellen Park said.") == set()


def test_a_named_holder_coordinated_with_a_group_holds_the_groups_stance(nlp):
    text = "The Harbor Act passed in 2010. Governor Ellen Park and state Republicans have called to repeal the law."
    assert ("Ellen Park", "opposes", "Harbor Act") in stances(nlp, text)


def test_introducing_ones_own_bill_is_no_stance_on_the_law_the_article_names(nlp):
    text = "The Harbor Act passed in 2010. Senator Jane Roe has introduced her own bill that would cut fees."
    assert stances(nlp, text) == set()


def test_a_law_whose_name_begins_with_a_possessive_is_not_the_shorter_law(nlp):
    text = "Governor Ellen Park introduced the Women's Harbor Act in 2013."
    assert ("Ellen Park", "supports", "Harbor Act") not in stances(nlp, text)
    assert ("Ellen Park", "supports", "Harbor Act") in stances(nlp, "Governor Ellen Park introduced the Harbor Act in 2013.")
