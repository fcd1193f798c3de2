"""The text of a query as both parsers read it: one text, checked and run.

kg checks a query with rdflib's parser and runs it with Oxigraph's. The two must read the same
characters the same way, so before either sees it the text is *prepared*:

- ``\\uXXXX`` and ``\\UXXXXXXXX`` escapes are expanded (SPARQL 1.1 section 19.2 processes them before
  parsing; rdflib does, Oxigraph does only inside IRIs and strings, which let ``# ... \\u000A``
  end a comment for one parser and not the other);
- line ends become ``\\n`` (a ``#`` comment ends at a carriage return for Oxigraph, not for rdflib);
- other control characters are refused, and so is an escape that expands to another escape;
- bracket nesting deeper than :data:`MAX_DEPTH` is refused: the engine's parser is recursive.
"""

from __future__ import annotations

import re

from ..errors import KgError

MAX_DEPTH = 100
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LEFT_ESCAPE = re.compile(r"\\u[0-9a-f]{4}", re.IGNORECASE)  # what rdflib would still expand
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# what brackets inside cannot count: comments, strings, IRIs; then the brackets themselves
_TOKENS = re.compile(
    r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*(?:"""|\Z)|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*(?:\'\'\'|\Z)'
    r'|"(?:[^"\\\n]|\\.)*"?|\'(?:[^\'\\\n]|\\.)*\'?|<[^<>"{}|^`\\\x00-\x20]*>|[{(\[]|[})\]]',
    re.DOTALL,
)
_WORD = re.compile(r"[A-Za-z]+")


class QuerySyntaxError(KgError):
    """The query does not parse; the message gives line and column when the parser knows them."""


class QueryRefused(KgError):
    """The query is valid but not allowed here (an update, SERVICE, an unknown FROM graph)."""


def position(text: str, offset: int) -> tuple[int, int]:
    """(line, column), both from 1, of ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _expand(match: re.Match) -> str:
    code = int(match[1] or match[2], 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise QuerySyntaxError(f"query syntax error: {match[0]} is not a Unicode character")
    return chr(code)


def prepare(text: str) -> str:
    """The text both parsers are given (see the module docstring); QuerySyntaxError if refused."""
    text = _ESCAPE.sub(_expand, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _LEFT_ESCAPE.search(text)
    if bad:
        line, col = position(text, bad.start())
        raise QuerySyntaxError(f"query syntax error at line {line}, column {col}: an escape that expands to an escape")
    bad = _CONTROL.search(text)
    if bad:
        line, col = position(text, bad.start())
        raise QuerySyntaxError(
            f"query syntax error at line {line}, column {col}: control character U+{ord(bad[0]):04X} is not allowed"
        )
    check_depth(text)
    return text


def _groups(text: str):
    """(offset, depth after the token, token) for every bracket outside comments, strings and IRIs."""
    depth = 0
    for m in _TOKENS.finditer(text):
        tok = m[0]
        if tok in "{([":
            depth += 1
        elif tok in "})]":
            depth = max(0, depth - 1)
        else:
            continue
        yield m.start(), depth, tok


def check_depth(text: str, limit: int = MAX_DEPTH) -> None:
    for offset, depth, _tok in _groups(text):
        if depth > limit:
            line, col = position(text, offset)
            raise QuerySyntaxError(f"query too deeply nested: more than {limit} levels of brackets at line {line}, column {col}")


def where_start(text: str) -> int | None:
    """Offset just inside the query's top-level WHERE group (``None`` if it has none, e.g. DESCRIBE <x>)."""
    opened = [offset for offset, depth, tok in _groups(text) if tok == "{" and depth == 1]
    if not opened:
        return None
    first = opened[0]
    before = _WORD.findall(_strip(text[:first]))
    if before and before[-1].upper() == "CONSTRUCT":  # the template, then the pattern
        return opened[1] + 1 if len(opened) > 1 else None
    return first + 1


def _strip(text: str) -> str:
    """``text`` without comments, strings and IRIs (so the words left are keywords and names)."""
    return _TOKENS.sub(lambda m: m[0] if m[0] in "{}()[]" else " ", text)


def inject_values(text: str, terms: dict[str, str]) -> str | None:
    """``text`` with ``VALUES (?a ?b) { (t1 t2) }`` at the start of its WHERE group, or ``None``."""
    start = where_start(text)
    if start is None or not terms:
        return None
    names = " ".join(f"?{name}" for name in terms)
    values = " ".join(terms.values())
    return f"{text[:start]} VALUES ({names}) {{ ({values}) }} {text[start:]}"
