"""Corpus resolution's compact tables (issue 19) resolve as the tables they replace did.

Small corpora are drawn at random (fixed seeds) from a vocabulary of namesakes, bare surnames under
titles, generic body names, acronyms, long names one letter apart and one-word organizations, and
resolved twice: by kg.resolve.corpus as it is, and with its second-pass links swapped for the verbatim
copies in ``legacy_links`` (before the change). Entities, local entities' IRIs and merge log must agree;
so must the resolution of the slim extractions (kg.orchestrate.spill.for_resolution) and of the whole ones.
"""

from __future__ import annotations

import random

import legacy_links
import pytest

import kg.resolve.corpus as corpus
from kg.core.records import Evidence, Extraction, Fact, LocalEntity
from kg.orchestrate.spill import SlimEntity, SlimExtraction, SlimFact, for_resolution
from kg.resolve.corpus import Aliases, resolve
from kg.resolve.misspellings import link_misspellings

PERSONS = [
    "Donald Trump", "Ivanka Trump", "Ted Cruz", "Nikolas Cruz", "Chris Wray", "Christopher Wray", "Christine Wray",
    "George W. Bush", "George H. W. Bush", "Bill Clinton", "Hillary Clinton", "Tom Cole", "Barack Obama",
    "Michelle Obama", "Jane Doe", "John Doe", "Rand Paul", "Paul Manafort",
]  # fmt: skip
BARE = ["Trump", "Cruz", "Wray", "Bush", "Clinton", "Cole", "Obama", "Doe", "Paul"]
TITLES = ["President", "Director", "Senator", "first lady", "Rep.", "Vice President", "Minority Leader"]
BODIES = [
    ("Agency", "Federal Bureau of Investigation"), ("Agency", "FBI"), ("Agency", "Boston Police Department"),
    ("Agency", "BPD"), ("Agency", "State Police"), ("Agency", "Massachusetts State Police"),
    ("Organization", "Boston City Council"), ("Organization", "City Council"),
    ("Organization", "Daily Caller News Foundation"), ("Organization", "Dally Caller News Foundation"),
    ("Organization", "Daily Caler News Foundation"), ("Organization", "Harbor Majority Action Fund"),
    ("Organization", "Harbor Majorty Action Fund"), ("Organization", "ACLU"), ("Organization", "ACLU of Ohio"),
    ("Organization", "Acme"), ("Organization", "Trump"), ("Organization", "Cole"), ("Agency", "U.S. Senate"),
    ("Organization", "US"),
]  # fmt: skip
PLACES = ["Boston", "Massachusetts", "Ohio", "Springfield, Illinois", "Springfield, Missouri"]
EV = Evidence(0, 1, "x")


def _article(rng: random.Random, n: int) -> Extraction:
    ents, facts = [], []
    for k in range(rng.randint(2, 9)):
        kind = rng.random()
        if kind < 0.3:
            name = rng.choice(PERSONS)
            names = [name] + ([name.split()[-1]] if rng.random() < 0.3 else [])
            e = LocalEntity(f"e{k}", rng.choice(["Person", "Official"]), name, names, [(0, 1)] * rng.randint(1, 4))
        elif kind < 0.5:
            name = rng.choice(BARE)
            e = LocalEntity(f"e{k}", "Person", name, [name], [(0, 1)] * rng.randint(1, 3), rng.choice([None, "m", "f"]))
        elif kind < 0.85:
            cls, name = rng.choice(BODIES)
            e = LocalEntity(f"e{k}", cls, name, [name], [(0, 1)] * rng.randint(1, 3))
        else:
            name = rng.choice(PLACES)
            e = LocalEntity(f"e{k}", "Place", name, [name], [(0, 1)] * rng.randint(1, 5))
        ents.append(e)
    persons = [e.key for e in ents if e.cls in ("Person", "Official")]
    bodies = [e.key for e in ents if e.cls in ("Agency", "Organization", "Place")]
    for key in persons:
        if rng.random() < 0.6:
            facts.append(Fact(key, "title", EV, value=rng.choice(TITLES), rule="r", component="titles"))
        if bodies and rng.random() < 0.5:
            facts.append(Fact(key, rng.choice(["heads", "memberOf"]), EV, obj=rng.choice(bodies)))
    if len(ents) > 1 and rng.random() < 0.3:
        merges = [(ents[0].name, ents[1].name, "same article")]
    else:
        merges = []
    return Extraction(f"a{n}", ents, facts, merges=merges)


def _legacy(monkeypatch) -> None:
    monkeypatch.setattr(corpus, "local_titles", legacy_links.local_titles)
    monkeypatch.setattr(corpus, "link_generic_and_initials", legacy_links.link_generic_and_initials)
    monkeypatch.setattr(corpus, "link_misspellings", legacy_links.link_misspellings)
    monkeypatch.setattr(corpus, "link_nicknames", legacy_links.link_nicknames)
    monkeypatch.setattr(corpus, "link_surname_orgs", legacy_links.link_surname_orgs)


def _corpus(seed: int) -> list[Extraction]:
    rng = random.Random(seed)
    return [_article(rng, n) for n in range(rng.randint(8, 40))]


def _resolved(xs, aliases):
    res = resolve(xs, aliases)
    return res.entities, res.local_to_iri, list(res.log)


ALIASES = [Aliases(), Aliases(merges=[["Jane Doe", "Acme"], ["Boston City Council", "Tom Cole"]])]


@pytest.mark.parametrize("aliases", ALIASES, ids=["no aliases", "persons forced into bodies"])
def test_compact_tables_resolve_as_the_old_tables_did(monkeypatch, aliases):
    merged = 0
    for seed in range(60):
        xs = _corpus(seed)
        new = _resolved(_corpus(seed), aliases)  # link_surname_orgs retypes entities in place: a fresh copy each
        with monkeypatch.context() as m:
            _legacy(m)
            old = _resolved(xs, aliases)
        assert new == old, seed
        merged += sum(1 for row in new[2] if "of" in row[3])
    assert merged > 100  # the corpora do merge across articles


def test_slim_extractions_resolve_as_the_whole_ones():
    for seed in range(30):
        whole = _resolved(_corpus(seed), ALIASES[1])
        slim = _resolved([for_resolution(x) for x in _corpus(seed)], ALIASES[1])
        assert slim == whole, seed


def test_the_slim_extraction_keeps_what_resolution_reads_only():
    x = Extraction(
        "a1",
        [LocalEntity("e0", "Person", "Jane Doe", ["Jane Doe", "Doe"], [(0, 8), (20, 23)], "f")],
        [Fact("e0", "title", Evidence(0, 8, "Jane Doe"), value="Mayor", rule="r", component="titles"),
         Fact("e0", "supports", Evidence(0, 8, "Jane Doe"), obj="e0")],
        quotes=[], authors=["e0"], headline="Doe wins", merges=[("Doe", "Jane Doe", "surname")],
    )  # fmt: skip
    slim = for_resolution(x)
    assert isinstance(slim, SlimExtraction) and not hasattr(slim, "__dict__")
    (e,) = slim.entities
    assert isinstance(e, SlimEntity) and (e.key, e.cls, e.name, e.names, e.sex) == (
        "e0",
        "Person",
        "Jane Doe",
        ["Jane Doe", "Doe"],
        "f",
    )
    assert len(e.mentions) == 2
    (f,) = slim.facts
    assert isinstance(f, SlimFact) and (f.subj, f.prop, f.obj, f.value) == ("e0", "title", None, "Mayor")
    assert slim.merges == [("Doe", "Jane Doe", "surname")] and slim.doc_id == "a1"


def test_misspelled_names_join_the_same_way_whatever_their_hashes_share(monkeypatch):
    """The variants are compared by hash: a hash every variant shares only adds candidates, which the
    one-edit test rejects, so the links are those of the strings."""
    import kg.resolve.misspellings as mis

    locals_ = [
        (f"a{i}", LocalEntity("e0", "Organization", name, [name]))
        for i, name in enumerate(
            ["Daily Caller News Foundation", "Dally Caller News Foundation", "Harbor Majority Action Fund",
             "Daily Caler News Foundation", "Harbor Majorty Action Fund", "Daily Caller News Foundations"]
        )
    ]  # fmt: skip

    def run(link):
        parent, why = list(range(len(locals_))), {}

        def find(i):
            while parent[i] != i:
                i = parent[i]
            return i

        link(locals_, find, parent, why)
        return parent, why

    expected = run(legacy_links.link_misspellings)
    assert run(link_misspellings) == expected and expected[1]
    monkeypatch.setattr(mis, "hash", lambda s: 7, raising=False)  # every variant collides
    assert run(link_misspellings) == expected


def test_a_bodies_cluster_joined_to_a_persons_one_brings_its_articles(monkeypatch):
    """Only clusters with a person keep their articles and names; a cluster of bodies that a generic name
    joins to a body an aliases file merged with a person brings all of its own (gathered then): here the
    ten articles of "City Council" make Tom Cole the usual Cole of the corpus."""

    def x(doc_id, *ents):
        return Extraction(doc_id, [LocalEntity(f"e{k}", c, n, [n], [(0, 1)]) for k, (c, n) in enumerate(ents)])

    xs = [x(f"t{i}", ("Person", "Tom Cole"), ("Organization", "Boston City Council")) for i in range(3)]
    xs += [x(f"c{i}", ("Organization", "City Council"), ("Place", "Boston")) for i in range(10)]
    xs += [x("amy", ("Person", "Amy Cole")), x("bare", ("Person", "Cole"))]
    aliases = Aliases(merges=[["Tom Cole", "Boston City Council"]])
    new = _resolved(xs, aliases)
    with monkeypatch.context() as m:
        _legacy(m)
        assert _resolved(xs, aliases) == new
    bare = new[1][("bare", "e0")]
    assert bare == new[1][("t0", "e0")] != new[1][("amy", "e0")]


def test_local_iris_answer_as_the_dict_they_replace():
    from kg.resolve.localiris import LocalIris

    rng, compact, plain = random.Random(7), LocalIris(), {}
    for _ in range(2000):
        doc, key, iri = f"a{rng.randint(0, 30)}", f"e{rng.randint(0, 40)}", f"https://x/{rng.randint(0, 300)}"
        compact.add(doc, key, iri)
        plain[(doc, key)] = iri  # a pair set twice takes its last IRI
    assert compact == plain and len(compact) == len(plain) and dict(compact) == plain
    assert compact[next(iter(plain))] == plain[next(iter(plain))]
    for missing in [("a99", "e0"), ("a1", "e99"), "a1"]:
        with pytest.raises(KeyError):
            compact[missing]
    assert compact.get(("a99", "e0")) is None and ("a99", "e0") not in compact
