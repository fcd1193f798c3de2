"""Names of congressional committees written without their chamber: "the Committee on Ethics", "the
Committee on the Judiciary", "the Select Committee on Intelligence".

bodies.tsv lists every standing committee of the House and the Senate by the names that mean it
alone ("House Committee on Ethics"); the same name with its chamber left off may mean either chamber's
committee, or a state legislature's, so it names no one body, but it names a government body all the
same: an Agency, never an Organization. The chamber's names come from bodies.tsv too (its name,
aliases and generic names: "U.S. House", "House").
"""

from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..lexicon.resources import load_json
from .coordinated import coordinated_bodies

# "Committee on Ethics", "Select Committee on Intelligence": the formal name
_FORMAL = re.compile(r"^(?:(?:Permanent |Special )?Select |Special )?Committee on ")
# "Judiciary Committee", "Ways and Means Committee": the short name of a committee of Congress without its
# chamber ("House Judiciary Committee"). It could be a city council's (an Agency too) or a company's board
# committee; in the 1,000 civic-wide articles every bare "Rules/Budget/Finance/Ethics/Judiciary/
# Intelligence/Oversight/Appropriations Committee" was a legislature's (read at 2ee617c)
_SHORT = re.compile(r"^[A-Z][\w'&,]*(?: (?:[A-Z][\w'&,]*|and|the|of))* Committee$")


def generic_classes(lex) -> dict[str, str]:
    """Names that give a body's class but not the body -> the class: the lexicon's generic names
    ("House", "Senate", "Supreme Court") and the committees of Congress without their chamber."""
    return committee_tails(lex) | {g: b.cls for b in lex.bodies for g in b.generic}


def chamber_committees(lex):
    """(its chamber's names, longest first; the committee) for every committee of Congress in the lexicon."""
    federal = load_json("legislatures.json")["federal"]
    for kind in ("upper", "lower"):
        chamber = lex.body(federal[kind][0])
        for body in lex.bodies if chamber is not None else ():
            if body.parent == chamber.name:
                yield sorted({*chamber.names, *chamber.generic, *federal[kind]}, key=len, reverse=True), body


def committee_tails(lex) -> dict[str, str]:
    """Each committee name of Congress without its chamber ("Committee on the Judiciary", "Judiciary
    Committee") -> the committee's class (Agency)."""
    out: dict[str, str] = {}
    for prefixes, body in chamber_committees(lex):
        for name in body.names:
            prefix = next((p for p in prefixes if name.startswith(p + " ")), None)
            tail = name[len(prefix) + 1 :] if prefix else ""
            if _SHORT.match(tail) and f"{prefix} {tail.removesuffix(' Committee')}" in body.name:
                continue  # "House Administration Committee": the Committee on House Administration
            if (_FORMAL.match(tail) or _SHORT.match(tail)) and lex.body(tail) is None:
                out.setdefault(tail, body.cls)
    return out


class CommitteeSpans:
    """Committees of Congress the lexicon's matcher misses: several under one plural head ("the Budget
    and Rules committees", kg.language.coordinated) and a name written in lower case after its
    capitalized chamber ("the House judiciary committee", "Senate intelligence committee"). Each span's
    ``kb_id_`` holds the lexicon's name, which kg.resolve.corefs reads."""

    def __init__(self, nlp, lex, data: dict, known: set[str]) -> None:
        self.plural_heads, self.known = data["plural_heads"], known
        self.named = dict.fromkeys(data["plural_heads_named"], committee_tails(lex))
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.names: dict[str, tuple[str, str]] = {}  # lower-case name -> (the lexicon's name, class)
        for prefixes, body in chamber_committees(lex):
            for name in body.names:
                if name.endswith(" Committee") and any(name.startswith(p + " ") for p in prefixes):
                    self.names.setdefault(name.lower(), (name, body.cls))
        self.lower.add("committee", [nlp.make_doc(n) for n in sorted(self.names)])

    def __call__(self, doc: Doc) -> list[Span]:
        out = coordinated_bodies(doc, self.plural_heads, self.known, self.named)
        for _, s, e in self.lower(doc):
            name, cls = self.names[doc[s:e].text.lower()]
            if doc[s].is_title and doc[e - 1].text == "committee" and doc[s:e].text != name:
                out.append(Span(doc, s, e, label=cls, kb_id=name))
        return out
