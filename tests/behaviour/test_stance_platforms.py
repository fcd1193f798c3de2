"""Stances a candidate runs on, on invented sentences: a gerund that a verb of running on it completes
("X campaigned on repealing Y", "ran on getting rid of Y") is the stance of that verb's subject; not when
the running is denied, and not for a group named by a common noun."""

from __future__ import annotations

from kg.resolve.article import extract


def stances(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, names[f.obj]) for f in x.facts if f.prop in ("supports", "opposes")}


def test_a_gerund_run_on_is_the_runners_stance(nlp):
    assert ("Jane Roe", "opposes", "Harbor Act") in stances(nlp, "Senator Jane Roe campaigned on repealing the Harbor Act.")
    assert ("Jane Roe", "opposes", "Harbor Act") in stances(nlp, "Senator Jane Roe campaigned on getting rid of the Harbor Act.")
    assert ("Jane Roe", "supports", "Harbor Act") in stances(nlp, "Senator Jane Roe campaigned on protecting the Harbor Act.")


def test_no_stance_when_the_running_is_denied_or_the_runners_unnamed(nlp):
    assert not stances(nlp, "Senator Jane Roe did not campaign on repealing the Harbor Act.")
    assert not stances(nlp, "The candidates who ran on repealing the Harbor Act lost.")


def test_no_stance_on_a_common_noun_run_on(nlp):
    text = "The Harbor Act funds ports. Senator Jane Roe will run on repealing the policy."
    assert not {s for s in stances(nlp, text) if s[0] == "Jane Roe"}
