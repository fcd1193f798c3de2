"""A bare surname titled for one chamber of Congress is not a person of that surname titled (or listed) only in
the other (session 24, the corpus audit's "Representative Collins" joined to Sen. Susan Collins). Invented names;
the list's part is a unit test of kg.resolve.chambertitles."""

from __future__ import annotations

from kg.resolve import chambertitles
from kg.resolve.article import extract
from kg.resolve.corpus import resolve


def labels(nlp, *texts: str) -> dict[tuple[str, str], str]:
    """(article id, local name) -> the label of the corpus entity it resolved to."""
    xs = [extract(nlp(t), f"d{i}") for i, t in enumerate(texts)]
    res = resolve(xs)
    label = {e.iri: e.label for e in res.entities}
    return {(x.doc_id, e.name): label[res.local_to_iri[(x.doc_id, e.key)]] for x in xs for e in x.entities}


def test_a_representative_of_a_surname_is_not_the_senator_of_that_name(nlp):
    got = labels(
        nlp,
        "Sen. Dana Whitfield of Ohio said the bill would fail.",
        'The bill failed. "It is a bad bill," Whitfield said on Tuesday.',
        "Representative Whitfield voted no on Tuesday.",
        "Senator Whitfield said she would vote no.",
    )
    assert got[("d3", "Whitfield")] == "Dana Whitfield"  # the senator
    assert got[("d1", "Whitfield")] == "Dana Whitfield"  # no chamber said: still the only Whitfield named in full
    assert got[("d2", "Whitfield")] != "Dana Whitfield"  # another Whitfield, of the House


def test_the_list_knows_a_members_chamber(monkeypatch):
    monkeypatch.setattr(chambertitles, "listed_in", lambda name, chamber: name == "dana roe" and chamber == "upper")
    assert chambertitles.chamber_for_another(frozenset({"representative"}), set(), {"dana roe"})
    assert not chambertitles.chamber_for_another(frozenset({"senator"}), set(), {"dana roe"})
    assert not chambertitles.chamber_for_another(frozenset({"representative", "senator"}), set(), {"dana roe"})
    assert not chambertitles.chamber_for_another(frozenset({"representative"}), set(), {"glen ashby"})  # unlisted
    assert chambertitles.chamber_for_another(frozenset({"congressman"}), {"senator", "\x00dana roe"}, set())
