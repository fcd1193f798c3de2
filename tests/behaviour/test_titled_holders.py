"""A bare surname the article also writes under a national title ("President Obama") is that office's
holder, never another person of the surname the article names in full ("first lady Michelle Obama")
(issue 15: an over-merge of a fresh blind set). The names are real holders of the office."""

from __future__ import annotations

from kg.resolve.article import extract


def entities(nlp, text: str) -> dict[str, str]:
    return {e.name: e.cls for e in extract(nlp(text), "d").entities}


def test_a_titled_presidents_surname_is_not_his_wifes_full_name(nlp):
    text = (
        "President Obama canceled the rally on Friday. Instead, Obama met the families. "
        "The White House issued a statement from the president and first lady Michelle Obama."
    )
    got = entities(nlp, text)
    assert got.get("Obama") == "Official"
    assert got.get("Michelle Obama") == "Person"


def test_a_surname_with_no_national_title_still_joins_the_only_full_name(nlp):
    got = entities(nlp, "Michelle Obama spoke in Chicago on Friday. Obama said the garden would grow.")
    assert "Obama" not in got and "Michelle Obama" in got


def test_a_place_name_as_a_surname_after_a_first_name_stays_a_person(nlp):
    got = entities(nlp, "The bill was backed by Reps. Dana Morrow, Jim Jordan and Lee Park on Friday.")
    assert got.get("Jim Jordan") in ("Person", "Official")
    assert "Jordan" not in got


def test_a_former_presidents_surname_is_not_the_only_full_name_of_the_corpus(nlp):
    from kg.resolve.corpus import resolve

    texts = [
        "Secretary Hillary Clinton met the board on Monday.",
        "Dana Morrow served as special counsel to former President Clinton in the 1990s.",
    ]
    res = resolve([extract(nlp(t), f"d{i}") for i, t in enumerate(texts)])
    hillary = next(e for e in res.entities if e.label == "Hillary Clinton")
    assert "Clinton" not in hillary.aliases


def test_a_titled_surname_written_as_a_possessor_is_still_the_holders(nlp):
    text = (
        "Americans visited President Obama\u2019s official page on Sunday. "
        "First lady Michelle Obama joined the event. Obama said the page would stay."
    )
    got = entities(nlp, text)
    assert got.get("Michelle Obama") == "Person"
