"""Article metadata (authors and outlet given by the corpus: JSONL fields, front matter, HTML meta)
joined to an article's extraction, so that it reaches the graph as ``dcterms:creator`` and
``dcterms:publisher``.

Extraction is a pure function of the text (so it can be cached); metadata is joined afterwards,
per article, in the build. A metadata author who is already an entity of the article (a byline,
a quoted reporter) is that entity; otherwise a ``Person`` without mentions in the text is added.
Scraped author fields are noisy ("Story Count", "Analysis Stephen Collinson", site handles), so
only values that look like a person's name, and that the byline rules do not reject, are kept.
The outlet is used when the text names no publisher.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..core.records import Document, Extraction, LocalEntity
from ..language.names import name_key
from ..lexicon.resources import load_json

# a person's name: 2-5 words, each capitalized or an initial, particles allowed; no digits, no "_"
_NAME = re.compile(
    r"(?:[A-Z][a-zA-Z'’-]*\.?|[A-Z]\.(?:[A-Z]\.)*)(?: (?:[A-Z][a-zA-Z'’-]*\.?|[A-Z]\.|de|van|von|da|del|la|di|bin|al|Jr\.?|Sr\.?|II|III|IV)){1,4}"
)
_PERSON = ("Person", "Official")


@lru_cache(maxsize=1)
def _filters() -> tuple[list[re.Pattern], list[re.Pattern]]:
    """The byline rules' lists of what is not an author's / a publisher's name."""
    data = load_json("byline.json")
    return ([re.compile(p) for p in data.get("not_authors", [])], [re.compile(p) for p in data.get("not_publishers", [])])


def author_names(doc: Document) -> list[str]:
    """The metadata authors of ``doc`` that look like persons' names."""
    not_author, _ = _filters()
    out = []
    for name in doc.authors:
        name = name.strip().strip('"“”')
        if _NAME.fullmatch(name) and not any(rx.search(name) for rx in not_author):
            out.append(name)
    return out


def publisher_name(doc: Document) -> str | None:
    _, not_publisher = _filters()
    name = (doc.publisher or "").strip()
    if not name or any(rx.search(name) for rx in not_publisher):
        return None
    return name


def with_metadata(x: Extraction, doc: Document) -> Extraction:
    """``x`` with ``doc``'s metadata authors and outlet joined (a new object; ``x`` is unchanged)."""
    authors = author_names(doc)
    publisher = publisher_name(doc) if x.publisher is None else None
    if not authors and not publisher:
        return x
    entities = list(x.entities)
    keys = {e.key for e in entities}

    def entity_for(name: str, classes: tuple[str, ...], cls: str, tag: str) -> str:
        key = name_key(name, cls)
        for e in entities:
            if e.cls in classes and any(name_key(n, e.cls) == key for n in (e.name, *e.names)):
                return e.key
        new = f"meta:{tag}:{key}"
        while new in keys:
            new += "'"
        keys.add(new)
        entities.append(LocalEntity(new, cls, name, [name], []))
        return new

    credited = list(x.authors)
    for name in authors:
        k = entity_for(name, _PERSON, "Person", "author")
        if k not in credited:
            credited.append(k)
    outlet = entity_for(publisher, ("Organization",), "Organization", "publisher") if publisher else x.publisher
    return replace(x, entities=entities, authors=credited, publisher=outlet)
