"""Load and check a reference file in the ``kg-gold/1`` format (see GUIDELINES.md).

```json
{"format": "kg-gold/1", "corpus": "...", "documents": {"<doc id>": {...}, ...},
 "entities": [{"id": "marty_walsh", "type": "Official", "name": "Marty Walsh",
               "aliases": ["Walsh"], "optional": false}, ...],
 "facts":    [{"s": "<id>", "p": "heads", "o": "<id>", "docs": ["<doc id>"]},
              {"s": "<id>", "p": "title", "value": "Mayor"}, ...],
 "quotes":   [{"doc": "<doc id>", "speaker": "<id>", "starts": "opening words"}, ...]}
```

Every problem is reported as a :class:`~kg.errors.KgError` naming the file and the item.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.records import ENTITY_CLASSES, ENTITY_PROPERTIES, LITERAL_PROPERTIES
from ..errors import KgError
from ..language.normalize import normalize, year

FORMAT = "kg-gold/1"
DATE_PROPERTIES = ("enactedDate", "amendedDate", "decisionDate")


@dataclass(frozen=True)
class GoldEntity:
    id: str
    cls: str
    name: str
    aliases: tuple[str, ...]
    optional: bool
    names: frozenset[str]  # normalized name + aliases


@dataclass(frozen=True)
class GoldFact:
    s: str
    p: str
    o: str
    optional: bool
    docs: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldLiteral:
    s: str
    p: str  # title / enactedDate / amendedDate / decisionDate
    value: str
    optional: bool


@dataclass(frozen=True)
class GoldQuote:
    doc: str
    speaker: str
    starts: str
    optional: bool


@dataclass
class Gold:
    path: str
    corpus: str
    documents: tuple[str, ...]
    entities: dict[str, GoldEntity]
    facts: list[GoldFact]
    literals: list[GoldLiteral]
    quotes: list[GoldQuote]


def load_gold(path: str | Path) -> Gold:
    """Read the reference file at ``path``; raise :class:`KgError` on any problem."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KgError(f"{path}: reference file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise KgError(f"{path}: cannot read reference file ({err.__class__.__name__}: {err})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise KgError(f"{path}: not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})") from None
    return parse_gold(data, str(path))


def parse_gold(data: Any, where: str = "<gold>") -> Gold:
    """Check and convert an already-parsed reference document (``where`` names it in errors)."""

    def fail(msg: str) -> KgError:
        return KgError(f"{where}: {msg}")

    if not isinstance(data, dict):
        raise fail("expected a JSON object at the top level")
    if data.get("format") != FORMAT:
        raise fail(f"format is {data.get('format')!r}, expected {FORMAT!r}")
    docs_raw = data.get("documents", {})
    if not isinstance(docs_raw, (dict, list)):
        raise fail("'documents' must be an object or a list of document ids")
    documents = tuple(str(d) for d in docs_raw)

    entities: dict[str, GoldEntity] = {}
    for i, e in enumerate(_list(data, "entities", fail)):
        at = f"entities[{i}]"
        eid = _str(e, "id", at, fail)
        if eid in entities:
            raise fail(f"{at}: duplicate id {eid!r}")
        cls = _str(e, "type", at, fail)
        if cls not in ENTITY_CLASSES:
            raise fail(f"{at} ({eid}): unknown type {cls!r} (expected one of {', '.join(ENTITY_CLASSES)})")
        name = _str(e, "name", at, fail)
        aliases = e.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise fail(f"{at} ({eid}): 'aliases' must be a list of strings")
        names = frozenset(n for n in (normalize(x) for x in [name, *aliases]) if n)
        entities[eid] = GoldEntity(eid, cls, name, tuple(aliases), _optional(e, at, fail), names)

    def known(item: dict, key: str, at: str) -> str:
        ref = _str(item, key, at, fail)
        if ref not in entities:
            raise fail(f"{at}: '{key}' refers to unknown entity {ref!r}")
        return ref

    facts: list[GoldFact] = []
    literals: list[GoldLiteral] = []
    for i, f in enumerate(_list(data, "facts", fail)):
        at = f"facts[{i}]"
        s, p = known(f, "s", at), _str(f, "p", at, fail)
        if p in ENTITY_PROPERTIES:
            docs = f.get("docs", [])
            if not isinstance(docs, list):
                raise fail(f"{at}: 'docs' must be a list of document ids")
            facts.append(GoldFact(s, p, known(f, "o", at), _optional(f, at, fail), tuple(map(str, docs))))
        elif p in LITERAL_PROPERTIES:
            value = f.get("value")
            if not isinstance(value, (str, int)) or not str(value).strip():
                raise fail(f"{at}: {p} needs a non-empty 'value'")
            if p in DATE_PROPERTIES and year(value) is None:
                raise fail(f"{at}: {p} value {value!r} has no four-digit year")
            literals.append(GoldLiteral(s, p, str(value), _optional(f, at, fail)))
        else:
            allowed = ", ".join(ENTITY_PROPERTIES + LITERAL_PROPERTIES)
            raise fail(f"{at}: unknown property {p!r} (expected one of {allowed})")

    quotes: list[GoldQuote] = []
    for i, q in enumerate(_list(data, "quotes", fail)):
        at = f"quotes[{i}]"
        doc = _str(q, "doc", at, fail)
        if documents and doc not in documents:
            raise fail(f"{at}: doc {doc!r} is not listed in 'documents'")
        starts = _str(q, "starts", at, fail)
        if not normalize(starts):
            raise fail(f"{at}: 'starts' has no words")
        quotes.append(GoldQuote(doc, known(q, "speaker", at), starts, _optional(q, at, fail)))

    return Gold(where, str(data.get("corpus", "")), documents, entities, facts, literals, quotes)


def _list(data: dict, key: str, fail) -> list[dict]:
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
        raise fail(f"'{key}' must be a list of objects")
    return items


def _str(item: dict, key: str, at: str, fail) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise fail(f"{at}: missing or empty '{key}'")
    return value


def _optional(item: dict, at: str, fail) -> bool:
    value = item.get("optional", False)
    if not isinstance(value, bool):
        raise fail(f"{at}: 'optional' must be true or false")
    return value
