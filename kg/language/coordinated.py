"""Bodies named together under one plural head noun.

"the departments of Justice and Homeland Security" and "the State and Justice departments" name
two departments each; neither "Justice" nor "State" is a body's name alone. Each conjunct becomes
an ``Agency`` span whose ``kb_id_`` holds the name it stands for ("Department of Justice",
"Justice Department"); :mod:`kg.resolve.corefs` reads that name, so the lexicon's canonical body applies.
A coordination that is itself one body's name ("Health and Human Services departments") is left
alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

SEPARATORS = {",", "and", "&"}
DETERMINERS = {"the", "a", "an", "both", "all"}


def _run_end(doc: Doc, i: int, step: int) -> int:
    """The first token past the capitalized run at ``i`` walking by ``step``; never across a
    sentence start nor onto a determiner ("The State and Justice departments")."""
    j = i
    while 0 <= j < len(doc) and doc[j].is_title and doc[j].lower_ not in DETERMINERS:
        if j != i and doc[max(j, j - step)].is_sent_start:
            break
        j += step
    return j


def _runs(doc: Doc, i: int, step: int, limit: int = 8) -> tuple[list[tuple[int, int]], bool]:
    """Capitalized runs from token ``i`` walking by ``step`` (+1 or -1), separated by "," / "and";
    and whether "and" was among the separators (a list "A, B and C" or a pair "A and B")."""
    runs, coordinated = [], False
    while len(runs) < limit:
        j = _run_end(doc, i, step)
        if j == i:
            break
        runs.append((min(i, j - step), max(i, j - step) + 1))
        k = j
        while 0 <= k < len(doc) and doc[k].lower_ in SEPARATORS:
            coordinated = coordinated or doc[k].lower_ in ("and", "&")
            k += step
        if k == j:
            break
        i = k
    return runs, coordinated


def coordinated_bodies(doc: Doc, plural_heads: dict[str, str], known: set[str]) -> list[Span]:
    """Conjuncts of "<heads> of A and B" and "A and B <heads>", for each plural head word
    ("departments" -> "Department"); ``known`` holds full body names that must not be split."""
    out = []
    for tok in doc:
        head = plural_heads.get(tok.lower_)
        if head is None:
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":
            start = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
            runs, coordinated = _runs(doc, start, +1)
            form = f"{head} of {{}}"
        else:
            runs, coordinated = _runs(doc, tok.i - 1, -1)
            runs.reverse()
            form = f"{{}} {head}"
        if len(runs) < 2 or not coordinated:
            continue
        whole = doc[runs[0][0] : runs[-1][1]].text
        if form.format(whole) in known:
            continue  # "Health and Human Services departments": one body's name
        for s, e in runs:
            out.append(Span(doc, s, e, label="Agency", kb_id=form.format(doc[s:e].text)))
    return out
