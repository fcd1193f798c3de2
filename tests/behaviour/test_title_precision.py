"""Classes of wrong titles, memberOf and heads facts read in the corpus audits of issue 14, on invented
sentences: occupations and pieces of longer titles read as titles, a title of another person of a
list, pieces of longer names read as bodies, a committee's chair heading the chamber, a place or a
party as the body a title heads."""

from __future__ import annotations

from test_behaviour import facts, of

from kg.resolve.article import extract

# -- an occupation or a piece of a longer title is no title -----------------------------------------


def test_an_occupation_ending_in_a_generic_title_is_no_title(nlp):
    got = facts(nlp, '"It is over," says Dana Whitfield, a real estate agent in the suburb of Oakdale.')
    assert of(got, "Dana Whitfield", "title") == set()
    assert of(got, "Dana Whitfield", "memberOf") == set()  # where she works, not for whom


def test_a_longer_title_the_lexicon_does_not_list_is_no_generic_title(nlp):
    got = facts(nlp, '"We will see," said Dana Whitfield, the chief content officer for Harbor Books.')
    assert of(got, "Dana Whitfield", "title") == set()  # not "officer"
    assert of(got, "Dana Whitfield", "memberOf") == {"Harbor Books"}
    got = facts(nlp, '"We will see," said Dana Whitfield, a loan officer at Harbor Bank.')
    assert of(got, "Dana Whitfield", "title") == set()


def test_a_c_suite_title_is_the_whole_title(nlp):
    got = facts(nlp, "Harbor Books chief financial officer Dana Whitfield was subpoenaed on Monday.")
    assert of(got, "Dana Whitfield", "title") == {"chief financial officer"}


def test_an_executive_officer_is_that_title(nlp):
    got = facts(nlp, "Most chains will take part, said Dana Whitfield, executive officer of the Oakdale State Board of Pharmacy.")
    assert of(got, "Dana Whitfield", "title") == {"executive officer"}


def test_a_generic_title_alone_or_after_a_body_stays_a_title(nlp):
    assert of(facts(nlp, "Officer Dana Whitfield was charged with assault."), "Dana Whitfield", "title") == {"Officer"}
    got = facts(nlp, "FBI agent Dana Whitfield testified on Monday.")
    assert of(got, "Dana Whitfield", "title") == {"agent"}
    assert of(got, "Dana Whitfield", "memberOf") == {"Federal Bureau of Investigation"}


def test_a_description_with_an_indefinite_article_is_no_generic_title(nlp):
    got = facts(nlp, "Judge Dana Whitfield, an eloquent speaker, is likely to dazzle the audience.")
    assert of(got, "Dana Whitfield", "title") == {"Judge"}
    assert of(facts(nlp, "House Speaker Dana Whitfield said the vote would be held."), "Dana Whitfield", "title") == {"Speaker"}


def test_a_name_the_model_began_inside_a_title_is_the_name_alone(nlp):
    got = facts(nlp, "He had not seen a column by CNN Chief Medical Correspondent Dr. Dana Whitfield, he said.")
    assert not any(s.startswith("Medical") for s, _, _ in got)
    assert of(got, "Dana Whitfield", "heads") == set()


def test_a_title_inside_a_longer_one_after_a_modifier_is_the_longer_one(nlp):
    got = facts(nlp, '"It would be unbearable," predicts Dana Whitfield, a former deputy chief of staff to the senator.')
    assert of(got, "Dana Whitfield", "title") == {"former deputy chief of staff"}
    got = facts(nlp, '"It would be unbearable," says Dana Whitfield, the deputy chief of the Oakdale Police Department.')
    assert of(got, "Dana Whitfield", "title") == {"deputy chief"}


# -- a title of another person of a list ------------------------------------------------------------


def test_an_apposition_in_a_list_after_a_titled_name_is_another_persons(nlp):
    got = facts(
        nlp,
        "The sponsors were Marta Ruiz, Oakdale City Attorney Dana Whitfield, the former sheriff of Lane County, and two judges.",
    )
    assert of(got, "Dana Whitfield", "title") == {"City Attorney"}
    assert "Lane County" not in of(got, "Dana Whitfield", "memberOf") | of(got, "Dana Whitfield", "heads")


def test_an_apposition_after_the_last_item_or_closing_the_subject_is_the_persons(nlp):
    text = "The critics included Senate Majority Leader Luis Ortega and Sen. Dana Whitfield, the majority whip, sources said."
    assert "majority whip" in of(facts(nlp, text), "Dana Whitfield", "title")
    text = "During the hearing of Marta Ruiz, Rep. Dana Whitfield, the Harbor Committee's chair, tried to cut her off."
    assert "chair" in of(facts(nlp, text), "Dana Whitfield", "title")


# -- pieces of longer names are no bodies -----------------------------------------------------------


def test_a_title_that_starts_inside_a_body_name_cuts_it(nlp):
    got = facts(nlp, "White House Press Secretary Dana Whitfield said the plan would pass.")
    assert of(got, "Dana Whitfield", "memberOf") == {"White House"}
    got = facts(nlp, "Queens District Attorney Dana Whitfield charged the driver.")
    assert of(got, "Dana Whitfield", "memberOf") == {"Queens"}


def test_a_rank_before_a_rank_is_no_body(nlp):
    got = facts(nlp, "On Tuesday, Mr. Jordan tried to undermine Lt. Col. Dana Whitfield, reading from a transcript.")
    assert of(got, "Dana Whitfield", "memberOf") | of(got, "Dana Whitfield", "heads") == set()
    assert of(got, "Dana Whitfield", "title") == {"Colonel"}


def test_the_office_someone_is_in_charge_of_is_theirs(nlp):
    got = facts(nlp, '"It is hard," said Dana Whitfield, the assistant director in charge of the Harbor Bureau of Prisons.')
    assert of(got, "Dana Whitfield", "memberOf") == {"Harbor Bureau of Prisons"}


def test_a_department_written_by_its_subject_is_the_department_or_none(nlp):
    got = facts(nlp, "Education Secretary Dana Whitfield said states can ask for a longer extension.")
    assert of(got, "Dana Whitfield", "heads") == set()  # a federal or a state's department: the text does not say
    text = "The U.S. Department of Education issued the rule. Education Secretary Dana Whitfield said states can ask for more."
    assert of(facts(nlp, text), "Dana Whitfield", "heads") == {"U.S. Department of Education"}  # the article says which
    got = facts(nlp, "Defense Secretary Dana Whitfield said the plan would pass.")
    assert of(got, "Dana Whitfield", "heads") == {"U.S. Department of Defense"}
    got = facts(nlp, "State Auditor Dana Whitfield said the plan would fail.")
    assert "U.S. Department of State" not in of(got, "Dana Whitfield", "heads")


def test_a_body_name_continued_by_on_and_a_law_is_a_fragment(nlp):
    got = facts(nlp, "Dana Whitfield, associate director of the Harbor Commission on Medicaid and the Uninsured, said it helps.")
    assert of(got, "Dana Whitfield", "memberOf") == set()
    got = facts(nlp, "Dana Whitfield, director of the Harbor Commission, said the law helps.")
    assert of(got, "Dana Whitfield", "heads") == {"Harbor Commission"}


# -- a committee's chair, a chamber's leader --------------------------------------------------------


def test_the_chair_of_a_chambers_committee_does_not_head_the_chamber(nlp):
    got = facts(nlp, "Democrat Dana Whitfield, chairman of the House judiciary committee, argued the panel is entitled to it.")
    # the committee written in lower case is the lexicon's committee (kg.language.committeenames): its chair
    # heads it, and sits in the chamber, which she does not head ("Democrat X": of the party, kg.resolve.parties)
    assert of(got, "Dana Whitfield", "heads") == {"U.S. House Committee on the Judiciary"}
    assert of(got, "Dana Whitfield", "memberOf") == {"United States House of Representatives", "Democratic Party"}


def test_a_time_after_the_body_is_no_unit_of_it(nlp):
    got = facts(nlp, "Dana Whitfield, who stepped down as executive chairman of Harbor News last week, said nothing.")
    assert of(got, "Dana Whitfield", "heads") == {"Harbor News"}


def test_a_chambers_bare_name_is_not_a_committee_written_without_its_head_noun(nlp):
    text = (
        "Senate Rules Chairman Luis Ortega said he is open to the plan. "
        "Senate Minority Leader Dana Whitfield said the plan would hurt families."
    )
    got = facts(nlp, text)
    assert "Senate Rules" not in of(got, "Dana Whitfield", "memberOf")
    got = facts(nlp, text + " Congressional leaders met on Monday.")
    assert of(got, "Dana Whitfield", "memberOf") == {"United States Senate"}


# -- a place or a party as the body ---------------------------------------------------------------


def test_a_place_has_no_founder(nlp):
    got = facts(nlp, "There sits New Mexico's founder, Dana Whitfield, having more fun than should be allowed.")
    assert of(got, "Dana Whitfield", "memberOf") | of(got, "Dana Whitfield", "heads") == set()


def test_a_party_before_a_head_title_is_the_holders_party_not_the_body_headed(nlp):
    got = facts(nlp, "GOP Gov. Dana Whitfield vetoed the bill on Friday.")
    assert of(got, "Dana Whitfield", "heads") == set()
    assert of(got, "Dana Whitfield", "memberOf") == {"Republican Party"}


def test_a_title_word_inside_a_name_of_a_thing_makes_no_person(nlp):
    got = facts(nlp, "A spokesman at Oakdale County General Hospital said it received three patients.")
    assert not any(s == "Hospital" for s, _, _ in got)
    got = facts(nlp, "Europe on May 25 will enact the General Data Protection Regulation, officials said.")
    assert not any(p == "title" for _, p, _ in got)
    got = facts(nlp, "Retired Marine General Dana Whitfield said the plan would fail.")
    assert of(got, "Dana Whitfield", "title") == {"General"}


def test_a_body_name_cut_before_its_coordinated_or_campus_part_is_a_fragment(nlp):
    got = facts(
        nlp, '"It was healthcare," said Dana Whitfield, a business agent for the Harbor Union of Painters and Allied Trades.'
    )
    assert of(got, "Dana Whitfield", "memberOf") == set()
    got = facts(
        nlp, '"It is hard," said Dana Whitfield, a professor of labor relations at the University of Illinois at Chicago.'
    )
    # issue 14 (s10-names): the campus is now part of the name, so the fact names the whole body, never a fragment
    assert of(got, "Dana Whitfield", "memberOf") == {"University of Illinois at Chicago"}
    got = facts(nlp, '"It is hard," said Dana Whitfield, a professor of labor relations at the University of Illinois.')
    assert of(got, "Dana Whitfield", "memberOf") == {"University of Illinois"}


def test_a_generic_title_after_a_hyphenated_modifier_is_an_occupation(nlp):
    text = "Pro-Trump speaker Dana Whitfield had her talk at the university cancelled after protests."
    got = facts(nlp, text)
    assert of(got, "Dana Whitfield", "title") == set()
    assert {e.name: e.cls for e in extract(nlp(text), "d").entities}.get("Dana Whitfield") == "Person"


def test_a_title_inside_a_prepositional_phrase_of_an_apposition_is_anothers(nlp):
    got = facts(nlp, "Dana Whitfield, the wife of a congressman, said the plan was unfair.")
    assert of(got, "Dana Whitfield", "title") == set()
    got = facts(nlp, "Dana Whitfield, a spokesman for the mayor, said the plan was unfair.")
    assert of(got, "Dana Whitfield", "title") == {"spokesman"}  # the title comes first: it is hers


def test_a_body_before_the_title_is_its_owner_not_the_outlet_set_off_after_it(nlp):
    text = (
        "“While small colleges are providing an excellent education for their students — many of whom are adult "
        "learners — they simply cannot afford to absorb the burden of refunding room and board.” — Dana Whitfield, "
        "Northfield University president, Fox Business"
    )
    assert of(facts(nlp, text), "Dana Whitfield", "heads") == {"Northfield University"}


# -- a place before a private job's head title: the head of a branch (corpus audit, issue 15) -------


def test_a_place_before_a_head_title_heads_a_branch_not_the_whole_body(nlp):
    got = facts(nlp, "Dana Whitfield, U.S. general manager of Harbor Foods, said the letter was signed.")
    assert of(got, "Dana Whitfield", "heads") == set()
    assert of(got, "Dana Whitfield", "memberOf") == {"Harbor Foods"}
    got = facts(nlp, "Lee Marsh, the Texas director of the Harbor Alliance, said the bill was bad.")
    assert of(got, "Lee Marsh", "heads") == set()


def test_a_place_the_body_is_named_for_still_heads_it(nlp):
    got = facts(nlp, "Lee Marsh, the Texas director of the Texas Harbor Alliance, said the bill was bad.")
    assert of(got, "Lee Marsh", "heads") == {"Texas Harbor Alliance"}
    got = facts(nlp, "Dana Whitfield, president of the Harbor Alliance, said the rule was unfair.")
    assert of(got, "Dana Whitfield", "heads") == {"Harbor Alliance"}


def test_a_status_word_opening_a_sentence_is_not_part_of_the_body_name(nlp):
    """ "Incoming Springfield Police Chief X said": the body is the Springfield Police, not an "Incoming
    Springfield Police" (a status word before a title, like "Former", is trimmed off a name)."""
    for word in ("Incoming", "Outgoing", "Acting", "Interim"):
        got = facts(nlp, f"{word} Springfield Police Chief Tom Abel said the department would grow.")
        assert of(got, "Tom Abel", "heads") == {"Springfield Police"}, word
