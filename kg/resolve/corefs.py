"""In-article coreference of named mentions: which mentions of one article are one entity.

General rules only: same name key (see :mod:`kg.language.names`), acronyms defined in the text or known to
the lexicon, initials ("BPD" for "Boston Police Department"), surnames and first names of a
person named in full, bare section numbers joined to a full citation, a place prefix on a law's
name ("Springfield Welcome Act" = "Welcome Act").
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ..core.records import LocalEntity
from ..language.names import name_key
from ..language.portfolios import department_subject
from ..language.sex import honorific_sex, one_sex
from ..language.statebodies import city_body_names, county_body_names, state_body_names
from ..language.text import doc_text
from ..language.titledfirst import first_name_titled
from ..lexicon.legislators import holder_key, legislator_keys
from ..lexicon.load import load_lexicon
from .bareplaces import article_says_state, bare_place, cue_after, listed_with_states, titled_of
from .billnumbers import bill_forms
from .committees import chamber_committee, one_chamber_committees
from .coreflinks import GROUP, LinkRules
from .corefwords import department_before_secretary, lexicon_court, lexicon_names, title_words
from .cuedorgs import cued_organizations
from .cuedplaces import cued_places
from .headnames import headline_surnames
from .listedchambers import names_a_race
from .listedplaces import listed_places
from .particlenames import particle_surnames, speaking_surnames
from .relatives import main_bearers
from .roles import TitleRoles
from .splitnames import dateline_names, one_class_per_name, persons_and_places
from .tailnames import tail_names

SPECIFIC = ("Court", "Agency", "Organization", "Official", "Person", "Law", "CourtRuling", "Place")


class Clusters(LinkRules, TitleRoles):
    """Union-find over the mentions of one article."""

    def __init__(self, text: str, mentions: list[tuple[int, int, str, str]]) -> None:
        self.text = text
        self.mentions = mentions  # (start, end, name, label)
        self.parent = list(range(len(mentions)))
        self.official: set[int] = set()
        self.place_kinds = {n: p.kind for p in load_lexicon().places for n in (p.label, *p.aliases) if n != p.name or not p.bare}
        self.canonical: dict[int, str] = {}
        self.state_bodies: set[int] = set()
        self._groups: dict[int, list[int]] | None = None
        self.merges: list[tuple[str, str, str]] = []  # (name, merged into name, why), for the resolution log

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def from_doc(cls, doc: Doc) -> Clusters:
        lex = lexicon_names()
        titles, listed = title_words(), legislator_keys()  # "Dean Heller": a listed member's first name, no title
        mentions, text = [], doc_text(doc)  # spaCy joins every token on each read of doc.text: once per document
        for e in doc.ents:
            name = e.kb_id_ or e.text  # "Justice" in "the departments of Justice and ...": "Department of Justice"
            if e.label_ == "Agency" and names_a_race(name, text, e.end_char):
                continue  # "the Mississippi Senate runoff": a race for the state's seat in Congress, no body
            if e.label_ in ("Person", "Official"):
                words = name.replace("[", " ").replace("]", " ").split()  # "[Leader Dana] Whitfield": an editor's brackets
                if name.count("(") != name.count(")"):  # "(Sen. Dana) Whitfield": round ones, unbalanced inside a name
                    words = name.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ").split()
                while (
                    len(words) > 1
                    and words[0].lower().rstrip(".") in titles
                    and not first_name_titled(e)
                    and holder_key(" ".join(words)) not in listed
                ):
                    words = words[1:]
                name = " ".join(words)
            label = "Agency" if e.label_ == "Organization" and chamber_committee(name) else e.label_
            department = department_before_secretary(doc, e, lex)
            if department:  # "Defense Secretary X": the Department of Defense (written so when the lexicon says that
                name, label = (e.text if lex.get(e.text) == department else department), "Agency"  # name is its name)
            mentions.append((e.start_char, e.end_char, name, label))
        for i, word in headline_surnames(doc_text(doc), mentions).items():  # "What Does Fenwick Want?"
            mentions[i] = (*mentions[i][:2], word, mentions[i][3])
        for i in cued_places(doc_text(doc), mentions):  # "the theater in Aurora": the city the model took for a person
            mentions[i] = (*mentions[i][:3], "Place")
        for i in listed_places(doc_text(doc), mentions):  # "Oakdale, Fairview, Lakeside and Millbrook": a list of towns
            mentions[i] = (*mentions[i][:3], "Place")
        for i in particle_surnames(mentions):  # "St. Clair said" after "Dana St. Clair": a surname, not a place
            mentions[i] = (*mentions[i][:3], "Person")
        for i, surname in speaking_surnames(doc, mentions).items():  # "Israel told CNN", "Cornell’s Yale-Loehr agrees"
            mentions[i] = (*mentions[i][:2], surname, "Person")
        for i in cued_organizations(doc_text(doc), mentions):  # "Acme Mart, a discount retailer,": not a person
            mentions[i] = (*mentions[i][:3], "Organization")
        self = cls(doc_text(doc), mentions)
        for i, form in dateline_names(self.text, mentions, self.place_kinds).items():  # "DETROIT –": Detroit
            mentions[i] = (*mentions[i][:2], form, "Place")
        for i, label in (one_class_per_name(self.text, mentions, self.place_kinds) | persons_and_places(mentions)).items():
            mentions[i] = (*mentions[i][:3], label)  # "Corona" the beer; "a Dana Roe made a comment": the person
        self.canonical = {i: lex[m[2]] for i, m in enumerate(mentions) if m[2] in lex}
        self.canonical.update(
            {i: c for i, m in enumerate(mentions) if m[3] == "Court" and i not in self.canonical and (c := lexicon_court(m[2]))}
        )
        article_says: dict[str, bool] = {}  # per bare name: does the article say the state anywhere?
        for i, m in enumerate(mentions):  # "Washington": the capital, unless the article says the state
            p = bare_place(m[2])
            if p is not None and m[3] == "Place":
                cue = cue_after(self.text, m[1])
                if cue is None and (listed_with_states(self.text, m[0], m[1]) or titled_of(self.text, m[0])):
                    cue = True  # "in Washington, Oregon and Alaska", "Gov. Jay Inslee of Washington": the state
                if cue is None:
                    if p.name not in article_says:
                        article_says[p.name] = article_says_state(self.text, p)
                    cue = article_says[p.name]
                self.canonical[i] = p.label if cue else p.bare
        named = state_body_names(self.text, mentions, self.canonical, self.place_kinds)
        self.canonical.update(county_body_names(mentions, self.canonical))
        self.canonical.update(city_body_names(mentions, self.canonical, self.place_kinds))
        self.canonical.update(named)
        for i, body in one_chamber_committees(self.text, doc._.kg_titles or [], mentions, self.canonical).items():
            self.canonical[i], mentions[i] = body, (*mentions[i][:3], "Agency")  # "the Judiciary Committee": the Senate's
        self.state_bodies = set(named)  # mentions named "<State> <chamber>" (kg.resolve.articlefacts places them)
        self._link(doc)
        for i, j in tail_names(self.mentions, self.canonical):  # "Harbor Workers" and "the Harbor Workers Party"
            self.union(i, j, "the name less its generic last word")
        for i, j in bill_forms(self.mentions):  # "HB2" and "House Bill 2"
            self.union(i, j, "a state bill's short and long number forms")
        for i, j in main_bearers(self.text, self.mentions, self.find):  # "Floyd" beside "his brother, Terrence Floyd"
            self.union(i, j, "surname of the first person named in full, the others of that name named as relatives")
        # the entity step labels Official only a person it knows holds office ("the Obama administration")
        self.official.update(self.find(i) for i, m in enumerate(mentions) if m[3] == "Official")
        self.mark_party_labelled()
        return self

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, why: str = "") -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            if why and self.mentions[i][2] != self.mentions[j][2]:
                self.merges.append((self.mentions[i][2], self.mentions[j][2], why))
            self.parent[max(a, b)] = min(a, b)
            self._groups = None

    # -- lookups --------------------------------------------------------------------------------
    def key_for(self, span, text: str, label: str | None, name: str | None = None) -> str | None:
        """The entity key of the mention at char ``span``; a name inside a longer mention is looked
        up by name (``name`` when the finder says which entity the words mean: "New York" of "New
        York Police Department" is New York City), and becomes a new entity of class ``label`` if the
        article has none."""
        if span is None:
            return None
        s, e = span
        for i, (ms, me, _, _) in enumerate(self.mentions):
            if (ms, me) == (s, e) and name is None:
                return self._key(self.find(i))
        if name is None:
            name = text[s:e]
            for i, (ms, me, _mname, mlabel) in enumerate(self.mentions):
                if ms <= s and e <= me and (label is None or GROUP.get(label) == GROUP[mlabel]) and (me - ms) <= (e - s) + 3:
                    return self._key(self.find(i))
        if label == "Place" and (p := load_lexicon().place(name)) is not None and not p.bare:
            name = p.label  # "USA" of "USA Freedom Act": the lexicon's United States
        for i, (_, _, mname, mlabel) in enumerate(self.mentions):
            if (label is None or GROUP.get(label) == GROUP[mlabel]) and name_key(mname, mlabel) == name_key(name, mlabel):
                return self._key(self.find(i))
        if label == "Person" and (named := [i for i, m in enumerate(self.mentions) if m[2:] == (name, "Organization")]):
            return self._key(self.find(named[0]))  # "according to the News": a speaker the article names as an organization
        if label is None:
            return None
        self.mentions.append((s, e, name, label))
        self.parent.append(len(self.parent))
        self._groups = None
        return self._key(len(self.parent) - 1)

    def _members(self, root: int) -> list[int]:
        if self._groups is None:
            groups: dict[int, list[int]] = {}
            for i in range(len(self.mentions)):
                groups.setdefault(self.find(i), []).append(i)
            self._groups = groups
        return self._groups.get(root, [])

    def _label(self, root: int) -> str:
        members = self._members(root)
        if any(GROUP[self.mentions[i][3]] == "person" and len(self.mentions[i][2].split()) > 1 for i in members):
            return "Official" if root in self.official else "Person"
        # "the Office of Congressional Ethics" (Agency) and six "OCE" (the model's Organization): the names
        # say the class; an acronym only when the cluster has no other name
        # "Education" of "Education Secretary X" in the cluster of the Department of Education: no vote either
        worded = [i for i in members if not self.mentions[i][2].isupper()]
        named = [i for i in worded if not department_subject(self.mentions[i][2])] or worded or members
        votes = Counter(self.mentions[i][3] for i in named)
        best = max(votes.values())
        label = next(c for c in SPECIFIC if votes.get(c) == best)
        if GROUP[label] == "person":
            label = "Official" if root in self.official else "Person"
        return label

    def _name(self, root: int) -> str:
        members = self._members(root)
        for i in members:
            if i in self.canonical:
                return self.canonical[i]
        names = [self.mentions[i][2] for i in members]
        counts = Counter(names)
        return max(counts, key=lambda n: (len(n.split()), counts[n], len(n), n))

    def name_of(self, root: int) -> str:
        """The name of the entity of root mention ``root``."""
        return self._name(root)

    def key_of(self, root: int) -> str:
        return self._key(root)

    def _key(self, root: int) -> str:
        return f"m{root}"

    def root_of(self, key: str) -> int:
        return int(key[1:])

    def label_of(self, key: str) -> str:
        return self._label(self.root_of(key))

    def entities(self) -> list[LocalEntity]:
        roots = sorted({self.find(i) for i in range(len(self.mentions))})
        out = []
        for r in roots:
            members = self._members(r)
            names = sorted({self.mentions[i][2] for i in members} - {self._name(r)}, key=lambda n: (n.casefold(), n))
            entity = LocalEntity(
                self._key(r),
                self._label(r),
                self._name(r),
                [self._name(r), *names],
                sorted((self.mentions[i][0], self.mentions[i][1]) for i in members),
            )
            if GROUP.get(entity.cls) == "person" and all(len(n.split()) == 1 for n in entity.names):
                entity.sex = one_sex({honorific_sex(self.text, self.mentions[i][0]) for i in members})
            out.append(entity)
        return out
