"""A prominent official's surname the model typed an organization (issue 15: "Trump won 62 percent of the
vote", "Sanders and Warren want ..." give a one-word ORG in articles that never write the first name):
the local entity is that person when the corpus names exactly one official of that surname in full, in
at least ``USUAL_BEARER_ARTICLES`` articles and in three times as many as any other person of the surname
(the rule kg.resolve.links applies to a bare person-typed surname). Never a name the article also writes
as the first word of a longer organization's name ("Acme News", "Acme Motor"), nor a lexicon body,
nor a name written with more than one form in its article."""

from __future__ import annotations

from collections import defaultdict

from ..language.names import normalize
from ..lexicon.load import load_lexicon
from .corefs import GROUP
from .links import USUAL_BEARER_ARTICLES


def link_surname_orgs(locals_, find, join) -> None:
    """Retype and join each such local Organization to the official's cluster (``join(i, j, why)``)."""
    official: set[int] = set()
    surnames: dict[str, set[int]] = defaultdict(set)
    first_words: dict[str, set[str]] = defaultdict(set)
    read: set[int] = set()  # the clusters whose articles are counted: persons named in full, one-word organizations
    for i, (doc_id, e) in enumerate(locals_):
        r = find(i)
        if e.cls == "Official":
            official.add(r)
        if GROUP[e.cls] == "person" and len(e.name.split()) > 1:
            surnames[normalize(e.name).split()[-1]].add(r)
            read.add(r)
        if GROUP[e.cls] == "body":
            first_words[doc_id] |= {n.split()[0] for n in e.names if len(n.split()) > 1}
        if e.cls == "Organization" and len(e.names) == 1 and len(e.name.split()) == 1:
            read.add(r)  # its root may become the root of the official's cluster it joins
    reach: dict[int, set[str]] = defaultdict(set)  # each read cluster's articles (issue 19: not every cluster's)
    for i, (doc_id, _) in enumerate(locals_):
        if (r := find(i)) in read:
            reach[r].add(doc_id)
    del read
    bodies = {normalize(n) for b in load_lexicon().named for n in b.names}
    for i, (doc_id, e) in enumerate(locals_):
        if e.cls != "Organization" or len(e.names) != 1 or len(e.name.split()) != 1 or e.name in first_words[doc_id]:
            continue
        key = normalize(e.name)
        hits = sorted({find(r) for r in surnames.get(key, ())}, key=lambda r: -len(reach[r]))
        if key in bodies or not hits or hits[0] not in official or len(reach[hits[0]]) < USUAL_BEARER_ARTICLES:
            continue
        if len(hits) > 1 and len(reach[hits[0]]) < 3 * len(reach[hits[1]]):
            continue
        e.cls = "Person"
        join(i, hits[0], f"surname {e.name!r} typed an organization: the official of that name in {len(reach[hits[0]])} articles")
