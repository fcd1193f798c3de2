"""The one place where IRIs are minted.

Every resource kg creates (entity, article, assertion, evidence, selector, quote, rule) gets its IRI
from :func:`mint`. IRIs depend only on their inputs, so the same corpus always yields the same
IRIs and byte-identical Turtle.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from .namespaces import KGID

KINDS = frozenset(
    {
        # entity kinds: the lower-cased class local name
        "official",
        "person",
        "agency",
        "court",
        "organization",
        "law",
        "courtruling",
        "place",
        # provenance and document kinds
        "article",
        "assertion",
        "evidence",
        "quote",
        "amendment",
        "position",
        "rule",
        # office-holdings (kg/graph/roles.py): membership, its time interval, the office concept
        "membership",
        "interval",
        "role",
    }
)

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, max_len: int = 60) -> str:
    """ASCII, lower-case, dash-separated form of ``text`` (accents folded, never empty)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = _NON_SLUG.sub("-", folded.lower()).strip("-")[:max_len].strip("-")
    if not s:
        s = "x" + digest(text, 10)
    return s


def digest(*parts: object, length: int = 16) -> str:
    """A short, stable hex digest of ``parts`` (joined with a separator that cannot occur)."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def mint(kind: str, *parts: object) -> URIRef:
    """Mint the IRI of a ``kind`` resource identified by ``parts``.

    - entities: ``mint("official", "Marty Walsh")`` -> ``.../id/official/marty-walsh``
    - articles: ``mint("article", article_id)``
    - anything else: a readable head plus a digest of all parts, e.g.
      ``mint("assertion", s, p, o, article_id, start, end)``.
    """
    kind = kind.lower()
    if kind not in KINDS:
        raise ValueError(f"unknown IRI kind {kind!r}")
    if not parts:
        raise ValueError("mint() needs at least one part")
    if kind == "article":
        return URIRef(f"{KGID}article/{quote(str(parts[0]), safe='-._~')}")
    if len(parts) == 1:
        return URIRef(f"{KGID}{kind}/{slug(str(parts[0]))}")
    head = slug(str(parts[0]), 40)
    return URIRef(f"{KGID}{kind}/{head}-{digest(*parts)}")
