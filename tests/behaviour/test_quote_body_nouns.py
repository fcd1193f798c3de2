"""Quote speakers named by a generic noun for a body (kg.language.bodyrefs): "the group said" is the
body named last before it as a clause subject, or in apposition with that noun; nobody when the noun
was used since for another body, when the body's kind does not fit the noun, or when no body is near."""

from __future__ import annotations

from test_quotes_stances import speakers

QUOTE = "\u201cThe families of this county deserve clear answers from their officials,\u201d "


def test_the_company_is_the_company_that_was_the_subject_before(nlp):
    text = "Brightwater Logistics sued the county on Monday over the new toll.\n\n" + QUOTE + "the company said in a statement."
    assert speakers(nlp, text) == {"The families of": "Brightwater Logistics"}


def test_the_group_is_the_body_named_in_apposition_with_group(nlp):
    text = (
        "One advocacy group at the hearing, RiverWatch, holds that the dam must go, "
        "which the group says is long overdue.\n\n" + QUOTE + "the group explains."
    )
    assert speakers(nlp, text) == {"The families of": "RiverWatch"}


def test_the_group_is_nobody_after_another_group_is_mentioned(nlp):
    text = (
        "Brightwater Logistics sued the county on Monday over the new toll.\n\n"
        "A rival trade group also objected to the plan.\n\n" + QUOTE + "the group said in a statement."
    )
    assert speakers(nlp, text).get("The families of") is None


def test_the_agency_is_not_a_company(nlp):
    text = "Brightwater Logistics sued the county on Monday over the new toll.\n\n" + QUOTE + "the agency said."
    assert speakers(nlp, text).get("The families of") is None


def test_a_body_named_far_before_is_not_the_group(nlp):
    filler = "The toll rose again in the spring. Drivers paid more each week. Traffic on the bridge fell. "
    text = "Brightwater Logistics sued the county on Monday.\n\n" + filler + "\n\n" + QUOTE + "the company said."
    assert speakers(nlp, text).get("The families of") is None


def test_a_title_after_a_long_body_name_gives_the_person(nlp):
    text = (
        "\u201cThe county ignored the law and refused every reasonable request,\u201d said "
        "Parents for Safe Streets of Ohio President Dana Whitcombe, who called the ruling a mistake."
    )
    assert speakers(nlp, text) == {"The county ignored": "Dana Whitcombe"}


def test_in_the_words_of_names_the_speaker(nlp):
    text = (
        "Then there is the cost of housing. In the words of economist Dana Whitcombe of the state university, "
        "\u201cThere is no county in the state where a teacher can afford the median rent today.\u201d"
    )
    assert speakers(nlp, text) == {"There is no": "Dana Whitcombe"}


def test_in_the_words_of_an_unnamed_person_is_nobody(nlp):
    text = (
        "Dana Whitcombe runs the county housing office.\n\n"
        "In the words of one tenant at the meeting, "
        "\u201cThere is no county in the state where a teacher can afford the median rent today.\u201d"
    )
    assert speakers(nlp, text).get("There is no") is None
