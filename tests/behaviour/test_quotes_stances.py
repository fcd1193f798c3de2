"""Quote speakers and stances on invented sentences: who said a quote, and what a sentence does not say."""

from __future__ import annotations

from kg.resolve.article import extract


def speakers(nlp, text: str) -> dict[str, str | None]:
    """Opening words of each quote -> the name of its speaker (None: no speaker)."""
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {" ".join(q.text.split()[:3]): names.get(q.speaker) for q in x.quotes}


def entity_names(nlp, text: str) -> set[str]:
    return {e.name for e in extract(nlp(text), "d").entities}


QUINT = "Sen. Marla Quint, R-Utah, voted on the budget on Tuesday.\n\n"
QUOTE = "\u201cThis bill is a disaster for every family in my state,\u201d "


def test_a_descriptor_is_the_one_person_whose_party_and_state_fit(nlp):
    text = QUINT + QUOTE + "said the Utah Republican."
    assert speakers(nlp, text) == {"This bill is": "Marla Quint"}
    two = "Sen. Marla Quint, R-Utah, and Sen. Dave Orrin, D-Ohio, spoke on Tuesday.\n\n" + QUOTE + "said the Ohio Democrat."
    assert speakers(nlp, two) == {"This bill is": "Dave Orrin"}


def test_a_descriptor_that_fits_nobody_or_several_names_no_speaker_and_no_entity(nlp):
    for text in (
        QUINT + QUOTE + "said the Florida Democrat.",  # another party and state
        "Sen. Marla Quint, R-Utah, and Sen. Dave Orrin, R-Utah, spoke.\n\n" + QUOTE + "said the Utah Republican.",
        "Mayor Ellen Park spoke on Monday.\n\n" + QUOTE + "said the Kentucky Republican.",
    ):
        assert "Utah Republican" not in entity_names(nlp, text)
        assert "Kentucky Republican" not in entity_names(nlp, text)
        assert set(speakers(nlp, text).values()) <= {None}, text


def test_a_titled_descriptor_must_not_contradict_the_persons_state(nlp):
    text = QUINT + QUOTE + "the GOP senator from Ohio said."
    assert "Marla Quint" not in speakers(nlp, text).values()
    same = QUINT + QUOTE + "the senator said."
    assert speakers(nlp, same) == {"This bill is": "Marla Quint"}


def test_a_pronoun_speaker_is_a_subject_not_a_person_its_sentence_asks_about(nlp):
    asked = "When asked whether the vote on Tomas Novak would be delayed, he responded: \u201cI don't know. I am ready to vote today.\u201d"
    assert "Tomas Novak" not in speakers(nlp, asked).values()
    before = "\u201cI think she is a good nominee,\u201d Senator Jane Roe said. " + asked.replace("he responded", "she responded")
    assert speakers(nlp, before)["I don't know."] == "Jane Roe"


def test_a_new_sentence_after_an_exclamation_is_not_its_attribution(nlp):
    text = (
        "The response from activists is, \u201cNot good enough! Let us ban it all today!\u201d Indeed, "
        "Senator Jane Roe is so passionate about the issue that she vows to ban it."
    )
    assert "Jane Roe" not in speakers(nlp, text).values()
    near = "\u201cNot good enough! Let us ban it all today!\u201d said Senator Jane Roe at the rally."
    assert speakers(nlp, near) == {"Not good enough!": "Jane Roe"}


def stances(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, names[f.obj]) for f in x.facts if f.prop in ("supports", "opposes")}


def test_a_holder_listing_its_members_gives_each_member_the_stance(nlp):
    text = "Democratic candidates including Jane Roe, John Doe and Ellen Park support the Harbor Act."
    assert stances(nlp, text) == {(n, "supports", "Harbor Act") for n in ("Jane Roe", "John Doe", "Ellen Park")}
    near_miss = "Democratic candidates met Jane Roe, John Doe and Ellen Park and support the Harbor Act."
    assert not {s for s in stances(nlp, near_miss) if s[0] in ("Jane Roe", "John Doe", "Ellen Park")}


def test_conditions_questions_and_denied_clauses_state_no_stance(nlp):
    assert stances(nlp, "Senator Jane Roe supports the Harbor Act.") == {("Jane Roe", "supports", "Harbor Act")}
    for text in (
        "If Senator Jane Roe supports the Harbor Act, it will pass.",
        "Senator Jane Roe would support the Harbor Act if it were changed.",
        "Senator Jane Roe would support the Harbor Act unless the House changes it.",
        "Reporters asked whether Senator Jane Roe supports the Harbor Act.",
        "Does Senator Jane Roe support the Harbor Act?",
        "\u201cI am not here to suggest we repeal the Harbor Act,\u201d Mayor Ellen Park said.",
    ):
        assert stances(nlp, text) == set(), text


def test_a_judge_ruling_and_a_challenge_to_act_are_not_stances(nlp):
    assert stances(nlp, "Judge Luis Ortega blocked the Harbor Act on Monday.") == set()
    assert stances(nlp, "The judge, Luis Ortega, upheld the Harbor Act on Monday.") == set()
    assert stances(nlp, "Governor Ellen Park blocked the Harbor Act on Monday.") == {("Ellen Park", "opposes", "Harbor Act")}
    assert stances(nlp, "Governor Ellen Park challenged the Springfield City Council to pass a new law.") == set()
    assert stances(nlp, "Governor Ellen Park challenged the Harbor Act in federal court.") == {
        ("Ellen Park", "opposes", "Harbor Act")
    }


def test_a_participle_describing_a_noun_is_no_stance_of_the_clause_around_it(nlp):
    text = "For a Department of Labor often criticized for its delays, Secretary Jane Roe brings experience."
    assert stances(nlp, text) == set()
    said = stances(nlp, "Secretary Jane Roe criticized the Department of Labor for its delays.")
    assert {(h, p) for h, p, _ in said} == {("Jane Roe", "opposes")}


def test_a_promise_under_a_condition_on_the_holder_is_a_stance(nlp):
    text = "\u201cIf granted the majority, we would repeal the Harbor Act,\u201d said Senator Jane Roe."
    assert stances(nlp, text) == {("Jane Roe", "opposes", "Harbor Act")}


def test_the_author_or_co_author_of_a_law_supports_it(nlp):
    for text in (
        "Senator Jane Roe, the author of the Harbor Act, spoke on Tuesday.",
        "The plan will cost billions, said the Harbor Act's author, Assembly member Jane Roe.",
        "In an interview with the Springfield Gazette, the author of the Harbor Act, Senator Jane Roe, denied the claim.",
        "Senator Jane Roe co-authored the Harbor Act last year.",
    ):
        assert stances(nlp, text) == {("Jane Roe", "supports", "Harbor Act")}, text
    assert stances(nlp, "Senator Jane Roe authored a report on the Department of Labor.") == set()
    assert stances(nlp, "Senator Jane Roe, the author of a book on the Department of Labor, spoke.") == set()


def test_a_law_called_a_disaster_or_a_triumph_is_a_stance_of_who_called_it(nlp):
    assert stances(nlp, "Senator Jane Roe called the Harbor Act a disaster for working families.") == {
        ("Jane Roe", "opposes", "Harbor Act")
    }
    assert stances(nlp, "Senator Jane Roe said the Harbor Act is a disaster for working families.") == {
        ("Jane Roe", "opposes", "Harbor Act")
    }
    assert stances(nlp, "Senator John Doe called the Clean Water Act a triumph.") == {("John Doe", "supports", "Clean Water Act")}
    for text in (
        "Senator Jane Roe did not call the Harbor Act a disaster.",
        "Senator Jane Roe said the Harbor Act was not a mistake.",
        "Critics called the Harbor Act a disaster, but Senator Jane Roe disagreed.",
    ):
        assert stances(nlp, text) == set(), text


def test_a_refusal_with_a_modal_of_intent_is_opposition(nlp):
    for text in (
        "Senator Jane Roe said she would not support the Harbor Act.",
        "Senator Jane Roe said she won't vote for the Harbor Act.",
    ):
        assert stances(nlp, text) == {("Jane Roe", "opposes", "Harbor Act")}, text
    for text in (
        "Senator Jane Roe does not support the Harbor Act.",
        "Senator Jane Roe did not vote for the Harbor Act.",
        "Senator Jane Roe will not oppose the Harbor Act.",
        "Senator Jane Roe would not support the Harbor Act unless the House changes it.",
    ):
        assert stances(nlp, text) == set(), text


def test_a_plural_reference_is_not_the_one_law_the_article_names(nlp):
    intro = "The Harbor Act passed in 2010. "
    assert stances(nlp, intro + "Governor Ellen Park has threatened to veto the bills.") == set()
    assert stances(nlp, intro + "Governor Ellen Park has threatened to veto the bill.") == {
        ("Ellen Park", "opposes", "Harbor Act")
    }


def test_the_speaker_is_the_subject_never_the_object_or_a_name_inside_the_quote(nlp):
    told = "\u201cWe will not support this plan at all,\u201d Jane Roe told Senator John Doe on Monday."
    assert speakers(nlp, told) == {"We will not": "Jane Roe"}
    accused = "Governor Ellen Park accused Sheriff Luis Ortega of ignoring the courts. \u201cHe has failed every family in this county,\u201d she said."
    assert speakers(nlp, accused) == {"He has failed": "Ellen Park"}
    inside = "Mayor Ellen Park spoke on Monday.\n\n\u201cSenator Jane Roe told me this plan would pass,\u201d she said."
    assert speakers(nlp, inside) == {"Senator Jane Roe": "Ellen Park"}


def test_a_quote_paragraph_does_not_inherit_a_speaker_across_another_person(nlp):
    text = (
        "\u201cThe council has failed us,\u201d said Dana Whitfield, a local organizer.\n\n"
        "Council member Tomas Novak rejected the criticism on Tuesday and defended the vote.\n\n"
        "\u201cWe will keep working until the ordinance is repealed by the voters.\u201d"
    )
    got = speakers(nlp, text)
    assert got["The council has"] == "Dana Whitfield"
    assert got.get("We will keep") is None


def test_a_stance_inside_a_whether_clause_further_up_is_no_stance(nlp):
    intro = "The Harbor Act passed in 2010.\n\n"
    asked = "About half of the oral argument will focus on whether the Springfield City Council has legal standing to defend the law in court."
    assert stances(nlp, intro + asked) == set()
    said = "The Springfield City Council has legal standing to defend the law in court."
    assert {(p, o) for _, p, o in stances(nlp, intro + said)} == {("supports", "Harbor Act")}


def test_the_bill_in_an_article_about_a_repeal_bill_names_no_law(nlp):
    repeal = "The Harbor Act passed in 2010. Governor Ellen Park signed the repeal measure on Monday. "
    assert stances(nlp, repeal + "Senator Jane Roe said she supports the bill.") == {("Ellen Park", "opposes", "Harbor Act")}
    plain = "The Harbor Act passed in 2010. Governor Ellen Park spoke on Monday. "
    assert stances(nlp, plain + "Senator Jane Roe said she supports the bill.") == {("Jane Roe", "supports", "Harbor Act")}
    assert ("Jane Roe", "supports", "Harbor Act") in stances(nlp, repeal + "Senator Jane Roe said she supports the law.")
