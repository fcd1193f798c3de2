"""One name, two senses (issue 15), on invented sentences: the capital and the state of one bare name,
a chamber and its committee."""

from __future__ import annotations

from kg.resolve.article import extract


def entities(nlp, text):
    return {e.name: e for e in extract(nlp(text), "d0").entities}


def test_an_article_datelined_in_the_capital_keeps_its_bare_washington_the_capital(nlp):
    text = (
        "Senate leaders trade blame\n\n"
        "WASHINGTON (AP) — Lawmakers gathered on Capitol Hill in Washington on Tuesday to debate the budget.\n\n"
        "Tom Hale, a Democrat who represented Washington state in the House for ten years, said the talks in "
        "Washington had stalled."
    )
    found = entities(nlp, text)
    on_the_hill = [s for s, _ in found["District of Columbia"].mentions if text[s - 16 : s] == "Capitol Hill in "]
    assert on_the_hill
    assert all(s not in on_the_hill for e in found.values() if e.name != "District of Columbia" for s, _ in e.mentions)


def test_a_governor_of_washington_is_of_the_state(nlp):
    text = "Gov. Ana Ruiz of Washington signed the bill on Monday. Critics said the law went too far."
    found = entities(nlp, text)
    assert "District of Columbia" not in found
    assert any(text[s:e] == "Washington" for s, e in found["Washington State"].mentions)


def test_the_senate_is_not_its_appropriations_committee(nlp):
    text = (
        "The House and Senate Appropriations committees will write the spending bill next month. "
        "Senate Minority Leader Tom Hale said the Senate would vote on it in March."
    )
    for e in extract(nlp(text), "d0").entities:
        if "Appropriations" in e.name:
            assert "Senate" not in e.names
