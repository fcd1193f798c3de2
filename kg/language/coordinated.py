"""Bodies named together under one plural head noun.

"the departments of Justice and Homeland Security" and "the State and Justice departments" name
two departments each; neither "Justice" nor "State" is a body's name alone. Each conjunct becomes
an ``Agency`` span whose ``kb_id_`` holds the name it stands for ("Department of Justice",
"Justice Department"); :mod:`kg.resolve.corefs` reads that name, so the lexicon's canonical body applies.
A coordination that is itself one body's name ("Health and Human Services departments") is left
alone. A word the first conjunct opens with may be the others' ("the House Judiciary and Intelligence
committees").
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


def coordinated_bodies(
    doc: Doc, plural_heads: dict[str, str], known: set[str], named_only: dict[str, dict[str, str]] | None = None
) -> list[Span]:
    """Conjuncts of "<heads> of A and B" and "A and B <heads>", for each plural head word
    ("departments" -> "Department"); ``known`` holds full body names that must not be split.
    ``named_only``: head words whose every conjunct must make one of the names given (name -> class):
    "the Agriculture, Budget and Rules committees" are committees of Congress; "the Nobel and Olympic
    committees" are not split."""
    out = []
    named_only = named_only or {}
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
        allowed = named_only.get(tok.lower_)
        names = [form.format(doc[s:e].text) for s, e in runs]
        if allowed is not None and any(n not in allowed for n in names):
            names = _shared_subject(doc, runs, form, known) or _shared_chamber(doc, runs, form, known)
            if names is None:
                continue  # "the Nobel and Olympic committees"
        for (s, e), name in zip(runs, names, strict=True):
            out.append(Span(doc, s, e, label=allowed.get(name, "Agency") if allowed else "Agency", kb_id=name))
    return out


def _shared_subject(doc: Doc, runs: list[tuple[int, int]], form: str, known: set[str]) -> list[str] | None:
    """ "the House and Senate Judiciary committees": one-word conjuncts that share the last one's words
    after its first ("House Judiciary Committee", "Senate Judiciary Committee"), when every name so made
    is a known body's; else None."""
    last = doc[runs[-1][0] : runs[-1][1]]
    if len(last) < 2 or any(e - s != 1 for s, e in runs[:-1]):
        return None
    rest = last[1:].text
    names = [form.format(f"{doc[s].text} {rest}") for s, _ in runs[:-1]] + [form.format(last.text)]
    return names if all(n in known for n in names) else None


def _shared_chamber(doc: Doc, runs: list[tuple[int, int]], form: str, known: set[str]) -> list[str] | None:
    """ "the House Judiciary and Intelligence committees": the first conjunct's first word is the others'
    too ("House Judiciary Committee", "House Intelligence Committee"), when every name so made is a known
    body's; else None."""
    first = doc[runs[0][0] : runs[0][1]]
    if len(first) < 2:
        return None
    names = [form.format(first.text)] + [form.format(f"{first[0].text} {doc[s:e].text}") for s, e in runs[1:]]
    return names if all(n in known for n in names) else None
