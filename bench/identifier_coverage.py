"""Share of US places and of courts that carry an authoritative identifier (a script, not a test).

A US place is a kg:Place whose label or an alias names a US state, city or county the packages know
(any, ambiguous ones included: kg.language.places.us_name) or that already carries a GeoNames link or FIPS code; a court is any
kg:Court, and a US court any court but those the lexicon (bodies.tsv) lists with no US jurisdiction (the
International Criminal Court): courts-db, the source of the CourtListener ids, holds US courts only, as the
US places are those the gazetteers know. Identified: a place with owl:sameAs or kg:fipsCode, a court
with schema:identifier (its CourtListener id) or skos:exactMatch (its Wikidata item: the international
courts, from the lexicon's bodies.tsv).

    .venv/bin/python bench/identifier_coverage.py out/graph.ttl [--list]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from rdflib import Graph
    from rdflib.namespace import OWL, RDF, RDFS, SKOS

    from kg.core.namespaces import KG, SCHEMA
    from kg.language.places import us_name
    from kg.lexicon.load import load_lexicon

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--list", action="store_true", help="print the entities without an identifier")
    args = ap.parse_args()
    if not args.graph.is_file():
        sys.exit(f"{args.graph}: no such graph")
    g = Graph().parse(args.graph, format="turtle")

    def names(n):
        return [str(x) for p in (RDFS.label, SKOS.altLabel) for x in g.objects(n, p)]

    rows = {}
    places = [n for n in g.subjects(RDF.type, KG.Place)]
    linked = {n for n in places if (n, OWL.sameAs, None) in g or (n, KG.fipsCode, None) in g}
    us = [n for n in places if n in linked or any(us_name(x) for x in names(n))]
    rows["US places"] = (us, [n for n in us if n in linked])
    courts = list(g.subjects(RDF.type, KG.Court))

    def court_id(n) -> bool:
        return (n, SCHEMA.identifier, None) in g or (n, SKOS.exactMatch, None) in g

    rows["courts"] = (courts, [n for n in courts if court_id(n)])
    lex = load_lexicon()
    us_places = {"United States", *(p.name for p in lex.places if p.parent == "United States")}

    def foreign(n) -> bool:
        body = next((b for x in names(n) if (b := lex.body(x)) is not None and b.cls == "Court"), None)
        return body is not None and body.jurisdiction not in us_places

    us_courts = [n for n in courts if not foreign(n)]
    rows["US courts"] = (us_courts, [n for n in us_courts if court_id(n)])
    for what, (all_, with_id) in rows.items():
        share = len(with_id) / len(all_) if all_ else 0.0
        print(f"{what:10} {len(with_id):5} of {len(all_):5} carry an identifier ({share:.1%})")
        if args.list:
            for n in sorted(set(all_) - set(with_id)):
                print("   without:", " | ".join(names(n)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
