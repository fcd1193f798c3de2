"""Appointees named by their appointer: "Judge Ana Ruiz, an Obama appointee, blocked the rule",
"X, a former Trump appointee". The person in apposition is appointedBy the person whose name the
apposition holds (a person mention of the article right there); nothing when that name is no person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..core.records import Fact

_APPOINTEE = re.compile(
    r"^,\s+(?:a|an)\s+(?:former\s+)?(?:President\s+)?(?P<who>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)\s+appointee\b"
)
PEOPLE = ("Person", "Official")


def appointee_facts(doc: Doc, roots, text: str, evidence) -> list[Fact]:
    """appointedBy facts of "X, an Obama appointee"."""
    mentions = roots.clusters.mentions
    starts = {m[0]: i for i, m in enumerate(mentions) if m[3] in PEOPLE}
    out = []
    for i, (_s, e, _name, label) in enumerate(mentions):
        if label not in PEOPLE:
            continue
        m = _APPOINTEE.match(text[e : e + 80])
        j = starts.get(e + m.start("who")) if m else None
        if j is None or roots.root[j] == roots.root[i]:
            continue
        sent = doc.char_span(mentions[i][0], e, alignment_mode="expand").sent
        out.append(
            Fact(
                roots.key[roots.root[i]],
                "appointedBy",
                evidence(text, sent.start_char, sent.end_char),
                obj=roots.key[roots.root[j]],
                rule="appointee-apposition",
            )
        )
    return out
