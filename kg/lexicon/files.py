"""Reading and checking the lexicon's TSV files (used by :mod:`kg.lexicon.load`).

Every problem is a :class:`~kg.lexicon.entries.LexiconError` naming the file, the line and what is wrong.
"""

from __future__ import annotations

import re
from pathlib import Path

from .entries import (
    BODY_CLASSES,
    EFFECTS,
    PLACE_FLAGS,
    PLACE_KINDS,
    PLACEHOLDERS,
    POS,
    ROLES,
    STANCES,
    TARGETS,
    TITLE_CLASSES,
    TITLE_KINDS,
    Body,
    BodyPattern,
    LexiconError,
    Modifier,
    Place,
    Stance,
    Title,
    pattern_regex,
)
from .tsv import _claim, _File, _list, _variants


def _with_ap_abbreviation(name: str, aliases: list[str], code: str | None, bare: bool) -> list[str]:
    """A state's aliases with its AP-style abbreviation ("Calif.") from the ``us`` package, which holds
    them for every state (after the first alias of a state whose bare name means a city)."""
    import us

    state = us.states.lookup(code) if code else None
    ap = state.ap_abbr if state is not None else None
    if not ap or ap == name or ap in aliases:
        return aliases
    return [*aliases[:1], ap, *aliases[1:]] if bare else [ap, *aliases]


def _from_us(name: str, kind: str, parent: str, postal: str) -> tuple[str, str | None, str | None]:
    """A row's kind, parent and postal code; for a state, territory or the District, whatever the row
    leaves empty comes from the ``us`` package (kind, "United States", its postal code)."""
    import us

    st = us.states.lookup(name, field="name")
    if st is not None:
        kind = kind or ("district" if st.abbr == "DC" else "territory" if st.is_territory else "state")
        parent = parent or "United States"
        postal = postal or st.abbr
    return kind, parent or None, postal or None


def _places(d: Path) -> tuple[Place, ...]:
    f, out, claims, postal = _File(d, "places"), [], {}, {}
    for no, r in f.rows:
        name = r["name"] or f.fail(no, "empty name")
        if name in {p.name for p, _ in out}:
            f.fail(no, f"duplicate name {name!r}")
        flags = _list(r["flags"])
        for flag in flags:
            f.check(no, flag, PLACE_FLAGS, "flag")
        kind, parent, code = _from_us(name, r["kind"], r["parent"], r["postal"])
        if code and not (len(code) == 2 and code.isalpha() and code.isupper()):
            f.fail(no, f"postal code {code!r} is not two capital letters")
        if code:
            _claim(f, postal, code, name, no, "postal code")
        place = Place(
            name,
            f.check(no, kind, PLACE_KINDS, "kind"),
            _variants(_with_ap_abbreviation(name, _list(r["aliases"]), code, bool(r["bare"]))),
            parent,
            code,
            flags,
            r["bare"] or None,
        )
        if place.bare and not (place.aliases and place.aliases[0].startswith(name + " ")):
            f.fail(no, f"{name!r} has a bare meaning but its first alias does not name the state ({name} State)")
        for form in place.names:
            _claim(f, claims, form, name, no, "name")
        out.append((place, no))
    names = {p.name for p, _ in out}
    for p, no in out:
        if p.parent and p.parent not in names:
            f.fail(no, f"parent {p.parent!r} names no row of {f.path.name}")
    return tuple(p for p, _ in out)


def _bodies(d: Path, places: tuple[Place, ...], key: str = "bodies", classes: tuple[str, ...] = BODY_CLASSES) -> tuple[Body, ...]:
    """bodies.tsv, or laws.tsv (the same columns; well-known federal laws and programs, class Law)."""
    f, out, claims = _File(d, key), [], {}
    place_names = {p.name for p in places}
    for no, r in f.rows:
        name = r["name"] or f.fail(no, "empty name")
        if name in {b.name for b, _ in out}:
            f.fail(no, f"duplicate name {name!r}")
        acronyms = _list(r["acronyms"])
        for a in acronyms:
            if a == a.lower() or " " in a:
                f.fail(no, f"acronym {a!r} must be one word with capital letters")
        body = Body(
            name,
            f.check(no, r["class"], classes, "class"),
            acronyms,
            tuple(a for a in _variants((name, *_list(r["aliases"]))) if a != name),
            r["parent"] or None,
            r["jurisdiction"] or None,
            _variants(_list(r.get("generic", ""))),
            r.get("wikidata", "") or None,
        )
        if body.wikidata and not re.fullmatch(r"Q[1-9][0-9]*", body.wikidata):
            f.fail(no, f"wikidata {body.wikidata!r} is not a Wikidata item id (Q followed by digits)")
        for form in acronyms:
            _claim(f, claims, form, name, no, "acronym")
        for form in (name, *body.aliases, *body.generic):
            _claim(f, claims, form, name, no, "name")
        if body.jurisdiction and body.jurisdiction not in place_names:
            f.fail(no, f"jurisdiction {body.jurisdiction!r} names no row of places.tsv")
        out.append((body, no))
    by_name = {b.name: b for b, _ in out}
    for b, no in out:
        seen, cur = {b.name}, b
        while cur.parent:
            if cur.parent not in by_name:
                f.fail(no, f"parent {cur.parent!r} names no row of {f.path.name}")
            if cur.parent in seen:
                f.fail(no, f"parent chain of {b.name!r} loops back to {cur.parent!r}")
            seen.add(cur.parent)
            cur = by_name[cur.parent]
    return tuple(b for b, _ in out)


def _titles(d: Path) -> tuple[Title, ...]:
    f, out, claims = _File(d, "titles"), [], {}
    for no, r in f.rows:
        title = r["title"] or f.fail(no, "empty title")
        if title != title.lower():
            f.fail(no, f"title {title!r} must be written in lower case")
        t = Title(
            title,
            f.check(no, r["role"], ROLES, "role"),
            f.check(no, r["class"], TITLE_CLASSES, "class"),
            f.check(no, r["target"], TARGETS, "target"),
            _list(r["aliases"]),
            r["body"],
            f.check(no, r["kind"], TITLE_KINDS, "kind"),
        )
        for form in (title, *(a.lower() for a in t.aliases)):
            _claim(f, claims, form, title, no, "title or alias")
        out.append(t)
    return tuple(out)


def _modifiers(d: Path) -> tuple[Modifier, ...]:
    f, out, seen = _File(d, "modifiers"), [], {}
    for no, r in f.rows:
        m = r["modifier"] or f.fail(no, "empty modifier")
        _claim(f, seen, m.lower(), m, no, "modifier")
        out.append(Modifier(m.lower(), f.check(no, r["effect"], EFFECTS, "effect"), r["note"]))
    return tuple(out)


def _stances(d: Path) -> tuple[Stance, ...]:
    f, out, seen = _File(d, "stances"), [], {}
    for no, r in f.rows:
        lemma = r["lemma"] or f.fail(no, "empty lemma")
        pos = f.check(no, r["pos"], POS, "pos")
        if (lemma, pos) in seen:
            f.fail(no, f"{lemma!r} {pos} is already on line {seen[(lemma, pos)]}")
        seen[(lemma, pos)] = no
        out.append(Stance(lemma, pos, f.check(no, r["stance"], STANCES, "stance"), r["note"]))
    return tuple(out)


def _patterns(d: Path, bodies: tuple[Body, ...], places: tuple[Place, ...]) -> tuple[BodyPattern, ...]:
    f, out, names = _File(d, "patterns"), [], {b.name for b in bodies}
    for no, r in f.rows:
        pat = r["pattern"] or f.fail(no, "empty pattern")
        if sum(pat.count(ph) for ph in PLACEHOLDERS) != 1 or pat.count("{") != 1:
            f.fail(no, f"pattern {pat!r} must hold exactly one of {', '.join(PLACEHOLDERS)}")
        if r["parent"] and r["parent"] not in names:
            f.fail(no, f"parent {r['parent']!r} names no row of bodies.tsv")
        out.append(
            BodyPattern(
                pat,
                f.check(no, r["class"], BODY_CLASSES, "class"),
                r["parent"] or None,
                r["note"],
                pattern_regex(pat, places),
                f.check(no, r["bare"], ("", "national"), "bare"),
            )
        )
    return tuple(out)


def read_lexicon(directory: Path) -> dict[str, tuple]:
    if not directory.is_dir():
        raise LexiconError(f"{directory}: lexicon directory not found")
    places = _places(directory)
    bodies, laws = _bodies(directory, places), _bodies(directory, places, "laws", ("Law",))
    both = {n for b in bodies for n in b.names} & {n for b in laws for n in b.names}
    if both:
        first = min(both, key=lambda n: (n not in {a for b in laws for a in b.acronyms + (b.name, *b.aliases)}, n))  # as written
        raise LexiconError(f"{directory / 'laws.tsv'}: {first!r} is also a name in bodies.tsv")
    return {
        "places": places,
        "bodies": bodies,
        "laws": laws,
        "titles": _titles(directory),
        "modifiers": _modifiers(directory),
        "stances": _stances(directory),
        "patterns": _patterns(directory, bodies, places),
    }
