"""Members of a party a counted group lists (issue 15): "Only nine Republicans crossed the aisle: Reps.
A, B, ... and I", "two Republican senators — A and B — sold stock", "Three Democrats: A, B and C". The
group is a number and the party's plural ("Republicans", "GOP senators", "Democratic lawmakers") set
off from the names by a colon or a dash in the same sentence; the names after it are the group's only
when they are exactly as many as the number says, one list of person names and nothing else (not
"two Democrats who eye the seat: Johnson's son, Brendan, and former Rep. X", a list of other words). A
name may carry its state ("A of Maine", "A (R-Ky.)").
"""

from __future__ import annotations

import re

from ..language.descriptors import party_of_word

PEOPLE = ("Person", "Official")
_NUMBERS = {w: n for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), 2)}
_GROUP = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:(?!(?:that|who|which|of|in|from|for)\b)[a-z]+\s+)?"
    r"(?:(?P<a>[A-Z]\w+)\s+(?:senators|lawmakers|representatives|congressmen|members)|(?!(?:senators|lawmakers|representatives|congressmen|members)\b)(?P<p>[A-Z]\w+?)s)\b"
    r"[^:—–\n]{0,160}?(?::|\s[—–]|[—–]\s?)\s*",
    re.IGNORECASE,
)
# between two names of the list: a comma or "and", and a title before the next ("Reps. A, Sen. B")
_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:[A-Z][a-z]*\.|Sens?\.|Reps?\.)\s+)?")
# after a name, its state: "A of Maine", "A (R-Ky.)", "A (KY)"
_STATE = re.compile(r"\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[\s,.;—–]|$)|\s*\([A-Z][\w.]{0,3}(?:\s*-\s*[A-Z][\w.]{1,10})?\)")
_LEAD = re.compile(r"(?:(?:[A-Z][a-z]*s?\.)\s+)?")  # "Reps. " before the first name
_END = re.compile(r"\s*(?:[.;]|[—–]|$)")


def counted_members(mentions: list[tuple], text: str, sentences: list[tuple[int, int]]) -> dict[int, str]:
    """Mention index -> party, for each person a counted party group lists. ``mentions``: (start, end,
    name, label) in text order; ``sentences``: (start, end) offsets of the sentences."""
    out: dict[int, str] = {}
    for s_start, s_end in sentences:
        for m in _GROUP.finditer(text, s_start, s_end):
            word = m.group("p") or m.group("a")
            party = party_of_word(word[:1].upper() + word[1:]) if word else None
            n = m.group("n").lower()
            count = _NUMBERS.get(n) or (int(n) if n.isdigit() else 0)
            if party is None or count < 2:
                continue
            listed = _listed(mentions, text, m.end(), s_end)
            if listed is not None and len(listed) == count:
                out.update({i: party for i in listed})
    return out


def _listed(mentions: list[tuple], text: str, at: int, stop: int) -> list[int] | None:
    """The person mentions written as one list from ``at`` (a lead title, names and their separators
    only, to the sentence's end, a semicolon or a dash), else None."""
    lead = _LEAD.match(text, at)
    k = lead.end() if lead else at
    out: list[int] = []
    for i in sorted(range(len(mentions)), key=lambda j: (mentions[j][0], -mentions[j][1])):
        s, e, _, label = mentions[i]
        if s < k or s >= stop:
            continue
        if s != k or label not in PEOPLE:
            return None
        out.append(i)
        e = m.end() if (m := _STATE.match(text, e)) else e
        if e >= stop or _END.match(text, e) or not text[e:stop].strip():
            return out
        gap = _GAP.match(text, e)
        if gap is None or gap.end() >= stop:
            return None
        k = gap.end()
    return None
