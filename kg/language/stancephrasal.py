"""Phrasal stance verbs: a verb of stance.tsv and the particles that must follow it ("vote for", "push
back against", "get rid of"), read by :mod:`kg.pipeline.stances`."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import children

Table = dict[str, list[tuple[list[str], str]]]


def phrasal_table(verbs: dict[str, str]) -> Table:
    """stance.tsv's verbs (lemma -> stance) by their first word: the words after it and the stance, longest first."""
    table: Table = {}
    for lemma, prop in sorted(verbs.items(), key=lambda kv: -len(kv[0].split())):
        first, *rest = lemma.split()
        table.setdefault(first, []).append((rest, prop))
    return table


def phrasal_stance(table: Table, verb: Token, lemma: str) -> tuple[str | None, Token | None]:
    """The stance of ``verb`` with the particles that follow it, and the last particle token
    (whose object is the target), or (None, None)."""
    transitive = bool(children(verb, "dobj"))
    for rest, prop in table[lemma]:
        last, found = verb, None
        for word in rest:
            found = next(
                (
                    c
                    for c in (*verb.children, *last.children)
                    if c.lower_ == word and c.dep_ in ("prt", "prep", "agent", "advmod") and c.i > last.i
                ),
                None,
            )
            if found is None:
                break
            last = found
        else:
            if found is not None and found.dep_ == "prep" and transitive:
                continue  # "fought SB 4 for years": "fight", not "fight for"
            return prop, found
    return None, None
