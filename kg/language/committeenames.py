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

from ..lexicon.resources import load_json

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


def committee_tails(lex) -> dict[str, str]:
    """Each committee name of Congress without its chamber ("Committee on the Judiciary", "Judiciary
    Committee") -> the committee's class (Agency)."""
    federal = load_json("legislatures.json")["federal"]
    out: dict[str, str] = {}
    for kind in ("upper", "lower"):
        chamber = lex.body(federal[kind][0])
        if chamber is None:
            continue
        prefixes = sorted({*chamber.names, *chamber.generic, *federal[kind]}, key=len, reverse=True)
        for body in lex.bodies:
            if body.parent != chamber.name:
                continue
            for name in body.names:
                prefix = next((p for p in prefixes if name.startswith(p + " ")), None)
                tail = name[len(prefix) + 1 :] if prefix else ""
                if _SHORT.match(tail) and f"{prefix} {tail.removesuffix(' Committee')}" in body.name:
                    continue  # "House Administration Committee": the Committee on House Administration
                if (_FORMAL.match(tail) or _SHORT.match(tail)) and lex.body(tail) is None:
                    out.setdefault(tail, body.cls)
    return out
