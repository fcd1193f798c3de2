"""First names and their short forms ("Chris" / "Christopher", "Gabby" / "Gabrielle"), from the
``nicknames`` package (Apache-2.0: a table of English given names and their nicknames), loaded once
per process."""

from __future__ import annotations

from functools import lru_cache

from nicknames import NickNamer


@lru_cache(maxsize=1)
def _namer() -> NickNamer:
    return NickNamer()


def related(a: str, b: str) -> bool:
    """Whether the table gives one first name as a nickname of the other (either direction)."""
    n = _namer()
    return b in n.nicknames_of(a) or a in n.nicknames_of(b)


def is_short_form(short: str, full: str) -> bool:
    """Whether the table gives ``short`` as a nickname of ``full`` ("chris", "christopher")."""
    return short in _namer().nicknames_of(full)
