"""A ruling a judge of the article wrote in was decided by the judge's court (kg.resolve.opinions, issue
15): "Justice X wrote in Doe v. Roe" where the article puts X in one court; never when it puts X in
none. Invented sentences."""

from __future__ import annotations

from test_behaviour import facts, of

COURT = "The Supreme Court upheld the conviction in 1920. "


def test_a_ruling_a_justice_wrote_in_was_decided_by_the_justices_court(nlp):
    got = facts(nlp, COURT + "Justice Dana Whitfield wrote in Doe v. Roe that the speech was not protected.")
    assert len(of(got, "Doe v. Roe", "decidedBy")) == 1
    got = facts(nlp, COURT + '"Speech has limits," declared Justice Dana Whitfield in Doe v. Roe.')
    assert len(of(got, "Doe v. Roe", "decidedBy")) == 1


def test_no_court_for_a_writer_the_article_puts_in_no_court(nlp):
    got = facts(nlp, "The ruling was appealed in 1920. Dana Whitfield wrote in Doe v. Roe that the speech was not protected.")
    assert of(got, "Doe v. Roe", "decidedBy") == set()
