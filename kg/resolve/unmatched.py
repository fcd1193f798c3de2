"""Names of a user's aliases file that match no name in the articles (a typo, or an old file).

A merge or split name applies to an entity when it equals one of the entity's names after
:func:`~kg.language.names.normalize` (case, curly quotes, a leading "the", a trailing "'s"), as
:func:`kg.resolve.corpus.resolve` applies them; a name that equals none would change nothing, so
the build reports it instead of ignoring it silently.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

from ..core.records import Extraction
from ..language.names import normalize


def alias_names(path: Path) -> list[tuple[str, str]]:
    """(``merge`` or ``split``, name) for each name of the aliases file, in file order."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    out = [("merge", str(n)) for m in data.get("merge", []) if isinstance(m, dict) for n in m.get("names") or []]
    for s in data.get("split", []):
        out.append(("split", str(s.get("name", "") if isinstance(s, dict) else s)))
    return out


def unmatched_aliases(path: Path, extractions: Iterable[Extraction]) -> list[tuple[str, str]]:
    """The (section, name) pairs of the aliases file at ``path`` that no entity of ``extractions`` bears."""
    seen = {normalize(n) for x in extractions for e in x.entities for n in (e.name, *e.names)}
    return [(section, name) for section, name in alias_names(path) if normalize(name) not in seen]
