"""Governors the lexicon knows (``governors.tsv``, :mod:`kg.lexicon.governors`), for a mixin of
:class:`kg.resolve.roles.TitleRoles`: "Gov. Nathan Deal" in an article that names Georgia heads
Georgia, though no sentence puts the two together; a sentence naming another state ("Gov. X
criticized Ohio's law") does not make him Ohio's governor; and a former governor the article names
without his office ("Mike Huckabee", with Arkansas named) holds a public office.

Always with the state named in the article: the list alone says which state, never that it is one of
the article's places, and a namesake of a governor in an article about another state stays a person.
"""

from __future__ import annotations

from ..lexicon.governors import governed


class Governorships:
    """Needs ``mentions``, ``official``, ``find``, ``_name``, ``_key`` and ``root_of`` from
    :class:`kg.resolve.corefs.Clusters`."""

    def listed_governorship(self, t: dict, person: str | None) -> str | None:
        """For a governor's title with no state in it: the key of the state the holder governed, by
        the list, when the article names exactly one such state; "" when the holder is listed but the
        article names none of their states (no fact); None when the list does not know the holder
        or the title is not a governor's ("Lt. Gov.": another office), so the caller's rules apply."""
        title = (t.get("title") or "").lower().split()
        if person is None or title[-1:] != ["governor"] or len(title) > 1:
            return None
        states = governed(self._name(self.root_of(person)))
        if not states:
            return None
        named = {self._name(r): r for r in self._places()}
        found = [named[s] for s in sorted(states) if s in named]
        return self._key(found[0]) if len(found) == 1 else ""

    def governors_by_name(self) -> None:
        """A person the article names in full who governed one of the states it names holds a public office."""
        names = {self._name(r) for r in self._places()}
        for i, (_, _, name, label) in enumerate(self.mentions):
            if label in ("Person", "Official") and " " in name and governed(name) & names:
                self.official.add(self.find(i))

    def _places(self) -> set[int]:
        return {self.find(i) for i, m in enumerate(self.mentions) if m[3] == "Place"}
