"""The city an article is about, for a city's office written with no city ("Mayor X said ..."; a mixin of
:class:`kg.resolve.roles.TitleRoles`): when the title's sentence names no place at all, the one city the
article names at least twice and at least twice as often as any other city (a place the lexicon knows as
no state, country or other kind, and no county), the criterion by which "the City Council" is named after
the article's city (:func:`kg.language.statebodies.city_body_names`). Never the most-named place alone
(issue 14: right 2 times in 3), nor a city against one the title's sentence names or the title follows ("Toronto Mayor X" in an article
about New York City, where the model took that "Toronto" for no place: it names a place elsewhere). Read
on the 69 articles of the 1,000-article corpus build with a mayor's title: 9 mayors get a city this way,
all right (Toronto's mayor, whom it made New York's before the second guard, gets none; Deerfield's
mayor, written "Deerfield Mayor X" with that Deerfield taken for no place, gets Deerfield).
"""

from __future__ import annotations

from collections import Counter

from ..language.statebodies import dominant

RULE = "article-city"


class ArticleCity:
    """Needs ``text``, ``mentions``, ``place_kinds``, ``find``, ``_name``, ``root_of`` and ``place_named`` from
    :class:`kg.resolve.corefs.Clusters` and :class:`kg.resolve.roles.TitleRoles`."""

    def city_of_article(self, t: dict, kind: str) -> list[int]:
        """[the root of the article's city] for a city office ``t`` whose sentence names no place; else []."""
        s, e = t["sent"]
        if kind != "city" or any(m[3] == "Place" and s <= m[0] < e for m in self.mentions):
            return []
        city = self._article_city()
        key = self.place_named(city) if city else None
        at = (t.get("at") or t["person"])[0]
        before = self.text[max(s, at - 60) : at].rstrip(" -")
        if key is None or any(m[3] == "Place" and m[2] != city and before.endswith(m[2]) for m in self.mentions):
            return []  # "Toronto Mayor X" where the model took this "Toronto" for no place (it did elsewhere)
        t["rule"] = f"{t['rule']}+{RULE}"  # the fact says how its city was found
        return [self.root_of(key)]

    def _article_city(self) -> str | None:
        """The name of the city the article is about, computed once per article."""
        if not hasattr(self, "_city"):
            roots = [self.find(i) for i, m in enumerate(self.mentions) if m[3] == "Place"]
            names = {r: self._name(r) for r in set(roots)}
            counts = Counter(
                names[r] for r in roots if names[r] not in self.place_kinds and not names[r].endswith(("County", "Parish"))
            )
            self._city = dominant(counts)
        return self._city
