"""Bodies written in a short form next to a title, for ``kg_titles`` (issue 14): a city written
"City, State" before its office ("South Bend, Indiana Mayor X"), and a committee or department
written without its head noun ("House Budget Chairman X", "Secretary of Defense X"), which the
lexicon names in full."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon.load import load_lexicon
from .cues import ent_of
from .places import country, state
from .titleties import body_name


def ent_at(doc: Doc, i: int) -> Span | None:
    """The entity that holds token ``i``, if any (an index before or after the text holds none), read
    from the tokens' entity tags: listing ``doc.ents`` builds every entity's span, and once per person
    of a long article that was quadratic."""
    return ent_of(doc[i]) if 0 <= i < len(doc) else None


def city_of(doc: Doc, org: Span | None, t_start: int, floor: int) -> Span | None:
    """The city of "South Bend, Indiana Mayor X" and of "former Washington, D.C., mayor X": a
    title written after "City, State" is the city's (the state alone is ``org`` otherwise)."""
    if org is not None and org.label_ != "Place":
        return org
    if org is None:  # "Washington, D.C., mayor X": the place ends with a comma before the title
        state = ent_at(doc, t_start - 2) if t_start - 2 > floor and doc[t_start - 1].text == "," else None
        if state is None or state.label_ != "Place" or state.end != t_start - 1:
            return None
    else:
        state = org
    city = ent_at(doc, state.start - 2) if state.start - 2 >= floor and doc[state.start - 1].text == "," else None
    place = load_lexicon().place(state.text)
    if city is not None and city.label_ == "Place" and city.end == state.start - 1 and place and place.kind == "state":
        return city  # "South Bend, Indiana": the second is a state (not "McKay, Seattle City Attorney X")
    if org is None and "," not in state.text:
        return None  # "In Texas, Gov. X": a place before the comma is not the title's
    return state


def short_name(doc: Doc, org: Span, head: str, before: str = "") -> str | None:
    """The lexicon's name of the body ``org`` names without its head noun: "House Budget" (and
    "House" + "Ways and Means") for the House Budget Committee, "Defense" of "Secretary of
    Defense" for the Department of Defense (``before`` = "Department of ")."""
    lex = load_lexicon()
    if lex.body(org.text) is not None:
        return None
    texts = [org.text]
    if org.start > 0 and doc[org.start - 1].text[:1].isupper() and doc[org.start - 1].pos_ == "PROPN":
        texts.append(doc[org.start - 1].text + " " + org.text)
    for text in texts:
        body = lex.body(f"{before}{text}{head}".strip())
        if body is not None:
            return body.name
    return None


def body_of_title(doc: Doc, org: Span | None, t_start: int, t_end: int) -> Span | None:
    """ "Ferguson Commissioner X" in an article that names the Ferguson Commission: the place's word
    and the title's stem ("Commission" of "Commissioner", "Council" of "Councilwoman") name a body
    of the article, which the title is of; not the place."""
    if org is None or org.end != t_start:
        return org
    words = [t.lower_ for t in doc[t_start:t_end]]
    for e in doc.ents:
        if e.label_ not in ("Agency", "Organization", "Court") or len(e) != len(org) + 1 or e.start == org.start:
            continue
        stem = e[-1].lower_
        if e[:-1].text == org.text and len(stem) > 3 and any(w != stem and w.startswith(stem) for w in words):
            return e
    return org


def person_owner(doc: Doc, owner: Span, entry, heads: set[str]) -> bool:
    """The owner of "Wexley's spokesman" is a person: a person of the article has that surname, or
    a single word that is no body's name (unknown to the lexicon, no head noun, no acronym) owns a
    staff title (spokesman, lawyer, aide: a member's title), as persons' staff are written."""
    if any(e.label_ in ("Person", "Official") and e[-1].text == owner.text for e in doc.ents):
        return True
    if owner.label_ == "Place" and (state(owner.text) is not None or country(owner.text)):
        return False  # "Kentucky's senator, X": a state's or country's, not a person's
    return len(owner) == 1 and entry.role == "member" and not body_name(owner, heads, load_lexicon())


def dept(doc: Doc, org: Span, entry) -> str | None:
    """The department a secretary's title written after its subject names ("Education Secretary X": the Department of
    Education), when ``org`` is no body's name of its own (unknown to the lexicon, no head noun, no acronym);
    "" when that department's name is one many governments use or one the lexicon does not know (the body only
    if the article names which)."""
    lex = load_lexicon()
    if body_name(org, set(), lex) or "secretary" not in entry.title.split() or org.label_ == "Place":
        return None  # "State Auditor X": a state's auditor, not of the Department of State; "Georgia Secretary of State X": the state's
    if any(f"Department of {org.text}" in b.generic for b in lex.bodies):
        return ""  # "Education Secretary X": a federal or a state's department, the text does not say which
    # "Health Secretary X": "Health" is no department the lexicon names (that of Health and Human
    # Services is): the body only if the article names which, never a node "Health"
    return short_name(doc, org, "", before="Department of ") or ""


def label_start(doc: Doc, j: int) -> int:
    """Where the short label written after a listed name and ending at token ``j`` begins, at the end of
    that name: "of Alaska", ", Maine", ", R-Utah" or "(D-Ore.)" (a place the entity step found, after
    "of", a comma or a party letter); ``j`` itself when no such label ends there ("A of Alaska, B of
    Maine and C": the plural title before A is B's and C's too)."""
    k = j - 1 if j > 0 and doc[j - 1].text == ")" else j
    if k == 0 or doc[k - 1].ent_type_ != "Place":
        return j
    k -= 1
    while k > 0 and doc[k].ent_iob_ == "I":  # back to the place's first word ("of West Virginia")
        k -= 1
    if k >= 2 and doc[k - 1].text in ("-", "–") and doc[k - 2].text in ("D", "R", "I"):
        k -= 2  # "R-Utah"
    if k > 0 and doc[k - 1].text == "(" and k < j:
        return k - 1
    if k > 0 and doc[k - 1].text in ("of", ","):
        return k - 1
    return j


def label_end(doc: Doc, i: int) -> int:
    """Where a party-and-state label written right after a name that ends at token ``i`` ends: past
    "(D-Md.)" or ", R-Tenn." (a party letter, a dash, a place the entity step found); ``i`` itself when
    no such label follows ("Sen. X, R-Tenn., the chairman of Y": the apposition after the label is X's)."""
    k = i + (i < len(doc) and doc[i].text in ("(", ","))
    if not (k + 2 < len(doc) and doc[k].text in ("D", "R", "I") and doc[k + 1].text in ("-", "–") and doc[k + 2].ent_iob_ == "B"):
        return i
    if doc[k + 2].ent_type_ != "Place":
        return i
    k += 3
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    if doc[i].text == "(":
        return k + 1 if k < len(doc) and doc[k].text == ")" else i
    return k


def place_label_end(doc: Doc, i: int) -> int | None:
    """Where "of <place>," after a name that ends at token ``i`` ends ("Senator X of Iowa, the chairman of Y", "X of
    Austin, Texas, the head of Y": the comma after the place, where an apposition of the person may follow), or None."""
    k = i
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    for _ in range(2):
        place = ent_at(doc, k + 1)
        if (
            place is None
            or place.label_ != "Place"
            or place.start != k + 1
            or place.end >= len(doc)
            or doc[place.end].text != ","
        ):
            return None if k == i else k
        k = place.end
    return k


def place_after(doc: Doc, person: Span, entry) -> Span | None:
    """The place written after an official's name: "Attorney General X of Texas", "Mayor X of Oakdale",
    "Secretary of State X of Georgia" (a title whose office a place's agency or the place itself holds);
    not a legislator's ("Sen. X of Ohio" sits in Congress, kg.resolve.chambers), nor a place that goes on
    into a longer name ("X of Texas A&M") or a city of a state ("X of Austin, Texas": the city, so read)."""
    k = person.end
    if entry.cls != "Official" or entry.target not in ("agency", "place") or k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    place = ent_at(doc, k + 1)
    if place is None or place.label_ != "Place" or place.start != k + 1:
        return None
    nxt = doc[place.end] if place.end < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("PROPN", "NOUN") or nxt.tag_ == "POS"):
        return None  # "X of Texas A&M", "X of Ohio's ...": a longer name
    return place
