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


NOUN_PREPS = ("of", "to", "for", "against", "on")  # the prepositions a stance noun takes its object with


def noun_stance(noun: Token, nouns: dict[str, str]) -> tuple[str, bool] | None:
    """The stance of the noun ``noun`` (stance.tsv's nouns, lemma -> stance) and whether it is a noun whose one
    preposition sets it ("X's vote for Y", "vote against Y"; not "a vote on Y"), which states a stance only
    toward a law or ruling ("a campaign for the White House" takes no side); None for no stance noun."""
    lemma = noun.lemma_.lower()
    preps = [c.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_PREPS]
    if len(preps) == 1 and (prop := nouns.get(f"{lemma} {preps[0]}")) is not None:
        return prop, True
    return (nouns[lemma], False) if lemma in nouns else None
