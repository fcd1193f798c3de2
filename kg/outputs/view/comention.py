"""Entities named in the same sentence: the view's second kind of link, beside facts.

The graph keeps sentences as the evidence of facts (``oa:exact``). An entity counts as named in one of
them when it is mentioned in that sentence's article (``kg:mentionedIn``, or it takes part in a fact
that sentence supports) and one of its names (label or alias, three characters or more) occurs in the
sentence as a whole word, case and all. Pairs already joined by a fact are left out: the fact says more.
"""

from __future__ import annotations

from collections import defaultdict

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
    for i, node in enumerate(nodes):
        for a in node["articles"]:
            in_article[a].append(i)
    cited: dict[int, set[int]] = defaultdict(set)
    joined: set[tuple[int, int]] = set()
    for edge in edges:
        a, b = edge["from"], edge["to"]
        joined.add((min(a, b), max(a, b)))
        for k in edge["ev"]:
            cited[k].update((a, b))
    for i, node in enumerate(nodes):
        for literal in node["literals"]:
            for k in literal["ev"]:
                cited[k].add(i)
    names = [_names(node) for node in nodes]
    pairs: dict[tuple[int, int], list[int]] = {}
    for k, row in enumerate(evidence):
        text = row["text"]
        candidates = set(in_article.get(row["article"], ())) | cited.get(k, set())
        named = sorted(i for i in candidates if any(_found(n, text) for n in names[i]))
        for x, a in enumerate(named):
            for b in named[x + 1 :]:
                if (a, b) in joined:
                    continue
                seen = pairs.get((a, b))
                if seen is None:
                    pairs[(a, b)] = [k, 1]
                else:
                    seen[1] += 1
    return [[a, b, k, n] for (a, b), (k, n) in sorted(pairs.items())]
