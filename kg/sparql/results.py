"""Query results as text: SPARQL 1.1 JSON, XML, CSV and TSV results, and an aligned table.

Rows are lists of pyoxigraph terms (``None`` where unbound); :func:`collect` reads them from a
result iterator up to a row cap, so the cap holds whatever the output format.
"""

from __future__ import annotations

import csv
import io
import json
import re
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ..core.namespaces import shorten

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}


def collect(solutions, max_rows: int | None = None, max_bytes: int | None = None) -> tuple[list[str], list[list], bool]:
    """(variable names, rows, truncated) from a pyoxigraph ``QuerySolutions``.

    Reading stops at ``max_rows`` rows, or once the values read add up to more than ``max_bytes``
    (so a huge answer is never held in memory whole).
    """
    variables = list(solutions.variables)
    rows: list[list] = []
    size = 0
    for solution in solutions:
        if (max_rows is not None and len(rows) >= max_rows) or (max_bytes is not None and size > max_bytes):
            return [v.value for v in variables], rows, True
        row = [solution[v] for v in variables]
        if max_bytes is not None:
            size += sum(len(t.value) + 8 for t in row if t is not None and hasattr(t, "value"))
        rows.append(row)
    return [v.value for v in variables], rows, False


def to_json(variables: list[str], rows: list[list]) -> str:
    bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False)


def boolean_json(value: bool) -> str:
    return json.dumps({"head": {}, "boolean": bool(value)})


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {k: _json_term(getattr(term, k)) for k in ("subject", "predicate", "object")}}


_XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'


def to_xml(variables: list[str], rows: list[list]) -> str:
    out = [_XML_HEAD, "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables), "</head>\n<results>\n"]
    for row in rows:
        out.append("<result>")
        for v, t in zip(variables, row):
            if t is not None:
                out.append(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>")
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out)


def boolean_xml(value: bool) -> str:
    return f"{_XML_HEAD}<head/>\n<boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n"


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return (
        "<triple>"
        + "".join(f"<{k}>{_xml_term(getattr(term, k))}</{k}>" for k in ("subject", "predicate", "object"))
        + "</triple>"
    )


def to_csv(variables: list[str], rows: list[list]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow(["" if t is None else _plain(t) for t in row])
    return buf.getvalue()


def to_tsv(variables: list[str], rows: list[list]) -> str:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"


def _plain(term) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def to_table(variables: list[str], rows: list[list], max_width: int = 80) -> str:
    """An aligned, human-readable table (IRIs as SPARQL writes them, values over ``max_width`` cut; 0: never)."""
    cells = [[_cell(t, max_width) for t in row] for row in rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(variables)]
    line = lambda vals: "  ".join(val.ljust(w) for val, w in zip(vals, widths)).rstrip()  # noqa: E731
    out = [line(variables), line(["-" * w for w in widths]), *(line(r) for r in cells)]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _cell(term, max_width: int) -> str:
    if term is None:
        return ""
    text = sparql_iri(term.value) if isinstance(term, ox.NamedNode) else _plain(term)
    text = " ".join(text.split())
    return text if max_width <= 0 or len(text) <= max_width else text[: max_width - 1] + "\u2026"


_PN_LOCAL = re.compile(r"(?:[\w:]|%[0-9A-Fa-f]{2})(?:(?:[\w.:\-\u00B7]|%[0-9A-Fa-f]{2})*(?:[\w:\-\u00B7]|%[0-9A-Fa-f]{2}))?")


def sparql_iri(iri: str) -> str:
    """``kg:Law`` where the prefixed name is valid SPARQL (kg's prefixes are predeclared), else ``<iri>``."""
    short = shorten(iri)
    if short != iri:
        local = short.split(":", 1)[1]
        if _PN_LOCAL.fullmatch(local) and local.isascii():
            return short
    return f"<{iri}>"


FORMATTERS = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv, "table": to_table}
