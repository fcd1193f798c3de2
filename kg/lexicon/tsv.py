"""One lexicon TSV file read and checked: its rows by line number, cells split into lists, name variants,
and a problem reported as a :class:`~kg.lexicon.entries.LexiconError` naming the file and the line."""

from __future__ import annotations

from pathlib import Path

from .entries import LexiconError

FILES = {
    "places": ("places.tsv", ("name", "kind", "aliases", "parent"), ("postal", "flags", "bare")),
    "bodies": ("bodies.tsv", ("name", "class", "acronyms", "aliases", "parent", "jurisdiction"), ("generic", "wikidata")),
    "laws": ("laws.tsv", ("name", "class", "acronyms", "aliases", "parent", "jurisdiction"), ("generic", "wikidata")),
    "titles": ("titles.tsv", ("title", "role", "class", "target", "aliases"), ("body", "kind")),
    "modifiers": ("title_modifiers.tsv", ("modifier", "effect"), ("note",)),
    "stances": ("stance.tsv", ("lemma", "pos", "stance"), ("note",)),
    "patterns": ("body_patterns.tsv", ("pattern", "class", "parent"), ("note", "bare")),
    "governors": ("governors.tsv", ("name", "state", "from", "to"), ()),
    "legislators": ("legislators.tsv", ("name", "first", "last", "chamber", "state"), ("nickname", "party")),
    "federal_officers": ("federal_officers.tsv", ("name", "office"), ("from", "to")),
}


class _File:
    """One TSV file: its rows as (line number, {column: cell}) and an error helper."""

    def __init__(self, directory: Path, key: str) -> None:
        name, required, optional = FILES[key]
        self.path = directory / name
        try:
            self.shown = str(self.path.relative_to(Path.cwd()))
        except ValueError:
            self.shown = str(self.path)
        if not self.path.is_file():
            raise LexiconError(f"{self.shown}: lexicon file is missing")
        try:
            text = self.path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise LexiconError(f"{self.shown}: not UTF-8 text (byte {exc.start})") from None
        self.rows: list[tuple[int, dict[str, str]]] = []
        header: list[str] | None = None
        for no, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                missing = [c for c in required if c not in header]
                unknown = [c for c in header if c not in required + optional]
                if missing or unknown:
                    self.fail(
                        no,
                        f"header must have the columns {', '.join(required)}"
                        f"{' (optional: ' + ', '.join(optional) + ')' if optional else ''}; "
                        f"{'missing ' + ', '.join(missing) if missing else 'unknown ' + ', '.join(unknown)}",
                    )
                continue
            if len(cells) > len(header):
                self.fail(no, f"{len(cells)} tab-separated cells but the header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            row = dict(zip(header, cells))
            for col in optional:
                row.setdefault(col, "")
            self.rows.append((no, row))
        if header is None:
            raise LexiconError(f"{self.shown}: no header row")

    def fail(self, line: int, problem: str) -> None:
        raise LexiconError(f"{self.shown}:{line}: {problem}")

    def check(self, line: int, value: str, allowed: tuple[str, ...], what: str) -> str:
        if value not in allowed:
            shown = ", ".join(a or "(empty)" for a in allowed)
            self.fail(line, f"unknown {what} {value!r} (expected one of {shown})")
        return value


def _list(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(";") if x.strip())


def _variants(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names plus their straight/typographic apostrophe twins, in order, without repeats."""
    out: dict[str, None] = {}
    for n in names:
        out[n] = None
        out[n.replace("'", "’")] = None
        out[n.replace("’", "'")] = None
    return tuple(out)


def _claim(f: _File, claims: dict, form: str, owner: str, line: int, what: str) -> None:
    prev = claims.setdefault(form, (owner, line))
    if prev[0] != owner:
        f.fail(line, f"{what} {form!r} names two entries: {prev[0]!r} (line {prev[1]}) and {owner!r}")
