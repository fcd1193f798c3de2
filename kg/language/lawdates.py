"""Years of laws and rulings read off the words around their names rather than off the parse:
"the 2010 Citizens United ruling", "Roe v. Wade (1973)" (decisionDate); "Title IX, a 1972 law",
"a 1971 state law — the Stull Act", "the 2010 health law, often called Obamacare", "the Insurrection
Act, passed in 1807", "the Civil Rights Act passed in 1964" (enactedDate, or amendedDate after an
amending verb). The small parser often hangs such a participle or its "in 1807" on the wrong word;
the surface order of these phrases is fixed. The words are data: ``ruling_nouns``,
``dated_law_nouns``, ``naming_phrases``, ``date_qualifiers`` and the enacting and amending verbs of
relation_cues.json."""

from __future__ import annotations

import calendar
import re

from .courts import CANDIDATE
from .cues import YEAR
from .descriptors import party_words

DETERMINERS = frozenset({"a", "an", "the"})
DASHES = frozenset({",", "—", "–", "--", ":"})
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
MAX_MODIFIERS = 4  # "a controversial 1994 state law": words between the determiner and the noun
MAX_DATE_WORDS = 4  # "in early March 2014"
MONTHS = frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m)
SHORT_BRACKET = 6  # "(HIPAA)", "(“CSA”)": an acronym in brackets after a name
NAMED = frozenset({"Person", "Official", "Organization", "Agency", "Law", "CourtRuling"})
NAMING = frozenset({"known", "called", "dubbed", "named", "nicknamed"})  # "the 2010 law known as X"


def year_phrase(doc, i: int, qualifiers=frozenset()) -> str | None:
    """The one year of a date phrase opening with "in" at ``doc[i]``: "in 2014", "in March 2014",
    "in early 2013" (``qualifiers``: date_qualifiers of relation_cues.json). None for two years ("in
    2009 and 2010") or no year."""
    if i >= len(doc) or doc[i].lower_ != "in":
        return None
    years, j = [], i + 1
    while j < len(doc) and j <= i + MAX_DATE_WORDS and (_date_word(doc[j]) or doc[j].lower_ in qualifiers):
        if YEAR.match(doc[j].text):
            years.append(doc[j].text)
        j += 1
    if len(years) != 1 or not YEAR.match(doc[j - 1].text) or (j < len(doc) and doc[j].pos_ == "NOUN"):
        return None  # "in 2010 dollars" is no date of an event; "in 2009 and 2010" is two
    if j + 1 < len(doc) and doc[j].lower_ in ("and", "or", "to", "-", "–") and YEAR.match(doc[j + 1].text):
        return None
    return years[0]


def _named(tok) -> bool:
    """A name among a law noun's modifiers other than a place's or a party's: "McCain-Feingold", "Smith"."""
    if tok.ent_type_:
        return tok.ent_type_ in NAMED
    return tok.pos_ == "PROPN" and tok.text not in party_words()


def _date_word(tok) -> bool:
    return bool(YEAR.match(tok.text)) or tok.lower_.rstrip(".") in MONTHS or tok.text in ("-", "–")


def after_brackets(doc, i: int) -> int:
    """The index after a short bracketed acronym and closing quotes that follow a name at ``i``."""
    while i < len(doc) and doc[i].text in ('"', "”", "’"):
        i += 1
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(len(doc), i + SHORT_BRACKET)) if doc[j].text == ")"), None)
        if close is not None:
            i = close + 1
    return i


class LawDateRules:
    """Mixin of :class:`kg.pipeline.relations.RelationFinder` (which provides ``_fact``,
    ``ruling_nouns``, ``dated_law_nouns``, ``naming_phrases``, ``date_qualifiers``, ``verb_prop``,
    ``law_key``, ``law_heads`` and ``provision``)."""

    def _dated_names(self, doc, ents) -> list[dict]:
        out = []
        for e in ents:
            if e.label_ == "CourtRuling":
                out += self._ruling_name_year(doc, e)
            elif e.label_ == "Law":
                out += self._law_name_year(doc, e)
        return out

    def _ruling_name_year(self, doc, e) -> list[dict]:
        """ "the 2010 Citizens United ruling" (a year before the name, a ruling noun after it) and
        "Roe v. Wade (1973)" (the year in brackets right after the name, as case names are cited)."""
        before = doc[e.start - 1] if e.start > 0 else None
        after = doc[e.end] if e.end < len(doc) else None
        if (
            before is not None
            and YEAR.match(before.text)
            and after is not None
            and after.lemma_.lower() in self.ruling_nouns
            and not CANDIDATE.search(e.text)  # "the 1973 Supreme Court Roe v. Wade decision": a name glued to its court's
        ):
            return [self._fact(e, "decisionDate", None, e[0], "year-before-ruling-name", value=before.text)]
        if e.end + 2 < len(doc) and doc[e.end].text == "(" and YEAR.match(doc[e.end + 1].text) and doc[e.end + 2].text == ")":
            return [self._fact(e, "decisionDate", None, e[0], "ruling-name-bracket-year", value=doc[e.end + 1].text)]
        return []

    def _law_name_year(self, doc, e) -> list[dict]:
        year = self._apposed_law_noun_year(doc, after_brackets(doc, e.end), forward=True)
        if year is None and e.start >= 2:
            year = self._apposed_law_noun_year(doc, e.start - 1, forward=False)
        if year is not None:
            return [self._fact(e, "enactedDate", None, e[0], "law-noun-year-apposition", value=year)]
        found = self._participle_year(doc, e)
        if found is not None:
            prop, year = found
            return [self._fact(e, prop, None, e[0], f"{prop}-participle", value=year)]
        return []

    def law_key(self, name: str) -> str:
        """One key for the names of one law: the lexicon's name for a law it knows ("Obamacare", "ACA"
        -> "Affordable Care Act"), else the name without "the" and a possessive."""
        key = re.sub(r"['’]s$", "", re.sub(r"^(the|a)\s+", "", name.strip("[]"), flags=re.I))
        return self.law_names.get(key.lower(), key.lower())

    def _descriptor_years(self, doc, sent) -> list[dict]:
        """ "the 2010 health care law", "the Democratic-backed 2015 California law": a definite law noun
        (``dated_law_nouns``) with one year among its modifiers and no name of its own dates the one law
        the article names (counting a law the lexicon knows by several names once). Not "a 2010 law"
        (another law), not "the 2010 law, known as X" or "the 2010 law — the Harbor Act" (apposition
        rules date X), not when the article names two laws."""
        out = []
        for tok in sent:
            if tok.lemma_.lower() not in self.dated_law_nouns or tok.pos_ != "NOUN" or tok.ent_type_:
                continue
            after = doc[tok.i + 1 : tok.i + 5]
            if after and (after[0].text in DASHES - {","} or after[0].text == "(" or after[0].pos_ == "PROPN"):
                continue  # "the 1971 law — the Stull Act", "the 2010 law (ACA)", "the 2014 law Trust Act"
            if after and after[0].text == "," and any(t.lower_ in NAMING or t.ent_type_ == "Law" for t in after):
                continue  # "the 2010 health law, often called Obamacare": the apposition rules date the name
            if after and after[0].lower_ in NAMING:
                continue
            i, year = next(
                (
                    (i, f[1])
                    for i in range(max(sent.start, tok.i - MAX_MODIFIERS - 3), tok.i)
                    if doc[i].lower_ == "the" and (f := self._law_noun_phrase(doc, i)) is not None and f[0] == tok.i + 1
                ),
                (None, None),
            )
            if year is None or any(_named(t) for t in doc[i + 1 : tok.i]):
                continue  # "the 2002 McCain-Feingold law": a law its sponsors name, not the article's one
            laws = self._article_laws(doc)
            if len(laws) == 1:
                out.append(self._fact(next(iter(laws.values())), "enactedDate", None, tok, "year-law-descriptor", value=year))
        return out

    def _article_laws(self, doc) -> dict:
        """The laws "the law" may mean, one per ``law_key`` (no provision, no program): once per document."""
        if getattr(self, "_laws_of", (None,))[0] is not doc:
            laws: dict = {}
            for e in doc.ents:
                key = self.law_key(e.text) if e.label_ == "Law" and not self.provision.search(e.text) else None
                if key is not None and set(f"{e.text} {key}".split()) & self.law_heads:
                    laws.setdefault(key, e)
            self._laws_of = (doc, laws)
        return self._laws_of[1]

    def _law_noun_phrase(self, doc, i: int) -> tuple[int, str | None] | None:
        """ "a 1972 law", "the 1965 civil rights law", "a federal law": from a determiner at ``i``,
        modifiers and a noun of ``dated_law_nouns`` ending the phrase; its end and its one year."""
        if i >= len(doc) or doc[i].lower_ not in DETERMINERS:
            return None
        j, years = i + 1, []
        while j < len(doc) and j <= i + MAX_MODIFIERS + 1 + 2 * sum(t.text in ("-", "–") for t in doc[i + 1 : j]):
            tok = doc[j]
            if YEAR.match(tok.text):
                years.append(tok.text)
            elif tok.lemma_.lower() in self.dated_law_nouns and tok.pos_ == "NOUN":
                nxt = doc[j + 1] if j + 1 < len(doc) else None
                if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") or len(years) > 1:
                    return None  # "a 2010 law firm", "the 2009 and 2010 laws"
                return j + 1, (years[0] if years else None)
            elif tok.pos_ not in MODIFIER_POS and tok.text not in ("-", "–") and doc[j - 1].text not in ("-", "–"):
                return None  # "the Democratic-backed 2015 law": a hyphenated modifier is one word
            j += 1
        return None

    def _apposed_law_noun_year(self, doc, i: int, forward: bool) -> str | None:
        """ "Title IX, a 1972 law" (``forward`` from the word after the name) and "a 1971 state law —
        the Stull Act" (backward from the word before it): the year of a law noun set beside the name."""
        if forward:
            if i >= len(doc) or doc[i].text not in DASHES:
                return None
            found = self._law_noun_phrase(doc, i + 1)
            return found[1] if found else None
        j = i
        while j > 0 and doc[j].text in ('"', "“", "‘"):
            j -= 1
        if doc[j].lower_ in DETERMINERS:
            j -= 1
        end = self._before_naming(doc, j)
        if end is None:
            if j < 1 or doc[j].text not in DASHES:
                return None
            end = j
        for start in range(max(0, end - MAX_MODIFIERS - 2), end):
            found = self._law_noun_phrase(doc, start)
            if found is not None and found[0] == end:
                return found[1]
        return None

    def _before_naming(self, doc, j: int) -> int | None:
        """ "a 2010 law, often called the Harbor Act", "a 1994 law known as X": the index where the
        law noun ends, before a naming phrase (``naming_phrases`` of relation_cues.json) ending at ``j``."""
        for phrase in self.naming_phrases:
            words = phrase.split()
            k = j - len(words) + 1
            if k < 1 or [t.lower_ for t in doc[k : j + 1]] != words:
                continue
            if doc[k - 1].pos_ == "ADV":  # "often called", "also known as"
                k -= 1
            if k > 0 and doc[k - 1].text == ",":
                k -= 1
            return k
        return None

    def _participle_year(self, doc, e) -> tuple[str, str] | None:
        """ "the Insurrection Act, passed in 1807", "HIPAA, a federal law passed in 1996", "the
        Defense of Marriage Act, passed by Congress in 1996", "the Civil Rights Act passed in 1964":
        an enacting or amending verb right after the name (or after a law noun in apposition to it),
        then the year it happened."""
        i = after_brackets(doc, e.end)
        if i < len(doc) and doc[i].text == ",":
            i += 1
            found = self._law_noun_phrase(doc, i)
            if found is not None:
                i = found[0]
        if i < len(doc) and doc[i].lower_ in ("was", "were"):
            i += 1
        if i >= len(doc) or doc[i].tag_ not in ("VBN", "VBD"):
            return None
        prop = {"enactedBy": "enactedDate", "amendedBy": "amendedDate"}.get(self.verb_prop.get(doc[i].lemma_.lower()))
        if prop is None:
            return None
        i += 1
        if i + 1 < len(doc) and doc[i].lower_ == "into" and doc[i + 1].lower_ == "law":
            i += 2
        if i + 1 < len(doc) and doc[i].lower_ == "by":
            j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
            if j < len(doc) and doc[j].ent_iob_ == "B":  # "passed by Congress in 1996"
                j += 1
                while j < len(doc) and doc[j].ent_iob_ == "I":
                    j += 1
                i = j
        year = year_phrase(doc, i, self.date_qualifiers)
        return (prop, year) if year else None
