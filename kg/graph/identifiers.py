"""Links from entities to authoritative identifiers (see :mod:`kg.language.identity`):

- a Court: ``schema:identifier`` its CourtListener id ("ca9") and ``kg:courtListener`` its page;
- a US Place: ``owl:sameAs`` its GeoNames URI (cities, states) and ``kg:fipsCode`` (states, counties);
- a Law or CourtRuling: ``schema:identifier`` its normalized citation ("8 U.S.C. § 1373");
- a body no package identifies (an international court): ``skos:exactMatch`` its Wikidata item, from
  the ``wikidata`` column of the lexicon's bodies.tsv.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, SKOS

from ..core.namespaces import KG, SCHEMA
from ..core.records import Entity
from ..language.identity import citation_for, court_of, place_of
from ..lexicon.load import load_lexicon

WIKIDATA = "http://www.wikidata.org/entity/"


def identifier_triples(e: Entity) -> list[tuple[URIRef, URIRef | Literal]]:
    """(property, value) pairs linking ``e`` to the identifiers the databases give it."""
    names = [e.label, *e.aliases]
    out: list[tuple[URIRef, URIRef | Literal]] = []
    if e.cls == "Court" and (c := court_of(names)):
        out.append((SCHEMA.identifier, Literal(c)))
    elif e.cls == "Place" and (p := place_of(names)):
        if p.geonames_uri:
            out.append((OWL.sameAs, URIRef(p.geonames_uri)))
        if p.fips:
            out.append((KG.fipsCode, Literal(p.fips)))
    elif e.cls in ("Law", "CourtRuling") and (c := citation_for(names)):
        out.append((SCHEMA.identifier, Literal(c[0])))
    if not out and e.cls in ("Court", "Agency", "Organization") and (q := wikidata_of(names)):
        out.append((SKOS.exactMatch, URIRef(WIKIDATA + q)))
    return out


def wikidata_of(names: list[str]) -> str | None:
    """The one Wikidata item the lexicon gives the bodies these names denote (none when they disagree)."""
    lex = load_lexicon()
    found = {b.wikidata for n in names if (b := lex.body(n)) is not None and b.wikidata}
    return found.pop() if len(found) == 1 else None
