"""``kg_byline``: the article's authors, publisher and date, when the text names them.

Patterns are data (``ontology/lexicon/byline.json``): whole-line regexes tried on the first lines
("By Jane Doe on May 2, 2020", "By JANE DOE, Associated Press"), on the last lines (author
bios "X is a senior editor at Example Radio.", "follow X on Twitter", "Write to X at ...",
"Find all my X work here", "Support X with a small donation", copyright lines) and on the text's
start ("Name" line then an outlet line). Conservative: a name must look like a person's name and
not like an organization; no author is better than a wrong one.

Output ``doc._.kg_byline`` = ``{"authors": [[start, end], ...], "creators": [[start, end], ...] (organizations
credited with the content: "Content created by X is available ..."), "publisher": [start, end] | None,
"date": "YYYY-MM-DD" | None, "roles": [...]}`` with character offsets into ``doc.text``. ``roles`` are what
credit lines say of a writer's post ("X is a columnist for the Y", "Y congressional editor X contributed to this
report"; language/creditroles.py), as records of ``kg_titles``' shape.
"""

from __future__ import annotations

import json
import re
from datetime import date as _date

from spacy.language import Language
from spacy.tokens import Doc

from ..language.creditroles import credit_roles
from ..language.furniture_spans import SPACES, resolve_data_path
from ..language.quotemarks import paragraphs
from ..language.text import doc_text

if not Doc.has_extension("kg_byline"):
    Doc.set_extension("kg_byline", default=None)

AUTHOR_GROUPS = ("author", "author2", "author3")
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def parse_date(text: str) -> str | None:
    """'November 7, 2019' / 'Nov. 7 2019' -> '2019-11-07' (None if not a real date)."""
    m = re.match(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", text)
    if not m or m.group(1)[:3].lower() not in MONTHS:
        return None
    try:
        return _date(int(m.group(3)), MONTHS[m.group(1)[:3].lower()], int(m.group(2))).isoformat()
    except ValueError:
        return None


def _same_person(a: str, b: str) -> bool:
    """ "Ryan W. Miller" and "Ryan Miller": same first and last word."""
    wa, wb = a.split(), b.split()
    return wa[0] == wb[0] and wa[-1] == wb[-1]


class BylineFinder:
    def __init__(self, data: dict):
        macros = data.get("macros", {})

        def compile_rules(rules):
            out = []
            for rule in rules:
                pattern = rule["pattern"]
                for key, value in macros.items():
                    pattern = pattern.replace("{" + key + "}", f"(?:{value})")
                out.append((rule["name"], re.compile(pattern)))
            return out

        self.head = compile_rules(data.get("head", []))
        self.tail = compile_rules(data.get("tail", []))
        self.roles = compile_rules(data.get("roles", []))
        self.text_rules = compile_rules(data.get("text", []))
        self.head_lines = int(data.get("head_lines", 8))
        self.tail_lines = int(data.get("tail_lines", 10))
        self.priority = {name: i for i, name in enumerate(data.get("publisher_priority", []))}
        self.not_authors = [re.compile(p) for p in data.get("not_authors", [])]
        self.not_publishers = [re.compile(p) for p in data.get("not_publishers", [])]

    @classmethod
    def from_path(cls, path) -> BylineFinder:
        with resolve_data_path(path).open(encoding="utf-8") as fh:
            return cls(json.load(fh))

    def _matches(self, text: str, roles: bool = False):
        """(rule name, match) for every rule matching its region of ``text`` (``roles``: the role rules)."""
        norm = text.translate(SPACES)
        paras = paragraphs(norm)
        head = paras[: self.head_lines]
        tail = paras[-self.tail_lines :]
        if roles:
            lines = sorted(set(head) | set(tail))  # a bio opens an opinion piece or closes it
            yield from ((name, m) for s, e in lines for name, m in self._first(self.roles, norm, s, e))
            return
        for name, rx in self.text_rules:
            m = rx.match(norm)
            if m:
                yield name, m
        for region, rules in ((head, self.head), (tail, self.tail)):
            for s, e in region:
                for name, rx in rules:
                    m = rx.fullmatch(norm, s, e)
                    if m:
                        yield name, m
                        break

    @staticmethod
    def _first(rules, text: str, s: int, e: int):
        for name, rx in rules:
            if m := rx.fullmatch(text, s, e):
                return [(name, m)]
        return []

    def find(self, text: str) -> dict:
        authors: list[list[int]] = []
        creators: list[list[int]] = []  # organizations credited with the content ("Content created by X")
        publisher, rank, when = None, len(self.priority) + 1, None
        for name, m in self._matches(text):
            groups = m.groupdict()
            orgs = []
            for g in AUTHOR_GROUPS:
                if not groups.get(g):
                    continue
                if any(rx.search(groups[g]) for rx in self.not_authors):
                    if g != "author":  # "By JANE DOE, Associated Press": the second "name" is the outlet
                        orgs.append(g)
                    continue
                if not any(_same_person(groups[g], text[a:b]) for a, b in authors):
                    authors.append([m.start(g), m.end(g)])
            if groups.get("publisher"):
                orgs.append("publisher")
            for g in orgs[:1]:
                if not any(rx.search(groups[g]) for rx in self.not_publishers):
                    r = self.priority.get(name, len(self.priority))
                    if r < rank:
                        end = m.end(g)
                        while text[end - 1] in ".,;" and not re.search(r"\b(?:Inc|Co|Corp|Ltd)\.$", text[:end]):
                            end -= 1
                        publisher, rank = [m.start(g), end], r
            if groups.get("creator") and not any(rx.search(groups["creator"]) for rx in self.not_publishers):
                span = [m.start("creator"), m.end("creator")]
                if span not in creators:
                    creators.append(span)
            if groups.get("date") and when is None:
                when = parse_date(groups["date"])
        roles = credit_roles(self._matches(text, roles=True), self.not_authors, self.not_publishers)
        return {"authors": authors, "publisher": publisher, "date": when, "creators": creators, "roles": roles}


class BylineComponent:
    def __init__(self, nlp: Language, name: str, patterns_path: str):
        self.name = name
        self.finder = BylineFinder.from_path(patterns_path)

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_byline = self.finder.find(doc_text(doc))
        return doc


@Language.factory("kg_byline", default_config={"patterns_path": "ontology/lexicon/byline.json"})
def make_byline(nlp: Language, name: str, patterns_path: str) -> BylineComponent:
    return BylineComponent(nlp, name, patterns_path)
