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
