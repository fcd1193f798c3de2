"""What a credit line says of a writer's post, for ``kg_byline``: "X is a columnist for the Y" (an author
bio), "X is the Y's chief political columnist", "Y congressional editor X contributed to this report", "Y's X
contributed to this report" (the ``roles`` rules of byline.json, on the article's last paragraphs).

Such lines are page furniture (no component reads names in them), yet they state plainly where the writer
works and as what. A match becomes a record of ``kg_titles``' shape (person, org, title, role, ...), which
kg/resolve/article.py turns into facts as it does titles: the member is memberOf the employer, or heads it
when the title heads a body and no "a"/"an" stands before it ("X is the editor-in-chief of Y"). The role must
end in a title of titles.tsv: "X is a reporter covering the White House for Y" says a post, "X is a mother of
two in Y" none. A client's title ("a lawyer for Y") or an envoy's ("ambassador to Y") says no membership; an
occupation (titles.tsv kind "descriptive": "writer") is membership without a title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.load import load_lexicon
from .places import place
from .titleindex import title_index
from .titleowners import known_places

_MEMBERS = ("member", "member2")
_LEADING = re.compile(r"^(?:[-–—•]\s*)?(?:[Tt]he )")
_SENTENCE_END = re.compile(r"[a-z]\. [A-Z]")


@lru_cache(maxsize=1)
def _titles() -> dict:
    return title_index(load_lexicon().titles)


def title_of(role: str):
    """The titles.tsv entry of the longest title that ends ``role`` ("digital politics editor": editor),
    with the number of its words; (None, 0) when no title ends it."""
    words = tuple(role.lower().split())
    titles = _titles()
    for n in range(len(words), 0, -1):
        if words[-n:] in titles:
            return titles[words[-n:]], n
    return None, 0


def _employer(m: re.Match, not_publishers) -> list[int] | None:
    s, e = m.span("employer")
    text = m.string
    if (lead := _LEADING.match(text[s:e])) is not None:
        s += lead.end()
    if (stop := _SENTENCE_END.search(text, s, e)) is not None:
        e = stop.start() + 1  # "a professor at the University of Oakdale. Jane Roe is ...": the name ends there
    while e > s and text[e - 1] in ".,;":
        e -= 1
    name = text[s:e]
    if re.search(r"\b[A-Z]$", name):
        return None  # "at Drexel University's Thomas R. Kline School": cut at an initial's period
    if not name or any(rx.search(name) for rx in not_publishers) or _a_place(name) or _a_place(text[s : e + 1]):
        return None  # "X is a reporter for Washington", "a member of the U.S. House": a place, no employer
    if m.groupdict().get("prep") == "of" and " " not in name and name.istitle():
        return None  # "the secretary of Education", "Professor of Law": the subject of the title, no body
    return [s, e]


def _a_place(name: str) -> bool:
    return name in known_places() or place(name) is not None


def _runs_on(entry, employer: str) -> bool:
    """Whether the title goes on into the employer's words: "the elected Secretary of State of Kansas"."""
    titles, words = _titles(), entry.title.lower().split() + ["of"] + employer.lower().split()
    n = len(entry.title.split()) + 1
    return any(tuple(words[: n + k]) in titles for k in (1, 2, 3))


def _role(m: re.Match, entry, n: int) -> str:
    """head or member: the title's role, but a member's where "a"/"an" says one of several, where a unit
    is named ("the director of communications at Y") or where a word that is no title modifier qualifies
    the title ("Western region director", "Jerusalem bureau chief": of a part of the body)."""
    words = m.group("role").split()
    if (m.groupdict().get("det") or "").strip() in ("a", "an") or m.groupdict().get("unit"):
        return "member"
    if len(words) > n and words[-n - 1].lower() not in _modifiers():
        return "member"
    return entry.role


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    return frozenset(x.modifier.lower() for x in load_lexicon().modifiers)


def credit_roles(matches, not_authors, not_publishers) -> list[dict]:
    """Records of ``kg_titles``' shape for the (rule name, match) pairs of the ``roles`` rules."""
    out = []
    for name, m in matches:
        org = _employer(m, not_publishers)
        if org is None:
            continue
        entry, title, role, at = None, None, "member", None
        if "role" in m.re.groupindex:
            entry, n = title_of(m.group("role"))
            if entry is None or entry.kind in ("client", "envoy") or _runs_on(entry, m.string[slice(*org)]):
                continue
            extra = len(m.group("role").split()) > n  # "loan officer": a generic title after a qualifier is no title
            title = None if entry.kind == "descriptive" or (entry.kind == "generic" and extra) else m.group("role")
            role, at = _role(m, entry, n), list(m.span("role"))
        for g in _MEMBERS:
            if g not in m.re.groupindex or not m.group(g) or any(rx.search(m.group(g)) for rx in not_authors):
                continue
            out.append(
                {
                    "person": list(m.span(g)),
                    "title": title,
                    "role": role,
                    "cls": entry.cls if entry is not None else "body",
                    "target": "",
                    "body": "",
                    "org": org,
                    "sent": [m.start(), m.end()],
                    "at": at,
                    "rule": f"credit-{name}",
                }
            )
    return out
