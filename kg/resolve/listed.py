"""Which persons of an article hold (or held) a public office: those who head an agency, court or
place, and those whose full name is on a list of holders the lexicon keeps (a mixin of
:class:`kg.resolve.corefs.Clusters`, through :class:`kg.resolve.roles.TitleRoles`).

The lists: ``officeholders.json`` (every U.S. president and vice president), ``legislators.tsv``
(members of Congress, kg.lexicon.legislators), and ``governors.tsv`` and ``federal_officers.tsv``
(kg.lexicon.holders, through :mod:`kg.resolve.holders`). A name on the lists but the first types its person
Official only when the article says nothing against it: not when it gives the person a private job
(a namesake: "X, a student"; "Rev. X, chairman of a pastors' coalition") and not when a sentence
naming the person speaks of seeking an office (``candidacy_words``: the list holds people who were
candidates before they served, and the article may be from then), unless the office sought is the
presidency (``presidency_sought``: "presidential candidate X") and the person is on the list of
members of Congress or governors, who seek it after serving (not a federal officer: "Ben Carson" ran
for president before he was a secretary). The list never adds a fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.descriptors import has_party_label, party_words
from ..language.names import names_person
from ..lexicon.holders import governed
from ..lexicon.legislators import holder_key, legislator_keys, legislator_names
from ..lexicon.resources import load_json
from .holdersurnames import NAME_GOES_ON, legislative_words, national_surnames, rare_holder_surname


class ListedOfficials:
    """Needs ``mentions``, ``official``, ``find``, ``root_of``, ``label_of`` and ``text`` from
    :class:`kg.resolve.corefs.Clusters`."""

    def note_private(self, person: str) -> None:
        """``person`` holds a private job in this article ("a student", "chairman of <organization>")."""
        if not hasattr(self, "_private"):
            self._private: set[int] = set()
        self._private.add(self.root_of(person))

    def upgrade_officials(self, facts) -> None:
        """Whoever heads an agency, court or place holds a public office; so does a person named in
        full as a president or vice president, or as a member of Congress the article says nothing
        against (see the module)."""
        for f in facts:
            if f.prop == "heads" and f.obj and self.label_of(f.obj) in ("Agency", "Court", "Place"):
                self.official.add(self.root_of(f.subj))
            elif (
                f.prop in ("heads", "memberOf") and f.obj and self.label_of(f.obj) == "Organization" and not self.is_party(f.obj)
            ):
                self.note_private(f.subj)  # "X, chairman of <a coalition>", "the NRA's X": a namesake of a legislator, perhaps
        self._surnames_of_officials()
        private = getattr(self, "_private", set())
        for i, (_, _, name, label) in enumerate(self.mentions):
            if label not in ("Person", "Official") or " " not in name:
                continue
            key = holder_key(name)
            if key in holder_keys():
                self.official.add(self.find(i))  # "Joe Biden, the presumptive nominee": he held a national office
                continue
            legislator = key in legislator_keys() or bool(legislator_names().get(name))
            lists = self.listed_kinds(name) | ({"legislator"} if legislator else set())
            root = self.find(i)
            if root in self.official:
                continue  # decided at an earlier mention: each check below reads every mention of the article
            if not lists and governed(name) and self._in_presidential_race(root):
                lists = {"governor"}  # "presidential candidates X and Y": a listed governor's run, no state named
            if not lists or root in private:
                continue
            if self._seeking(root, presidency=lists != {"federal"}) and not (
                lists != {"federal"} and self._in_presidential_race(root)  # any sentence of the article
            ):
                continue
            if "governor" in lists or self._political(root):
                self.official.add(root)  # "a group of Senators, including X, Y and Z"; "Betsy DeVos and the union leaders"
        self._rare_holder_surnames(private | {self.root_of(f.subj) for f in facts if f.prop == "title"})

    def is_party(self, org: str) -> bool:
        """Whether the organization ``org`` is a political party (membership in one is no private job):
        "the Democratic Party", or a party word of relation_cues.json ("GOP", "Republicans")."""
        name = self._name(self.root_of(org))
        return name.split()[-1] == "Party" or name.removesuffix("s") in party_words()

    def _political(self, root: int, bodies: bool = True) -> bool:
        """Whether a sentence naming the person ``root`` is about government or politics: it has a
        ``political_words`` word or a party-and-state label ("R-Texas"), or names a government body or
        another holder of a public office ("Trump's pick", "a White House aide", "the path that <another
        listed legislator> took")."""
        words = _political_words() if bodies else legislative_words()  # a member of Congress's surname: Congress's
        for i, (start, end, _, _) in enumerate(self.mentions):
            if self.find(i) == root:
                s, e = _sentence(self.text, start, end)
                sentence = self.text[s:e]
                if has_party_label(sentence) or any(w.casefold() in words for w in re.findall(r"[\w.-]+", sentence)):
                    return True
                if bodies and any(
                    s <= m[0] < e and self.find(j) != root and self._governmental(j) for j, m in enumerate(self.mentions)
                ):
                    return True
        return False

    def _governmental(self, j: int) -> bool:
        """Mention ``j`` names a government body or an office holder (titled, a president on the list,
        or another listed member of Congress, governor or federal officer named in full: "the route X
        took, and Y follows" names two listed legislators, no namesakes both). A law is no such cue: an
        analyst's tweet signed "X (@handle)" may name one."""
        _, _, name, label = self.mentions[j]
        if label in ("Agency", "Court") or self.find(j) in self.official:
            return True
        key = holder_key(name)
        if key in holder_keys():
            return True
        return label in ("Person", "Official") and " " in name and self._listed_name(name, key)

    def _listed_name(self, name: str, key: str) -> bool:
        return key in legislator_keys() or bool(legislator_names().get(name)) or bool(self.listed_kinds(name))

    def _seeking(self, root: int, presidency: bool = False) -> bool:
        """Whether the article names the person ``root`` as seeking an office: a candidacy word
        (``candidacy_words``) in the person's own phrase ("candidate X", "X, the Democratic nominee",
        "X is running", "X's bid", "X won the primary"), not merely in their sentence ("lost a primary to
        X", "X holds that seat"); with ``presidency`` (a member of Congress or a governor), not when the
        office sought is the presidency."""
        own = _own_phrase()
        for i, (start, end, _, _) in enumerate(self.mentions):
            if self.find(i) != root:
                continue
            s, e = _sentence(self.text, start, end)
            before, after = self.text[s:start].rstrip(' ,(“"').split(), self.text[end:e]
            if (before and before[-1].casefold() in _candidacy_words()) or own.match(after):
                if not (presidency and _presidency_sought(self.text[s:e].casefold())):
                    return True
        return False

    def _in_presidential_race(self, root: int) -> bool:
        """Whether a sentence naming the person ``root`` says the presidency is sought ("fellow
        presidential candidates X and Y", "running for the presidential nomination, such as X")."""
        return any(
            self.find(i) == root and _presidency_sought(self.text[slice(*_sentence(self.text, m[0], m[1]))].casefold())
            for i, m in enumerate(self.mentions)
        )

    def _surnames_of_officials(self) -> None:
        """ "Bush" in an article naming George W. and George H.W. Bush, both officials: which one is
        unknown (the mention stays apart), but either holds an office."""
        full, bare = {}, {}
        for i, (_, _, name, label) in enumerate(self.mentions):
            if label in ("Person", "Official"):
                (full if " " in name else bare).setdefault(self.find(i), set()).add(name)
        for r, names in bare.items():
            if r in full or r in self.official or len(names) != 1:
                continue
            (word,) = names
            holders = {f for f, ns in full.items() if any(names_person(word, n) for n in ns)}
            if len(holders) > 1 and holders <= self.official:
                self.official.add(r)

    def _rare_holder_surnames(self, private: set[int]) -> None:
        """ "When Biden and Democrats ...", "Pelosi said": a surname alone, of no person the article names in full,
        that only listed holders of public office bear among the rare surnames (not in the Census table's
        ``RARE_RANK`` most frequent: not "Warren", "Johnson"), given no title ("U2 lead singer Bono"), in a sentence
        about government or politics, is an office holder's, whichever of them it is (see ``kg.resolve.holdersurnames``).
        The list gives a type, never a fact."""
        surnames = {  # "Mellody Hobson": a bare "Hobson" is hers; not "Hunter Biden" when "Joe Biden" holds an office
            m[2].split()[-1] for i, m in enumerate(self.mentions) if m[3] in ("Person", "Official") and " " in m[2]
        } - {m[2].split()[-1] for i, m in enumerate(self.mentions) if " " in m[2] and self.find(i) in self.official}
        for i, (_, end, name, label) in enumerate(self.mentions):
            root = self.find(i)
            if label not in ("Person", "Official") or " " in name or name in surnames or {root} & (self.official | private):
                continue
            if NAME_GOES_ON.match(self.text, end):
                continue  # "the Reagan Library dinner": a word of a longer name
            national = name in national_surnames()  # a member of Congress's: a sentence of politics, not a body's
            if rare_holder_surname(name) and self._political(root, bodies=national):  # ("singer Bono ... the FCC")
                self.official.add(root)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around ``text[start:end]``, by its ending punctuation."""
    before = max(text.rfind(c, 0, start) for c in (". ", "? ", "! ", "\n"))
    ends = [i for i in (text.find(c, end) for c in (". ", "? ", "! ", "\n")) if i >= 0]
    return before + 1, min(ends) if ends else len(text)


@lru_cache(maxsize=1)
def holders() -> dict:
    return load_json("officeholders.json")["holders"]


@lru_cache(maxsize=1)
def holder_keys() -> frozenset[str]:
    """Every full name on the lists of holders of a national office (``officeholders.json``)."""
    return frozenset(holder_key(n) for offices in holders().values() for names in offices.values() for n in names)


def _presidency_sought(sentence: str) -> bool:
    """ "presidential candidate X", "X, running for president": the office sought is the presidency, which
    a member of Congress or a governor on the lists seeks after serving (so the list's office was held)."""
    return re.search(load_json("officeholders.json")["presidency_sought"], sentence) is not None


@lru_cache(maxsize=1)
def _political_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_json("officeholders.json")["political_words"])


@lru_cache(maxsize=1)
def _own_phrase() -> re.Pattern:
    """After a name: an apposition or a verb phrase of the person's own that has a candidacy word."""
    words = "|".join(sorted(re.escape(w) for w in _candidacy_words()))
    return re.compile(
        r"(?:\s*,[^,]{0,80},)?(?:"
        rf"\s*(?:'s|’s)\s+(?:[\w-]+\s+)?(?:{words})\b"  # "X's (presidential) bid"
        rf"|\s+(?:is|was|are|were|has been|had been|will be)\s+(?:[\w-]+\s+){{0,4}}?(?:{words})\b"  # "X is running"
        rf"|\s*,\s*(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,4}}?(?:{words})\b"  # "X, the Democratic nominee"
        rf"|\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,5}}?who\s+(?:is|was)\s+(?:now\s+)?(?:{words})\b"  # "X, a pilot who is running"
        rf"|\s+(?:won|lost|entered|joined|launched|announced|ended|quit)\s+(?:[\w-]+\s+){{0,3}}?(?:{words})\b"
        rf"|\s*,?\s+(?:running|seeking|campaigning|challenging)\b)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _candidacy_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_json("officeholders.json")["candidacy_words"])
