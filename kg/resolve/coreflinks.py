"""The rules of in-article coreference that link two mentions (same name key, acronyms, surnames,
titles and head nouns, pronoun-free anaphora), as a mixin of :class:`kg.resolve.corefs.Clusters`."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..language.honorifics import particle_surname
from ..language.names import citation_section, given_before, name_key, names_person, spelled_in, spells, suffixed_surname
from ..language.namesharing import extends_name
from ..language.sex import fits_sexes, honorific_sexes, is_first_name
from .committees import committee_short_forms
from .corefnicks import link_first_name_forms
from .corefvariants import link_middle_names, link_outlet_forms
from .corefwords import generic, heads, heads_body, law_heads
from .cuedplaces import placed_given_name
from .listedchambers import congress_rival
from .shortnames import joins_two_bodies, opens_organization, place_context, short_name, unrivalled, written_as_organization
from .titledholders import another_holder

GROUP = {
    "Person": "person",
    "Official": "person",
    "Agency": "body",
    "Court": "body",
    "Organization": "body",
    "Law": "Law",
    "CourtRuling": "CourtRuling",
    "Place": "Place",
}


class LinkRules:
    """``_link(doc)``: union the mentions the rules say are one entity (uses the union-find of ``Clusters``)."""

    def _link(self, doc: Doc) -> None:
        by_key: dict[tuple[str, str], int] = {}
        for i, (_, _, name, label) in enumerate(self.mentions):
            k = (GROUP[label], name_key(self.canonical.get(i, name), label))
            if k in by_key:
                j = by_key[k]
                lexical = i in self.canonical or j in self.canonical
                self.union(i, j, "one body's names in the lexicon" if lexical else "same name once normalized")
            else:
                by_key[k] = i
        spans = {(s, e): i for i, (s, e, _, _) in enumerate(self.mentions)}
        for ls, le, ss, se in doc._.kg_acronyms or []:
            short = self.text[ss:se]
            if (ls, le) in spans:
                for j, m in enumerate(self.mentions):
                    if m[2] == short:
                        self.union(j, spans[(ls, le)], "acronym defined in the text")
        full = [i for i, m in enumerate(self.mentions) if GROUP[m[3]] in ("body", "Law") and len(m[2].split()) > 1]
        persons = [  # named in full: not "De Blasio", a surname with its particle
            i
            for i, m in enumerate(self.mentions)
            if GROUP[m[3]] == "person" and len(m[2].split()) > 1 and not particle_surname(m[2]) and not suffixed_surname(m[2])
        ]
        person_names = [self.mentions[j][2] for j in persons]
        everyone = list(range(len(self.mentions)))
        parties: dict[str, list[int]] = {}  # "Roe", "Wade" -> mentions of "Roe v. Wade"
        for i, m in enumerate(self.mentions):
            if m[3] == "CourtRuling" and len(sides := re.split(r"\s+vs?\.?\s+", m[2])) > 1:
                for party in filter(None, sides):
                    parties.setdefault(party.split()[-1], []).append(i)
        for i in persons:  # "Wright Allen" of "Arenda L. Wright Allen": the surnames of one person named in full
            tail = " " + self.mentions[i][2].replace("-", " ")  # "Ocasio Cortez", the hyphen left out
            if is_first_name(tail.split()[0]):
                continue  # "James Dickson" names a person of its own, not the end of "Kiefer James Dickson"
            hits = {self.find(j) for j in persons if given_before(self.mentions[j][2].replace("-", " "), tail)}
            if len(hits) == 1:
                self.union(i, hits.pop(), "compound surname of the only person named in full")
        link_first_name_forms(self.mentions, self.union)  # first: "Don X" and "Donald F. X II" are one bearer of "X"
        memo: dict[tuple, list[int]] = {}  # candidates depend only on the rule, the name and its label
        said = honorific_sexes(self.text, self.mentions)  # "Mr. Biden" in every mention: not Jill Biden

        def matching(rule: str, pool: list[int], pred) -> list[int]:
            key = (rule, name, label)
            if key not in memo:
                memo[key] = [j for j in pool if pred(j)]
            return memo[key]

        for i, (_, _, name, label) in enumerate(self.mentions):  # "Paul Dorn" of "Paul Dorn Jr." (r4) first:
            if len(words := name.split()) > 1 and GROUP[label] == "person":  # "Jackson Jr." before both has one
                hits = {self.find(j) for j in matching("r4", persons, lambda j, w=words: extends_name(self.mentions[j][2], w))}
                if len(hits) == 1:
                    self.union(i, hits.pop(), "first names of the only person named in full")
        for i, (_, _, name, label) in enumerate(self.mentions):
            words = name.split()
            if (
                len(words) == 1
                and name.isupper()
                and len(name) >= 2
                and i not in self.canonical
                and not (label == "Place" and "." in name)  # "D.C.": a place's initials, never a "District Court"
            ):
                hits = {
                    self.find(j)
                    for j in matching(
                        "r1",
                        full,
                        lambda j, name=name: spells(name, self.mentions[j][2]) and not spelled_in(name, self.mentions[j][2]),
                    )
                }
                if len(hits) == 1:
                    self.union(i, hits.pop(), "acronym spells the initials")
            if len(words) == 1 and GROUP[label] == "body" and not name.isupper() and name not in generic():
                # "the Globe" after "the Boston Globe": a body's short name is its last word
                hits = {
                    self.find(j)
                    for j in matching(
                        "r2",
                        full,
                        lambda j, name=name: GROUP[self.mentions[j][3]] == "body" and self.mentions[j][2].split()[-1] == name,
                    )
                }
                if len(hits) == 1:
                    self.union(i, hits.pop(), "short name: the last word of the full name")
            bare = words[0] if GROUP[label] == "person" and suffixed_surname(name) else name  # "Jackson Jr.": a surname
            if (
                " " not in bare
                and (GROUP[label] == "person" or label in ("Organization", "Place"))
                and (label != "Place" or name not in self.place_kinds)
            ):
                hits = {  # not "President Obama" for "first lady Michelle Obama" (another listed holder)
                    self.find(j)
                    for j in matching("r3", persons, lambda j, bare=bare: names_person(bare, self.mentions[j][2]))
                    if not another_holder(self.text, bare, self.mentions[j][2])
                    and not placed_given_name(self.text, self.mentions, bare, label, self.mentions[j][2])  # "Dayton"
                    and fits_sexes(said.get(name, {None}), self.mentions[j][2])  # not "Mr. X" for Jane X
                }
                if len(hits) == 1:
                    self.union(i, hits.pop(), "surname or first name of the only person named in full")
                elif not hits and len(rulings := {self.find(j) for j in parties.get(name, ())}) == 1:
                    self.mentions[i] = (*self.mentions[i][:3], "CourtRuling")  # "overturn Roe", "from Casey"
                    memo.clear()  # a label changed: candidates computed with the old one are stale
                    self.union(i, rulings.pop(), "a party's name for the only ruling naming it")
            if (
                label == "Place"  # the model's place on a company's name the article also writes as one ("Autocam")
                and i not in self.canonical
                and short_name(name, self.place_kinds, person_names)
                and not place_context(self.text, *self.mentions[i][:2])
            ):
                hits = {
                    self.find(j)
                    for j in matching("r9", everyone, lambda j, name=name: self.mentions[j][2:] == (name, "Organization"))
                }
                if len(hits) == 1:
                    self.mentions[i] = (*self.mentions[i][:3], "Organization")
                    memo.clear()
                    self.union(i, hits.pop(), "a place of the name of an organization of the article")
            if len(words) == 1 and label in ("Organization", "Person") and i not in self.canonical:
                hits = {  # "Babson" after "Babson College": the organization's first word (r10)
                    self.find(j)
                    for j in matching("r10", full, lambda j, n=name, lb=label: opens_organization(n, lb, *self.mentions[j][2:]))
                }
                if (
                    len(hits) == 1
                    and short_name(name, self.place_kinds, person_names)
                    and all(m[2] == name for k, m in enumerate(self.mentions) if self.find(k) == self.find(i))
                    and written_as_organization(self.text, self.mentions, name)
                    and unrivalled(name, hits, self.mentions, self.find)  # no other name opens with it
                ):  # never "Trump" of "Trump University" in an article that also writes "President Trump"
                    self.mentions[i] = (*self.mentions[i][:3], "Organization")
                    memo.clear()
                    self.union(i, hits.pop(), "the first word of the name of an organization of the article")
            if label == "CourtRuling" and i not in parties.get(words[-1], [i]):
                if len(rulings := {self.find(j) for j in parties[words[-1]]}) == 1:  # "the Johnson decision"
                    self.union(i, rulings.pop(), "a party's name for the only ruling naming it")
            if GROUP[label] == "person" and particle_surname(name):  # "De Blasio" after "Bill de Blasio"
                tail = " " + name.lower()
                hits = {self.find(j) for j in matching("r8", persons, lambda j, t=tail: self.mentions[j][2].lower().endswith(t))}
                if len(hits) == 1:
                    self.union(i, hits.pop(), "surname of the only person named in full")
            if len(words) == 1 and GROUP[label] == "body" and name in heads() and name[0].isupper():
                # "the Department will only provide grants" in an article naming one department
                cands = matching(
                    "r5",
                    full,
                    lambda j, n=name: (
                        GROUP[self.mentions[j][3]] == "body" and heads_body(n, self.mentions[j][2].split()) is not False
                    ),
                )  # "the Senate" of "the Senate Judiciary Committee" (a committee of the Senate) blocks, never joins
                if (
                    len(hits := {self.find(j) for j in cands}) == 1
                    and all(heads_body(name, self.mentions[j][2].split()) for j in cands)
                    and not congress_rival(doc, self.text, self.mentions, i, cands)
                ):
                    self.union(i, hits.pop(), "generic name of the only body named in full")
            if len(words) > 1 and GROUP[label] == "body" and i not in self.canonical and any(w in heads() for w in words):
                # "the Court of Appeals" after "the U.S. Court of Appeals for the Second Circuit"
                hits = {
                    self.find(j)
                    for j in matching(
                        "r6",
                        full,
                        lambda j, name=name: (
                            GROUP[self.mentions[j][3]] == "body"
                            and len(self.mentions[j][2]) > len(name)
                            and f" {name} " in f" {self.mentions[j][2]} "
                            and not joins_two_bodies(self.mentions[j][2], self.mentions)
                        ),
                    )
                }
                if len(hits) == 1:
                    self.union(i, hits.pop(), "generic name of the only body named in full")
            if label == "Law" and (len(words) > 1 or name.isupper() or name not in law_heads()):
                sec = citation_section(name)
                key = name_key(name, label)
                cands = {
                    self.find(j)
                    for j in matching(
                        "r7",
                        full,
                        lambda j, sec=sec, key=key: (
                            self.mentions[j][3] == "Law"
                            and (
                                (sec and name_key(self.mentions[j][2], "Law").endswith(f"usc {sec}"))
                                or (
                                    not sec
                                    and len(key) > 3
                                    and name_key(self.mentions[j][2], "Law").endswith(" " + key)
                                    and f" of {key}" not in name_key(self.mentions[j][2], "Law")
                                    and f" of the {key}" not in name_key(self.mentions[j][2], "Law")
                                )
                            )
                        ),
                    )
                    if j != i
                }
                if len(cands) == 1:
                    self.union(i, cands.pop(), "short form of a law cited in full")
        for i, cands in committee_short_forms(self.mentions).items():  # "the Intelligence Committee"
            if len(hits := {self.find(j) for j in cands}) == 1:
                self.mentions[i] = (*self.mentions[i][:3], "Agency")
                self.union(i, hits.pop(), "a chamber's committee named without its chamber")
        link_middle_names(self.text, self.mentions, self.find, self.union)
        link_outlet_forms(self.mentions, self.find, self.union)
