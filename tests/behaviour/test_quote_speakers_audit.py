"""Quote speakers and stances on invented sentences, one test per class of error the civic-wide audit
(bench/audits/civic-wide-1000-69e5133.csv) found: who framed the quote, and which law a stance is on."""

from __future__ import annotations

from test_quotes_stances import entity_names, speakers, stances


def test_a_name_after_the_speech_verb_is_who_spoke_not_the_previous_speaker(nlp):
    text = (
        "Mark Ellis and Dana Holt adopted a boy in 2010.\n\n"
        "\u201cHe did not say a word during that whole first week,\u201d said Ellis.\n\n"
        "\u201cSo we thought we had to love this kid right away,\u201d added Holt. "
        "\u201cWe played with him and we built up his trust in adults.\u201d"
    )
    got = speakers(nlp, text)
    assert got["He did not"] == "Mark Ellis"
    assert got["So we thought"] == "Dana Holt"
    assert got["We played with"] == "Dana Holt"


def test_a_line_with_a_name_and_an_outlet_signs_the_quote_block_above_it(nlp):
    text = (
        "Commentary from both sides\n\n"
        "\u201cThe workers deserve a much better deal from the company this year. They have waited long enough.\u201d\n\n"
        "Marla Quint, Daily Ledger\n\n"
        "\u201cThe strike will end soon and the plants will reopen before anyone notices the difference.\u201d\n\n"
        "Tomas Novak, Evening Post"
    )
    got = speakers(nlp, text)
    assert got["The workers deserve"] == "Marla Quint"
    assert got["The strike will"] == "Tomas Novak"


def test_a_pronoun_does_not_reach_past_a_speaker_the_model_did_not_label(nlp):
    text = (
        "Naomi Clark teaches game design in New York.\n\n"
        "As a fan of shooter games, Cypheroftyr told me she plays violent games every week. "
        "\u201cI\u2019m not out here trying to hurt anyone,\u201d she stressed."
    )
    assert "Naomi Clark" not in speakers(nlp, text).values()


def test_a_person_named_as_a_modifier_is_not_the_antecedent_of_she(nlp):
    text = (
        "Ambassador Marla Quint testified for five hours on Friday.\n\n"
        "At the urging of the Trump administration, Congress approved the aid.\n\n"
        "\u201cThis is a very serious weapon to deal with tanks,\u201d she told lawmakers."
    )
    assert speakers(nlp, text) == {"This is a": "Marla Quint"}


def test_a_surname_with_its_particle_is_the_person_named_in_full(nlp):
    text = (
        "Mayor Bill de Blasio met the families on Sunday. De Blasio said the city would stand by them.\n\n"
        "\u201cWe owe it to the families to find out what happened,\u201d Blasio said."
    )
    names = entity_names(nlp, text)
    assert "De Blasio" not in names and "Blasio" not in names
    assert speakers(nlp, text)["We owe it"] == "Bill de Blasio"


# -- stances -------------------------------------------------------------------------------------
def test_the_measure_in_an_article_about_another_bill_is_not_the_named_law(nlp):
    text = (
        "The Harbor Act of 2010 still funds the port.\n\n"
        "Congress passed the spending measure on Friday after a long night. "
        "Senator Jane Roe voted for the measure."
    )
    assert not {s for s in stances(nlp, text) if s[0] == "Jane Roe"}


def test_opposing_a_bill_that_repeals_a_law_is_not_opposing_the_law(nlp):
    text = (
        "Republican leaders unveiled the repeal bill for the Harbor Act on Monday.\n\n"
        "\u201cIt would hurt the most vulnerable families in my state,\u201d said Senator Jane Roe."
    )
    assert ("Jane Roe", "opposes", "Harbor Act") not in stances(nlp, text)


def test_it_after_another_subject_in_the_quote_is_that_subject(nlp):
    text = (
        "The Harbor Act funds family clinics across the state.\n\n"
        "\u201cThis new rule is cruel, and it undermines medical ethics,\u201d said Jane Roe, a doctor."
    )
    assert ("Jane Roe", "opposes", "Harbor Act") not in stances(nlp, text)


def test_one_of_two_alternatives_takes_no_side(nlp):
    text = "\u201cWe either have to repeal the Harbor Act or give up on safety,\u201d Senator Jane Roe said."
    assert not stances(nlp, text)


def test_an_apposition_to_a_compared_person_is_not_that_persons_stance(nlp):
    text = "Tomas Novak looked like a justice like Jane Roe, a defender of the Constitution, respectful of precedent."
    assert not {s for s in stances(nlp, text) if s[0] == "Jane Roe"}


def test_praising_an_act_on_one_matter_does_not_take_all_the_actors_sides(nlp):
    text = (
        "Mayor Ellen Park opposes the Harbor Act.\n\n"
        "Jane Roe, president of a business group, praised Ellen Park\u2019s work in securing the tax cut."
    )
    assert not {s for s in stances(nlp, text) if s[0] == "Jane Roe"}


def test_a_dateline_agency_in_parentheses_holds_no_stance(nlp):
    text = "SPRINGFIELD, Ill. (AP) \u2014 Several clinics sued the Department of Health and Human Services on Friday."
    assert not {s for s in stances(nlp, text) if s[0] in ("AP", "Associated Press", "The Associated Press")}


def test_stopping_an_act_states_no_stance_and_neither_does_preventing_one(nlp):
    ceased = "After Senator Jane Roe ordered the agency to stop defending the Harbor Act, the states took up its defense."
    assert not {s for s in stances(nlp, ceased) if s[2] == "Harbor Act"}
    prevented = "The White House is blocking the Centers for Disease Control and Prevention director from testifying."
    assert not stances(nlp, prevented)


def test_a_justice_named_by_pronoun_who_would_uphold_a_law_rules_and_takes_no_side(nlp):
    text = "Chief Justice Tomas Novak heard the case in March. He would have upheld the Harbor Act on the grounds that states decide."
    assert not {s for s in stances(nlp, text) if s[0] == "Tomas Novak"}


def test_a_speakers_pronoun_passes_on_its_antecedent_only_to_the_same_pronoun(nlp):
    text = (
        "Host Tomas Novak spoke with Sheriff Marla Quint on Monday.\n\n"
        "\u201cThe attorney general is threatening to arrest you for this,\u201d he said to Quint.\n\n"
        "\u201cI do not think he understands what the law says,\u201d she responded."
    )
    got = speakers(nlp, text)
    assert got["The attorney general"] == "Tomas Novak"
    assert got["I do not"] == "Marla Quint"


def test_the_bill_in_an_article_about_replacing_a_law_is_not_the_law(nlp):
    text = "Republican attempts to replace the Harbor Act failed on Friday.\n\nSenator Jane Roe had already opposed the bill."
    assert ("Jane Roe", "opposes", "Harbor Act") not in stances(nlp, text)


def test_what_others_hope_a_governor_will_do_is_not_his_stance(nlp):
    text = "\u201cWe hope Governor Tomas Novak will veto the Harbor Act,\u201d the actors wrote in a letter."
    assert not {s for s in stances(nlp, text) if s[0] == "Tomas Novak"}


def test_a_surname_two_persons_share_is_the_one_named_just_before(nlp):
    text = (
        "Two of the victims, Andrew Fryer and Nate Varga, are cousins.\n\n"
        "Nate Varga\u2019s grandfather, Don Varga, told reporters that the boys were close friends.\n\n"
        "\u201cOnly God knows what happened in that cafeteria today,\u201d Varga said."
    )
    assert speakers(nlp, text) == {"Only God knows": "Don Varga"}


def test_he_does_not_go_to_a_woman_her_first_name_says_is_one(nlp):
    text = (
        "Senator Elizabeth Marsh and Senator Steven Dalton held a hearing on the farm bill on Tuesday.\n\n"
        "Dalton asked the panel about crop insurance. As Marsh began to speak, the room went quiet. "
        "\u201cWe will not let this bill die in committee,\u201d he added."
    )
    assert speakers(nlp, text).get("We will not") != "Elizabeth Marsh"


def test_she_does_not_go_to_a_man_the_article_calls_mr(nlp):
    text = (
        "Jordan Avery and Robin Lowe run the tenants union in the city.\n\n"
        "Ms. Lowe organized the rally last spring. Mr. Avery spoke to the crowd on Monday. "
        "\u201cThe rents have doubled in five years,\u201d she said."
    )
    assert speakers(nlp, text).get("The rents have") != "Jordan Avery"


CLINIC = "Dr. Helen Marsh runs the county clinic. Marsh is also a nurse.\n\n"
TALK = "She opens her talk by stating that, despite the rumors, \u201cThe new clinic hours are better for every family in the county.\u201d"


def test_a_pronoun_after_a_sentence_naming_two_persons_it_could_mean_has_no_speaker(nlp):
    # audit 10, Q016: "Roe introduces Doe. She begins by stating ..." is either woman's talk
    assert speakers(nlp, CLINIC + "After a short welcome, Marsh introduces Kessler. " + TALK) == {"The new clinic": None}
    assert speakers(nlp, CLINIC + "After a short welcome, Marsh thanks the volunteers. " + TALK) == {
        "The new clinic": "Helen Marsh"
    }


def test_a_pronoun_goes_to_the_subject_when_the_object_is_of_the_other_sex(nlp):
    got = speakers(nlp, CLINIC + "After a short welcome, Marsh introduces Mr. Kessler. " + TALK)
    assert got == {"The new clinic": "Helen Marsh"}


def test_a_body_then_a_title_then_a_name_after_the_speech_verb_is_the_person(nlp):
    # audit 10, Q053: "“...,” said HHS press secretary Jane Roe": Roe spoke, not the department
    quote = (
        "\u201cPaying for effort and not for results is wasteful and unfair to the families we serve. "
        "Under this administration, we are committed to a leaner, better government. The old training "
        "program has failed. During the next grant cycle, providers will be paid in proportion to their results,\u201d "
    )
    text = "The agency cut the grant on Friday.\n\n" + quote
    got = speakers(nlp, text + "said Department of Housing and Urban Development press secretary Dana Whitfield in a statement.")
    assert got == {"Paying for effort": "Dana Whitfield"}
    got = speakers(nlp, text + "said Department of Housing and Urban Development spokesman Carl Breyer.")
    assert got == {"Paying for effort": "Carl Breyer"}


def test_a_long_title_and_name_after_a_question_quote_is_its_speaker(nlp):
    # audit 10, Q039: "“...?” Party Committee Chairwoman Jane Q. Roe told Politico": the title is no statement
    text = (
        "The governor won the race on Tuesday night.\n\n"
        "\u201cHow many times do voters need to send the party a message before it finally listens?\u201d "
        "Democratic National Committee Chairwoman Marla Jean Quint told the Ledger at the victory party. "
        "\u201cStop the shouting and start fixing the roads in every county.\u201d"
    )
    got = speakers(nlp, text)
    assert got["How many times"] == "Marla Jean Quint"
    assert got["Stop the shouting"] == "Marla Jean Quint"


def test_an_as_clause_inside_someone_elses_clause_does_not_attribute_the_quote(nlp):
    embedded = (
        "Dana Holt served on the jury for three weeks.\n\n"
        "It did not matter to her whether Ellis pushed the guard first, as Ellis claimed, "
        "\u201cbecause Marcus had a right to defend himself at that moment.\u201d"
    )
    assert "Ellis" not in speakers(nlp, embedded).values()
    opening = "As Ellis put it, \u201cthe council has failed every family in this town for years.\u201d"
    assert speakers(nlp, opening) == {"the council has": "Ellis"}


def test_a_newspaper_named_after_its_city_is_no_person_who_spoke(nlp):
    text = (
        "The council voted on Monday. The St. Louis Post Dispatch says that "
        "\u201cabout 200 residents gathered outside the hall to protest the new budget.\u201d"
    )
    got = speakers(nlp, text)
    assert "Post Dispatch" not in got.values() and "Dispatch" not in got.values()
    named = (
        "The council voted on Monday. The Toledo Evening Herald reported that \u201cabout 200 residents gathered outside.\u201d"
    )
    assert speakers(nlp, named) == {"about 200 residents": "Toledo Evening Herald"}


def test_a_line_with_two_authors_and_an_outlet_signs_the_quote_of_a_paragraph_that_ends_in_it(nlp):
    text = (
        "What the papers wrote about the strike\n\n"
        "\u201cThe drivers have been patient for years and the company has answered them with nothing at all.\u201d\n\n"
        "Tomas Novak-Berg and Lena Ortiz, Evening Post\n\n"
        "On the fare plan, \u201cjust raising fares is a slogan for the cameras and misses how deep the problem runs.\u201d\n\n"
        "Marla Quint, Daily Ledger"
    )
    got = speakers(nlp, text)
    assert got["The drivers have"] == "Tomas Novak-Berg"
    assert got["just raising fares"] == "Marla Quint"


def test_a_question_asked_in_a_participle_is_the_question_of_the_person_it_hangs_on(nlp):
    text = (
        "Senator Dana Holt met reporters on Tuesday.\n\n"
        "Holt also appeared to criticize the governor's plan, asking \u201cwho will pay for all of this in ten years?\u201d"
    )
    assert speakers(nlp, text)["who will pay"] == "Dana Holt"


def test_a_question_asked_in_a_participle_after_a_pronoun_subject_keeps_no_speaker(nlp):
    text = (
        "Officer Jane Roe filed the complaint against the boy on Monday.\n\n"
        "She emailed Tom Lee\u2019s teacher three days later, asking, "
        "\u201cIs there a certain share of the class he is supposed to finish each week?\u201d"
    )
    assert speakers(nlp, text).get("Is there a") is None


def test_a_quote_holding_a_name_card_is_kept_up_to_the_card(nlp):
    text = (
        "Senator Dana Holt spoke on the floor on Tuesday.\n\n"
        "\u201cThe majority leader wants a whole new set of rules for Governor Tomas Novak Tomas Andrew NovakBudget talks "
        "collapse | House panel advances port bill MORE,\u201d Holt said. \u201cWe will not accept that.\u201d"
    )
    got = {q.split()[0]: name for q, name in speakers_full(nlp, text).items()}
    assert got["The"] == "Dana Holt"
    assert not [q for q in speakers_full(nlp, text) if "MORE" in q or "Budget" in q]


def speakers_full(nlp, text: str) -> dict[str, str | None]:
    from kg.resolve.article import extract

    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {q.text: names.get(q.speaker) for q in x.quotes}
