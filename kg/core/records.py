"""Plain data that flows between the stages of kg.

corpus -> :class:`Document` -> spaCy ``Doc`` -> :class:`Extraction` (per article, JSON-able, a
pure function of the text and the settings, so it can be cached or computed in another process)
-> :class:`Entity` (resolved across the corpus) -> RDF graph.

Offsets are code-point offsets into ``Document.text`` (Python ``str`` indices), so that
``text[start:end]`` is exactly the evidence string.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ENTITY_CLASSES = ("Official", "Person", "Agency", "Court", "Organization", "Law", "CourtRuling", "Place")
CORE_CLASSES = ("Official", "Agency", "Court", "Law", "CourtRuling")
ENTITY_PROPERTIES = (
    "memberOf",
    "heads",
    "appointedBy",
    "enactedBy",
    "amendedBy",
    "decidedBy",
    "regulates",
    "jurisdiction",
    "partOf",
    "supports",
    "opposes",
)
LITERAL_PROPERTIES = ("title", "enactedDate", "amendedDate", "decisionDate")


@dataclass
class Document:
    """One article as read from the corpus."""

    id: str
    text: str
    path: str = ""
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    """Where each page starts in ``text`` (PDFs only; empty for other formats)."""


@dataclass
class LocalEntity:
    """An entity as seen within one article, after in-article coreference.

    ``key`` is unique within the article's extraction. ``names`` lists every name used for it in
    the article (``name`` first, the fullest); ``mentions`` the (start, end) offsets of each mention.
    ``sex`` ("m"/"f") only for a person the article names by one word alone, when the honorific
    before every mention says it ("Ms Doe" -> "f"): the corpus never joins it to a "John Doe".
    """

    key: str
    cls: str
    name: str
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    sex: str | None = None


@dataclass
class Evidence:
    """The sentence a fact or quote came from: ``text[start:end] == exact``."""

    start: int
    end: int
    exact: str


@dataclass
class Fact:
    """``subj`` -> ``prop`` -> ``obj`` (a LocalEntity key) or ``value`` (a literal); ``rule`` names
    the pattern that found it and ``component`` the pipeline component (or resolve step) it belongs to."""

    subj: str
    prop: str
    evidence: Evidence
    obj: str | None = None
    value: str | None = None
    rule: str = ""
    component: str = ""

    @property
    def rule_label(self) -> str:
        """The rule that produced the fact as ``component/pattern`` (``titles/title-apposition``)."""
        return f"{self.component or 'unknown'}/{self.rule or 'unnamed'}"


@dataclass
class Quote:
    """Quoted words (``text`` == article text[start:end], without the quote marks)."""

    start: int
    end: int
    text: str
    speaker: str | None
    evidence: Evidence


@dataclass
class Extraction:
    """Everything extracted from one article."""

    doc_id: str
    entities: list[LocalEntity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    headline: str | None = None
    merges: list[tuple[str, str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        ents = [LocalEntity(**{**e, "mentions": [tuple(m) for m in e["mentions"]]}) for e in data["entities"]]
        facts = [Fact(**{**f, "evidence": Evidence(**f["evidence"])}) for f in data["facts"]]
        quotes = [Quote(**{**q, "evidence": Evidence(**q["evidence"])}) for q in data["quotes"]]
        return cls(
            data["doc_id"],
            ents,
            facts,
            quotes,
            [tuple(s) for s in data.get("furniture", [])],
            list(data.get("authors", [])),
            data.get("publisher"),
            data.get("headline"),
            [tuple(m) for m in data.get("merges", [])],
        )


@dataclass
class Entity:
    """A real-world entity resolved across the corpus: one node, one IRI."""

    iri: str
    cls: str
    label: str
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
