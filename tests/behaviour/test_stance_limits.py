"""What narrows a stance or a law's year, on invented sentences: criticism of one act of a body, a bill
signed under a concession, a year that dates a reauthorization rather than the law."""

from __future__ import annotations

from kg.resolve.article import extract

LAW = "The Harbor Act passed the House in March.\n\n"


def stances(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, names[f.obj]) for f in x.facts if f.prop in ("supports", "opposes")}


def dates(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, f.value) for f in x.facts if f.prop in ("enactedDate", "amendedDate")}


def test_criticism_of_one_act_or_policy_of_a_body_is_no_stance_on_the_body(nlp):
    for text in (
        "Senator Dave Orrin criticized the Federal Housing Agency for closing the Elm Street office so quickly.",
        "Senator Dave Orrin slammed the Federal Housing Agency over its handling of the loans.",
        "Senator Dave Orrin, a persistent critic of the Federal Housing Agency on lending policy, spoke on Monday.",
        "Senator Dave Orrin criticized the Federal Housing Agency's decision to close the office.",
    ):
        assert ("Dave Orrin", "opposes", "Federal Housing Agency") not in stances(nlp, text), text
    praise = "Mayor Jane Roe praised the Federal Housing Agency for responding quickly to the flood."
    assert ("Jane Roe", "supports", "Federal Housing Agency") not in stances(nlp, praise)


def test_a_body_itself_as_the_object_keeps_the_stance(nlp):
    for text in (
        "Senator Dave Orrin criticized the Federal Housing Agency.",
        "Senator Dave Orrin has criticized the Federal Housing Agency for months.",
        "Senator Dave Orrin criticized the Federal Housing Agency on the Senate floor.",
        "Senator Dave Orrin, a persistent critic of the Federal Housing Agency, spoke on Monday.",
        "Senator Dave Orrin blasted the Federal Housing Agency for \u201cseeking to scare renters for political gain.\u201d",
    ):
        assert ("Dave Orrin", "opposes", "Federal Housing Agency") in stances(nlp, text), text
    law = LAW + "Senator Dave Orrin criticized the Harbor Act for its vague wording."
    assert ("Dave Orrin", "opposes", "Harbor Act") in stances(nlp, law)


def test_a_bill_signed_under_a_concession_is_no_stated_support(nlp):
    for text in (
        "Governor Ellen Park signed the Harbor Act as part of a budget deal with the Legislature.",
        "Governor Ellen Park signed the Harbor Act during last year's budget standoff.",
        "Governor Ellen Park reluctantly signed the Harbor Act on Friday.",
        "Governor Ellen Park signed the Harbor Act under protest.",
        "Governor Ellen Park refused to sign the Harbor Act.",
        "Governor Ellen Park signed the Harbor Act on Friday. The law was part of a budget deal with the Legislature.",
    ):
        assert ("Ellen Park", "supports", "Harbor Act") not in stances(nlp, LAW + text), text
    plain = LAW + "Governor Ellen Park signed the Harbor Act on Friday."
    assert ("Ellen Park", "supports", "Harbor Act") in stances(nlp, plain)


def test_a_year_before_a_law_name_dates_the_noun_the_name_qualifies(nlp):
    reauthorized = "Section 12 was first adopted during the 1998 Harbor Safety Act reauthorization."
    assert dates(nlp, reauthorized) == {("Harbor Safety Act", "amendedDate", "1998")}
    for text in (
        "The court weighed the 2014 Harbor Safety Act expansion in a brief order.",
        "The FBI filed its 2016 Harbor Safety Act warrant application in October.",
    ):
        assert not {d for d in dates(nlp, text) if d[1] == "enactedDate"}, text
    own = "The 1998 Harbor Safety Act created the loan program."
    assert dates(nlp, own) == {("Harbor Safety Act", "enactedDate", "1998")}


def test_it_after_a_call_to_repeal_a_law_is_the_repeal_not_the_law(nlp):
    text = (
        "Senator Dana Whitfield on Tuesday called for repealing the Harbor Act. She said the act no longer served "
        'the city. "It would make our streets safer," Whitfield wrote. The Harbor Act passed in 2010.'
    )
    assert ("Dana Whitfield", "supports", "Harbor Act") not in stances(nlp, text)  # "it" is the repeal she calls for
    assert ("Dana Whitfield", "opposes", "Harbor Act") in stances(nlp, text)
