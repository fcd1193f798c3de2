"""Syntax errors a person can act on: where, at which token, and what would fix it.

Oxigraph reports the furthest position its parser reached and every token it could have accepted
there (character classes included). This turns that into one line: the line and column, the
offending token, and a hint: an unknown word (with the keyword it most resembles), an undeclared
prefix, an unclosed bracket, or the few keywords and signs that could come next.
"""

from __future__ import annotations

import difflib
import re

from .querytext import _TOKENS, position

SPARQL_WORDS = frozenset(
    """select construct describe ask where from named prefix base distinct reduced as group by having order
    asc desc limit offset values optional union minus filter bind graph service silent exists not in undef
    a true false lateral count sum min max avg sample group_concat separator str lang langmatches datatype
    bound iri uri bnode rand abs ceil floor round concat strlen ucase lcase encode_for_uri contains strstarts
    strends strbefore strafter year month day hours minutes seconds timezone tz now uuid struuid md5 sha1
    sha256 sha384 sha512 coalesce if strlang strdt sameterm isiri isuri isblank isliteral isnumeric regex
    substr replace triple subject predicate object istriple langdir haslang haslangdir strlangdir""".split()
)
_POSITION = re.compile(r"^error at (\d+):(\d+):\s*")
_BARE_WORD = re.compile(r"(?<![\w?$:.\-\\@])[A-Za-z_][\w]*(?![\w:\-])")
_TOKEN = re.compile(r"<[^>\s]{0,60}>?|[?$]\w+|\"[^\"\n]{0,30}\"?|[\w\-.]*:[\w\-.]*|\w+|\S")
_PREFIXED = re.compile(r"([A-Za-z][\w\-.]*)?:[\w\-.%\\]*")
_EXPECTED_WORD = re.compile(r'"([^"\\]{1,3})"|\b([A-Z][A-Z_]+|[a-z][a-zA-Z]+)\b')


def offset_of(text: str, line: int, col: int) -> int:
    lines = text.split("\n")
    return min(len(text), sum(len(s) + 1 for s in lines[: line - 1]) + col - 1)


def explain(text: str, engine_message: str, prefixes: dict[str, str]) -> str:
    """One line for a query Oxigraph could not parse (its message as ``engine_message``)."""
    m = _POSITION.match(engine_message)
    if not m:
        return f"query syntax error: {engine_message.splitlines()[0]}"
    offset = offset_of(text, int(m[1]), int(m[2]))
    rest = engine_message[m.end() :]
    stripped = _TOKENS.sub(lambda t: t[0] if t[0] in "{}()[]" else " " * len(t[0]), text)
    word = _unknown_word(stripped, offset)
    if word is not None:
        line, col = position(text, word.start())
        hint = difflib.get_close_matches(word[0].lower(), SPARQL_WORDS, n=1)
        guess = f" (did you mean {hint[0].upper()}?)" if hint else " (not a SPARQL keyword; a name needs a prefix, as in kg:Law)"
        return f"query syntax error at line {line}, column {col}: unknown word {word[0]!r}{guess}"
    where = f"query syntax error at line {m[1]}, column {m[2]}"
    string = _open_string(text, offset)
    if string is not None:
        line, col = position(text, string)
        return f"query syntax error at line {line}, column {col}: this string is never closed (a missing quote)"
    mismatch = _mismatch(text, stripped, offset)
    if mismatch is not None:
        return mismatch
    if "Prefix not found" in rest:
        name = _prefix_near(stripped, offset, prefixes)
        if name is not None:
            line, col = position(text, name[1])
            known = ", ".join(f"{p}:" for p in prefixes)
            return (
                f"query syntax error at line {line}, column {col}: unknown prefix {name[0] + ':'!r}; declare it "
                f"(PREFIX {name[0]}: <...>) or use one of kg's: {known}"
            )
    if "variable that is unbound" in rest:
        return f"{where}: the SELECT names a variable that is neither grouped (GROUP BY) nor aggregated"
    unclosed = _unclosed(stripped)
    if offset >= len(text.rstrip()) or not text[offset:].strip():
        more = f" ({unclosed} is never closed)" if unclosed else ""
        return f"{where}: the query ends too early{more}; expected {_expected(rest)}"
    token = _TOKEN.match(text, offset)
    shown = token[0] if token else text[offset : offset + 20]
    return f"{where}, at {shown!r}: expected {_expected(rest)}"


def _unknown_word(stripped: str, offset: int):
    """The first bare word (not a variable, prefixed name, string or IRI) that is no SPARQL keyword."""
    for word in _BARE_WORD.finditer(stripped):
        if word.start() > offset:
            return None
        if word[0].lower() not in SPARQL_WORDS and not word[0].isdigit():
            return word
    return None


def _prefix_near(stripped: str, offset: int, prefixes: dict[str, str]):
    declared = {m[1] for m in re.finditer(r"(?i)prefix\s+([\w\-.]*):", stripped)}
    for m in _PREFIXED.finditer(stripped):
        name = m[1] or ""
        if m.start() <= offset and name not in prefixes and name not in declared:
            return name, m.start()
    return None


def _unclosed(stripped: str) -> str | None:
    stack: list[str] = []
    for ch in stripped:
        if ch in "{([":
            stack.append(ch)
        elif ch in "})]" and stack:
            stack.pop()
    return repr(stack[-1]) if stack else None


_PAIRS = {"}": "{", ")": "(", "]": "["}


def _mismatch(text: str, stripped: str, offset: int) -> str | None:
    """A closing bracket before the error that closes nothing, or the wrong kind of bracket."""
    stack: list[int] = []
    for i, ch in enumerate(stripped[: offset + 1]):
        if ch in "{([":
            stack.append(i)
        elif ch in _PAIRS:
            line, col = position(text, i)
            if not stack:
                return f"query syntax error at line {line}, column {col}: {ch!r} closes nothing (one too many?)"
            opened = stack.pop()
            if stripped[opened] != _PAIRS[ch]:
                oline, ocol = position(text, opened)
                return (
                    f"query syntax error at line {line}, column {col}: {ch!r} cannot close the {stripped[opened]!r} "
                    f"opened at line {oline}, column {ocol} (is a {_closer(stripped[opened])!r} missing?)"
                )
    return None


def _closer(opener: str) -> str:
    return {v: k for k, v in _PAIRS.items()}[opener]


def _open_string(text: str, offset: int) -> int | None:
    """Where a string that is never closed starts, if one starts before ``offset``."""
    for m in _TOKENS.finditer(text, 0, len(text)):
        if m.start() > offset:
            return None
        tok = m[0]
        if tok[0] in "'\"" and (len(tok) == 1 or tok[-1] != tok[0] or (tok[:3] in ('"""', "'''") and len(tok) < 6)):
            return m.start()
    return None


def _expected(rest: str) -> str:
    """The keywords and signs from Oxigraph's list of what it expected, without character classes."""
    rest = re.sub(r"\[[^\]]*\]", " ", rest.replace("\n", " "))  # drop character classes like ['0'..='9']
    found = []
    for m in _EXPECTED_WORD.finditer(rest.removeprefix("expected one of").removeprefix("expected")):
        item = m[1] if m[1] is not None else m[2]
        if item and item not in found and item not in ("Prefix", "not", "found"):
            found.append(item)
    if not found:
        return "something else here"
    shown = ", ".join(repr(x) for x in found[:8])
    return ("one of " + shown + (", ..." if len(found) > 8 else "")) if len(found) > 1 else shown
