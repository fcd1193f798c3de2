"""Pair quotation marks in a text: curly, straight and mixed, nested single quotes, and quotes that
run over several paragraphs. Pure text, no spaCy: :func:`find_quote_spans` is one regex pass.

Rules (news typography):
- a double mark (“ ” " „ « ») opens when it follows a space, the paragraph start or an opening
  bracket/dash and precedes a non-space (a straight mark also right after . ! ? , or : and
  before a capital, in text that lost its spaces: 'on Sunday."I can tell you'), outside a quote;
  it closes when it follows a non-space, or a space after a nested single quote ("... 'Yes.' ").
  A straight or curly mark may close a quote opened by the
  other kind (“..."). A mark that opens inside an open quote starts a new one (the first was left
  unclosed), unless the next two marks both close: then it is a quote nested in the open one.
- single marks (‘ ’ ') count only outside double quotes (inside, they are nested quotes or
  apostrophes); a single closer must touch punctuation, so "officers’ jobs" is not a quote.
- two single marks in a row (‘‘ ’’ '') are one double mark (typewriter style: ‘‘...’’, “...'').
- a paragraph that ends inside a quote continues it when the next paragraph opens a quote; the
  pieces share a ``group`` number.
- mistyped or lost marks: a quote that ends a sentence before a new opening mark keeps its words (a
  paragraph break and the closing mark were lost: '“... a friend. “We’ll ...”'); an opening curly mark
  glued to a word and followed by a space or the paragraph's end closes ('... to others.“'); a quote
  opened by a straight single mark and closed by a straight double one after punctuation is a quote;
  a double quote left open at its paragraph's end, not continued, is closed by a single mark after
  punctuation before a lower-case word ('“... a pregnancy,’ said Jo Roe') when no single mark opens in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_MARK = re.compile(r"‘‘|’’|''|[“”\"„‟«»‘’']")
_DOUBLED = {"‘‘": "“", "’’": "”", "''": '"'}  # two single marks written for one double mark
_LINE = re.compile(r"[^\n]+")
_OPEN_BEFORE = "([{—–-/"
_SINGLE_CLOSE_BEFORE = ".,!?;:…—–-"
_SINGLE_CLOSE_AFTER = ".,;:!?)]}—–"
_SENTENCE_END = ".!?…"
_INVISIBLE = " \t\u200b\u200c\u200d\u2060\ufeff"  # spaces and the zero-width characters pasted text keeps
_SINGLE_FOR_DOUBLE = re.compile(r"[,.!?…][’'](?=\s+[a-z])")
_GLUED_AFTER = ".!?,:"  # a mark right after these and before a capital opens: 'saying,"We'


@dataclass
class QuoteSpan:
    open: int  # offset of the opening mark
    start: int  # first character of the quoted words
    end: int  # end of the quoted words (exclusive): text[start:end] is the quote
    close: int  # offset just after the closing mark (== end when the paragraph runs on)
    para: int  # index of the paragraph (non-empty line)
    double: bool = True
    group: int | None = None  # shared by the pieces of a multi-paragraph quote
    run_on: bool = False  # ended by a new opening mark after a sentence end (its closing mark lost)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line, without its surrounding white space."""
    out = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            s = m.start() + len(raw) - len(raw.lstrip())
            out.append((s, s + len(stripped)))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def _past(text: str, i: int) -> int:
    """The offset just after the opening mark at ``i`` (one or two characters)."""
    return i + 2 if text.startswith(("‘‘", "''"), i) else i + 1


def _scan(text: str, ps: int, pe: int, para: int, out: list[QuoteSpan]) -> int | None:
    """Scan one paragraph; return the offset of a double quote left open at its end."""
    dopen = sopen = None
    inner = False  # inside a quote nested in the open one, written with the same marks
    for m in _MARK.finditer(text, ps, pe):
        i, mark = m.start(), m.group()
        p = text[i - 1] if i > ps else ""
        n = text[m.end()] if m.end() < pe else ""
        mark = _DOUBLED.get(mark, mark)
        p_open = p == "" or p.isspace() or p in _OPEN_BEFORE
        if mark in "‘’'":
            if dopen is not None:
                continue
            if sopen is None:
                if mark != "’" and p_open and n.isalpha():
                    sopen = i
            elif (
                mark != "‘"
                and p
                and not p.isspace()
                and not n.isalnum()
                and (p in _SINGLE_CLOSE_BEFORE or n == "" or n in _SINGLE_CLOSE_AFTER)
            ):
                s, e = _trim(text, sopen + 1, i)
                if e > s:
                    out.append(QuoteSpan(sopen, s, e, i + 1, para, double=False))
                sopen = None
            continue
        glued = mark == '"' and p in _GLUED_AFTER and n.isupper()  # 'Sunday."I can', 'by saying,"We': spaces lost
        can_open = mark in "“„‟«" or (mark in '"”' and (p_open or glued) and n != "" and not n.isspace())
        nested = p == " " and i - 2 >= ps and text[i - 2] in "’'" and (n == "" or not n.isalnum())  # "... Games?' "
        can_close = mark in '”»"' and (p != "" and not p.isspace() or nested)
        backwards = mark == "“" and p != "" and not p.isspace() and p not in _OPEN_BEFORE and (n == "" or n.isspace())
        typo = dopen is None and sopen is not None and text[sopen] == "'" and m.group() == '"'  # one key apart
        if typo and p in _SENTENCE_END + "," and (n == "" or n.isspace()):
            _keep(text, sopen, i, m.end(), para, out)  # "'We are not going ... there."": opened single, closed double
            sopen = None
            continue
        if dopen is None:
            if can_open:
                dopen, sopen = i, None
        elif (can_close or backwards) and inner:
            inner = False
        elif can_close or backwards:  # "... equal to others.“": an opening mark written for the closing one
            s, e = _trim(text, _past(text, dopen), i)
            if e > s:
                out.append(QuoteSpan(dopen, s, e, m.end(), para))
            elif n.isalnum():
                dopen = i + len(m.group()) - 1  # a doubled opening mark ('“”We are ...”'): the quote opens here
                continue
            dopen = None
        elif can_open and _nested(text, m.end(), pe):
            inner = True  # its closing mark is not the open quote's
        elif can_open:
            if _run_on(text, dopen, i):  # '“... or friend. “We’ll all ...”': a paragraph break lost in the quote
                _keep(text, dopen, i, None, para, out)
            dopen = i  # an unclosed quote followed by a new one: keep the new one
    return dopen


def _keep(text: str, opened: int, end: int, close: int | None, para: int, out: list[QuoteSpan]) -> None:
    """Add the words between the mark at ``opened`` and ``end`` as a quote (``close`` None: it runs on)."""
    s, e = _trim(text, _past(text, opened), end)
    if e > s:
        out.append(QuoteSpan(opened, s, e, e if close is None else close, para, text[opened] not in "‘’'", run_on=close is None))


def _run_on(text: str, opened: int, at: int) -> bool:
    """Whether the quote open at ``opened`` ends a sentence right before the new opening mark at ``at``
    (white space between): its closing mark and a paragraph break were lost, the new mark reopens it."""
    before = text[_past(text, opened) : at].rstrip(_INVISIBLE)
    return len(before.split()) >= 3 and before[-1:] in _SENTENCE_END and at - len(text[:at].rstrip(_INVISIBLE)) > 0


def _salvaged(text: str, q: QuoteSpan) -> QuoteSpan | None:
    """A quote left open at its paragraph's end and not continued by the next paragraph, closed by a
    single mark after punctuation before an attribution ('“... a pregnancy,’ said Jo Roe, director ...'),
    when no single mark opens inside it: that mark was written for the double one."""
    words = text[q.start : q.end]
    for m in _SINGLE_FOR_DOUBLE.finditer(words):
        if "‘" in words[: m.start()] or re.search(r"(^|\s)'", words[: m.start()]):
            return None
        s, e = _trim(text, q.start, q.start + m.start() + 1)
        return QuoteSpan(q.open, s, e, q.start + m.end(), q.para) if e > s else None
    return None


def split_attribution(text: str, q: QuoteSpan, said: re.Pattern) -> QuoteSpan:
    """A run-on quote whose last clause after a comma is its attribution (``said`` matches it: '"I rise
    today to speak, Jo Roe declared at noon. "I will ...'): the quote ends at that comma, the rest is outside."""
    comma = text.rfind(",", q.start, q.end) if q.run_on else -1
    if comma < 0 or said.match(text[comma + 1 : q.end]) is None:
        return q
    s, e = _trim(text, q.start, comma)
    return replace(q, end=e, close=comma + 1) if e > s else q


def _close_salvaged(text: str, pending: QuoteSpan, out: list[QuoteSpan]) -> None:
    salvaged = _salvaged(text, pending)
    if salvaged is not None:
        salvaged.group = pending.group
        out.append(salvaged)


def _nested(text: str, after: int, pe: int) -> bool:
    """Whether a double mark opening inside an open quote (before ``after``) is a quote within it, written
    with the same marks ('"For years, even as a "civilian," I listened ... chance!"'): the next two double
    marks of the paragraph both close, the first the inner quote, the second the outer one."""
    closers = 0
    for m in _MARK.finditer(text, after, pe):
        mark, i = _DOUBLED.get(m.group(), m.group()), m.start()
        if mark in "‘’'":
            continue
        p, n = text[i - 1], text[m.end()] if m.end() < pe else ""
        if mark in "“„‟«" or p.isspace() or not (n == "" or n.isspace() or n in _SINGLE_CLOSE_AFTER):
            return False  # an opening mark, or one that may open: not two closers in a row
        closers += 1
        if closers == 2:
            return True
    return False


def find_quote_spans(text: str, skip: frozenset[int] = frozenset()) -> list[QuoteSpan]:
    """Every quoted stretch of ``text``, in order (not yet filtered for real quotations). The paragraphs
    ``skip`` (page furniture: "Get the stories you care about ...") do not end a multi-paragraph quote."""
    out: list[QuoteSpan] = []
    paras = paragraphs(text)
    groups = 0
    pending: QuoteSpan | None = None
    for k, (ps, pe) in enumerate(paras):
        if pending is not None and k in skip:
            continue
        if pending is not None:
            if _MARK.match(text, ps) and (text[ps] in '“"„«' or text.startswith("‘‘", ps)):
                if pending.group is None:
                    groups += 1
                    pending.group = groups
                out.append(pending)
                group = pending.group
            else:
                group = None
                _close_salvaged(text, pending, out)
            pending = None
        else:
            group = None
        first = len(out)
        left_open = _scan(text, ps, pe, k, out)
        if group is not None and len(out) > first and out[first].open == ps:
            out[first].group = group
        elif group is not None and left_open == ps:
            pass  # the continuation runs on again; handled below
        if left_open is not None:
            s, e = _trim(text, _past(text, left_open), pe)
            if e > s:
                pending = QuoteSpan(left_open, s, e, e, k, group=group if left_open == ps else None)
    if pending is not None:
        _close_salvaged(text, pending, out)
    out.sort(key=lambda q: q.start)
    return out


def announced(text: str, q: QuoteSpan) -> bool:
    """A short whole sentence a colon announces: 'tweeting on Thursday: "Right decision. Strong!"'."""
    quoted = text[q.start : q.end].strip()
    return (
        len(quoted.split()) >= 2
        and quoted[:1].isupper()
        and quoted[-1:] in ".?!…"
        and text[max(0, q.open - 8) : q.open].rstrip(" ").endswith(":")
    )
