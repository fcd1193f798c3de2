"""Person names the model ran on past the name or opened before it (kg.language.personspans, issue 15):
the ``kg_gazetteer`` component cuts them to the name, on invented sentences whose entity the test sets
as the model sometimes reads it."""

from __future__ import annotations

import pytest


def gazetteer_names(nlp, text: str, wrong: str) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == "kg_entities":
            break
        doc = pipe(doc)
    start = text.index(wrong)
    doc.ents = [doc.char_span(start, start + len(wrong), label="Person")]
    doc = nlp.get_pipe("kg_gazetteer")(doc)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "wrong", "name"),
    [
        ("“Justice will be served,” Harlow’s niece Brenna Marsh declared.", "Harlow’s niece", "Harlow"),
        ("Protests began after Harlow’s May 25 arrest.", "Harlow’s May 25", "Harlow"),
        (
            "The paper was written by Corwin Bellamy: Large-scale surveillance is a danger.",
            "Corwin Bellamy: Large",
            "Corwin Bellamy",
        ),
        ("Outside groups spent $5 million against Republican Dace Tellis in the race.", "Republican Dace Tellis", "Dace Tellis"),
        ("The commissioner wrote Secretary Dace Tellis Nov. 14 that he would act.", "Dace Tellis Nov.", "Dace Tellis"),
        ("The board met Corwin Bellamy March 3 at the hall.", "Corwin Bellamy March", "Corwin Bellamy"),
        ('Tweeted Brenna Marsh, president of the union: "We will not back down."', "Tweeted Brenna Marsh", "Brenna Marsh"),
        ('Wrote Brenna Marsh in a letter: "We will not back down."', "Wrote Brenna Marsh", "Brenna Marsh"),
    ],
)
def test_a_person_span_is_cut_to_the_name(nlp, text, wrong, name):
    assert gazetteer_names(nlp, text, wrong) == [(name, "Person")]


def test_names_with_particles_and_initials_stay_whole(nlp):
    text = "The plan was backed by Mayor Bill de Blasio and J. R. Dunmore on Monday."
    assert gazetteer_names(nlp, text, "Bill de Blasio") == [("Bill de Blasio", "Person")]
    assert gazetteer_names(nlp, text, "J. R. Dunmore") == [("J. R. Dunmore", "Person")]


def test_a_month_that_is_a_given_name_stays_in_the_name_without_its_period(nlp):
    text = "Prime Minister Brenna May 10 days ago said no."
    assert gazetteer_names(nlp, text, "Brenna May") == [("Brenna May", "Person")]


def test_a_lemma_that_opens_a_sentence_stays_in_the_name(nlp):
    text = "Post Brenna Marsh won the seat."  # "Post" is a speech verb's lemma and a word of names
    assert gazetteer_names(nlp, text, "Post Brenna Marsh") == [("Post Brenna Marsh", "Person")]


@pytest.mark.parametrize("label", ["Place", "Organization", "Person"])
def test_a_name_after_a_courtesy_title_is_a_person_whatever_the_model_read(nlp, label):
    text = "The panel reported that Ms Hill had broken the rules."
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == "kg_entities":
            break
        doc = pipe(doc)
    doc.ents = [doc.char_span(text.index("Ms Hill"), text.index("Ms Hill") + 7, label=label)]
    doc = nlp.get_pipe("kg_gazetteer")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Hill", "Person")]


def test_a_span_is_kept_when_no_name_would_be_left(nlp):
    assert gazetteer_names(nlp, "He said ’s more was coming.", "’s more") == [("’s more", "Person")]
