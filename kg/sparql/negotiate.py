"""The SPARQL 1.1 Protocol answer to one query: status, media type by ``Accept``, body.

SELECT and ASK answer as SPARQL JSON, XML, CSV or TSV results; CONSTRUCT and DESCRIBE as
Turtle, JSON-LD, N-Triples or RDF/XML. Errors are 400 (syntax, with the parser's message),
403 (refused: updates, SERVICE, unknown FROM graphs) or 406 (no acceptable format).
"""

from __future__ import annotations

import itertools

import pyoxigraph as ox

from ..errors import KgError
from ..graph.store import TURTLE_PREFIXES, QueryRefused, QuerySyntaxError, run
from . import results
from .reply import Reply, text_reply

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
BOOLEAN_TYPES = {k: v for k, v in RESULT_TYPES.items() if v in ("json", "xml")}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
DEFAULTS = {"json": "application/sparql-results+json", "turtle": "text/turtle"}


def choose(accept: str | None, offered: dict[str, object], default: str) -> str | None:
    """The offered media type the client prefers most (``None`` if it accepts none of them)."""
    best, best_q = None, 0.0
    for _order, part in enumerate((accept or "*/*").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        media = media.lower()
        if media in ("*/*", "*"):
            candidate = default
        elif media.endswith("/*"):
            candidate = (
                default if default.startswith(media[:-1]) else next((m for m in offered if m.startswith(media[:-1])), None)
            )
        else:
            candidate = media if media in offered else None
        if candidate and q > best_q:
            best, best_q = candidate, q
    return best


def http_answer(store: ox.Store, query: str, accept: str | None, max_rows: int) -> Reply:
    try:
        form, result = run(store, query)
    except QueryRefused as err:
        return text_reply(403, str(err))
    except (QuerySyntaxError, KgError) as err:
        return text_reply(400, str(err))
    if form in ("CONSTRUCT", "DESCRIBE"):
        return _graph_reply(result, accept, max_rows)
    offered = BOOLEAN_TYPES if form == "ASK" else RESULT_TYPES
    media = choose(accept, offered, DEFAULTS["json"])
    if media is None:
        return text_reply(406, f"cannot answer an {form} query in {accept}; offered: {', '.join(offered)}")
    fmt = offered[media]
    ctype = (
        results.MEDIA_TYPES[fmt] if media.startswith("application/sparql") or fmt in ("csv", "tsv") else f"{media}; charset=utf-8"
    )
    if form == "ASK":
        body = results.boolean_json(bool(result)) if fmt == "json" else results.boolean_xml(bool(result))
        return Reply(200, ctype, body.encode("utf-8"))
    variables, rows, truncated = results.collect(result, max_rows)
    headers = {"X-Kg-Truncated": f"rows capped at {max_rows}"} if truncated else {}
    return Reply(200, ctype, results.FORMATTERS[fmt](variables, rows).encode("utf-8"), headers)


def _graph_reply(triples, accept: str | None, max_rows: int) -> Reply:
    media = choose(accept, GRAPH_TYPES, DEFAULTS["turtle"])
    if media is None:
        return text_reply(406, f"cannot answer a graph query in {accept}; offered: {', '.join(GRAPH_TYPES)}")
    kept = list(itertools.islice(triples, max_rows + 1))
    headers = {}
    if len(kept) > max_rows:
        kept = kept[:max_rows]
        headers["X-Kg-Truncated"] = f"triples capped at {max_rows}"
    body = ox.serialize(kept, format=GRAPH_TYPES[media], prefixes=TURTLE_PREFIXES)
    return Reply(200, f"{media}; charset=utf-8", body, headers)
