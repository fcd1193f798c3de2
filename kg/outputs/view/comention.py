"""Entities named in the same sentence: the view's second kind of link, beside facts.

The graph keeps sentences as the evidence of facts (``oa:exact``). An entity counts as named in one of
them when it is mentioned in that sentence's article (``kg:mentionedIn``, or it takes part in a fact
that sentence supports) and one of its names (label or alias, three characters or more) occurs in the
sentence as a whole word, case and all. Pairs already joined by a fact are left out: the fact says more.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

MIN_NAME_CHARS = 3
"""Shorter names ("Wu", "AG") match too much inside other words or initials to count as a mention."""


def _names(node: dict) -> list[str]:
    return [n for n in {node["label"], *node["aliases"]} if len(n) >= MIN_NAME_CHARS]


def _found(name: str, text: str) -> bool:
    """``name`` occurs in ``text`` with no letter, digit or underscore right before or after it."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return True
        at = text.find(name, at + 1)
    return False


def comentions(nodes: list[dict], edges: list[dict], evidence: list[dict]) -> list[list[int]]:
    """``[a, b, ev, n]`` rows (a < b): entities a and b are both named in ``n`` evidence sentences,
    the first of which is ``evidence[ev]``; sorted, so the same graph gives the same rows."""
    in_article: dict[int, list[int]] = defaultdict(list)
    cited: dict[int, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        for a in node["articles"]:
            in_article[a].append(i)
        for literal in node["literals"]:
            for k in literal["ev"]:
                cited[k].append(i)
    names = [_names(node) for node in nodes]
    flat = pairs_named(names, in_article, cited, edges, ((row["article"], row["text"]) for row in evidence))
    return [list(flat[k : k + 4]) for k in range(0, len(flat), 4)]


def pairs_named(
    names: Sequence[Sequence[str]], in_article: Mapping, cited: Mapping, edges: list[dict], sentences: Iterable
) -> array:
    """:func:`comentions`' rows flat (``a, b, ev, n`` one after another) from compact tables: each
    entity's names, each article's entities, each evidence row's entities (by its facts) and the
    evidence rows' (article, text), in order. A pair's first row and count are one int while counted."""
    n = len(names)
    joined: set[int] = set()
    for edge in edges:
        a, b = edge["from"], edge["to"]
        joined.add(min(a, b) * n + max(a, b))
        for k in edge["ev"]:
            cited[k].append(a)
            cited[k].append(b)
    pairs: dict[int, int] = {}  # a * n + b -> (first evidence row << 32) + count
    for k, (article, text) in enumerate(sentences):
        candidates = set(in_article.get(article, ())).union(cited.get(k, ()))
        named = sorted(i for i in candidates if any(_found(name, text) for name in names[i]))
        for x, a in enumerate(named):
            for b in named[x + 1 :]:
                key = a * n + b
                if key in joined:
                    continue
                seen = pairs.get(key)
                pairs[key] = (k << 32) + 1 if seen is None else seen + 1
    out = array("q")
    for key in sorted(pairs):
        value = pairs[key]
        out.extend((key // n, key % n, value >> 32, value & 0xFFFFFFFF))
    return out
