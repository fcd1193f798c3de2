"""A ruling and its court in a sentence naming several courts (issue 15): "the Supreme Court's ruling in
Doe v. Roe" is the court that owns the ruling noun whose "in" names the ruling; with no such owner, no
court. Invented sentences."""

from __future__ import annotations

from test_behaviour import facts, of


def test_the_court_owning_the_ruling_noun_decided_it(nlp):
    got = facts(
        nlp,
        "The appeals court said the state law violated the Supreme Court's ruling in Doe v. Roe, and the Ninth Circuit agreed.",
    )
    assert len(of(got, "Doe v. Roe", "decidedBy")) == 1
    assert "Ninth Circuit" not in " ".join(of(got, "Doe v. Roe", "decidedBy"))


def test_no_court_when_none_owns_the_ruling(nlp):
    got = facts(nlp, "The Ninth Circuit cited the ruling in Doe v. Roe, and the Supreme Court agreed.")
    assert of(got, "Doe v. Roe", "decidedBy") == set()
