"""Office holders the lexicon lists by name (:mod:`kg.lexicon.holders`), for a mixin of
:class:`kg.resolve.roles.TitleRoles`:

- "Gov. Nathan Deal" in an article that names Georgia heads Georgia, though no sentence puts the two
  together; a sentence naming another state ("Gov. X criticized Ohio's law") does not make him Ohio's
  governor;
- a person the article names in full who governed a state it names, or held a principal federal
  office ("Betsy DeVos", "Sean Spicer"), holds a public office: an Official (:mod:`kg.resolve.listed`
  applies it, with its guards). A justice of the Supreme Court only in an article that names a court
  (a reporter "John Roberts" is no justice).

Always with the article's own words: the list says which state, never that it is one of the
article's places, and a governor's namesake in an article about other states stays a person.
"""

from __future__ import annotations

from ..lexicon.holders import JUSTICE, federal_offices, governed


class ListedHolders:
    """Needs ``mentions``, ``official``, ``find``, ``_name``, ``_key`` and ``root_of`` from
    :class:`kg.resolve.corefs.Clusters`."""

    def listed_governorship(self, t: dict, person: str | None) -> str | None:
        """For a governor's title with no state in it: the key of the state the holder governed, by
        the list, when the article names exactly one such state; "" when the holder is listed but the
        article names none of their states (no fact); None when the list does not know the holder
        or the title is not a governor's ("Lt. Gov.": another office), so the caller's rules apply."""
        title = (t.get("title") or "").lower().split()
        if person is None or title != ["governor"]:
            return None
        states = governed(self._name(self.root_of(person)))
        if not states:
            return None
        named = {self._name(r): r for r in self._roots_labelled("Place")}
        found = [named[s] for s in sorted(states) if s in named]
        return self._key(found[0]) if len(found) == 1 else ""

    def listed_kinds(self, name: str) -> set[str]:
        """The lists that make the full name ``name`` an office holder in this article: "governor" (a
        listed governor of a state the article names) and "federal" (a listed federal officer; a
        justice only where the article names a court)."""
        offices, states = federal_offices(name), governed(name)
        out = set()
        if states and states & {self._name(r) for r in self._roots_labelled("Place")}:
            out.add("governor")
        if offices - {JUSTICE} or (JUSTICE in offices and self._roots_labelled("Court")):
            out.add("federal")
        return out

    def _roots_labelled(self, label: str) -> set[int]:
        return {self.find(i) for i, m in enumerate(self.mentions) if m[3] == label}
