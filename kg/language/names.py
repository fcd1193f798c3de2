"""Name keys: when two names of one class denote the same entity.

``normalize`` is the scorer's normalization (GUIDELINES.md). ``name_key`` goes further, per
class, with general rules: citations ("8 U.S.C. § 1373" = "8 USC Section 1373"), case names
("A vs. B" = "A v. B"), a bill named for its sponsors ("the Smith-Jones bill" = "the Jones-Smith
legislation"), agency abbreviations ("Boston PD" = "Boston Police Department" =
"Boston police"), leading years on laws ("2014's Trust Act").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import normalize as _scorer_normalize
from .places import state

__all__ = ["normalize", "name_key", "initials", "citation_section", "spelled_in", "person_words", "names_person"]


@lru_cache(maxsize=1 << 17)
def normalize(name: str) -> str:
    """The scorer's normalization of a name, memoized: resolution asks for the same names again and
    again (a corpus of 1,000 articles: 840,000 calls for about 20,000 distinct names)."""
    return _scorer_normalize(name)


_USC = re.compile(r"^(\d+)\s*u\.?\s?s\.?\s?c\.?\s*(?:§+|sec(?:tion|\.)?s?)?\s*(\d+[a-z]?)")
_SECTION = re.compile(r"^(?:section|§)\s*(\d+[a-z]?)$")
_VS = re.compile(r"\s+(?:v|vs|versus)\.?\s+")
_YEAR_PREFIX = re.compile(r"^(?:1[89]|20)\d\d(?:'s)?\s+")
_EPONYMOUS = re.compile(r"^([a-z]+(?:-[a-z]+)+)(?: (?:bill|legislation|law))?$")
_AGENCY_ABBREV = [
    (re.compile(r"\bpd\b"), "police"),
    (re.compile(r"\bpolice department\b"), "police"),
    (re.compile(r"\bdept\.?(?=\s|$)"), "department"),
    (re.compile(r"^u\.?s\.?\s+|^united states\s+"), ""),
    (re.compile(r"\s+(?:field\s+)?office$"), " office"),
    (re.compile(r"['’]s\b"), ""),
    (re.compile(r"\bof the\b"), "of"),
    (re.compile(r"^(?!.*\bof\b)(.+?) department$"), r"department of \1"),
]
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})  # after a person's surname
_SUFFIXES = frozenset(x.lower() for x in NAME_SUFFIXES)


def citation_section(name: str) -> str | None:
    """ "Section 1373" -> "1373" (a bare section number, to be joined with a full citation)."""
    m = _SECTION.match(normalize(name))
    return m.group(1) if m else None


def name_key(name: str, cls: str) -> str:
    """A key equal for two names of class ``cls`` that denote the same entity."""
    s = normalize(name)
    if cls == "Law":
        s = _YEAR_PREFIX.sub("", s)
        m = _USC.match(s)
        if m:
            return f"{m.group(1)} usc {m.group(2)}"
        s = re.sub(r"^(?:united states|us)\s+(?=constitution\b)", "u.s. ", s.replace("’", "'"))
        if m := _EPONYMOUS.match(s):  # "the Smith-Jones bill" = "the Jones-Smith legislation"
            s = "-".join(sorted(m.group(1).split("-"))) + " bill"
    elif cls == "CourtRuling":
        s = _VS.sub(" v. ", s)
    elif cls in ("Person", "Official"):
        s = s.replace("-", " ")  # "Ocasio Cortez", a hyphen left out: "Ocasio-Cortez"
    elif cls in ("Agency", "Court"):
        for rx, repl in _AGENCY_ABBREV:
            s = rx.sub(repl, s)
        s = s.strip()
    if cls in ("Agency", "Court", "Organization"):
        s = s.replace(" & ", " and ")  # "Food & Drug Administration"; not "Texas A&M"
    return re.sub(r"[.,]", "", s) if cls != "Law" else s


@lru_cache(maxsize=1 << 16)
def person_words(name: str) -> tuple[str, ...]:
    """A person's name as words, without suffixes and commas: "Samuel A. Alito Jr." -> Samuel A. Alito."""
    words = [w.strip(",") for w in name.split()]
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words.pop()
    return tuple(w for w in words if w)


def names_person(word: str, full: str) -> bool:
    """Whether one word names the person ``full`` by their first name or surname, a hyphenated surname
    written for a two-word one included ("Myers-Wood" for "Julie Myers Wood")."""
    words = person_words(full)
    if len(words) < 2:
        return False
    if len(word) > 2 and word.isupper() and not words[-1].isupper():
        word = word.title()  # "GRIMM concealed ...": a surname written in capitals (a court filing, a headline)
    if word in (words[0], words[-1]):
        return True
    parts = word.split("-")
    return len(parts) > 1 and len(parts) < len(words) and list(words[-len(parts) :]) == parts


def initials(name: str) -> str:
    """Upper-case initials of the capitalized words: "Boston Police Department" -> "BPD"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’]*", name) if w[0].isupper())


def spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the initials of the capitalized words of ``name`` ("BPD") or of all its words,
    "for", "of" and "the" included ("CFRP" of "Center for Rural Policy", "OFA" of "Organizing for America");
    written with periods ("D.O.J." of "Department of Justice"), or leaving out the state that opens a state body's name
    ("DPS" of "Texas Department of Public Safety", as the state's own news writes it)."""
    if re.fullmatch(r"(?:[A-Z]\.){2,}", acronym):
        acronym = acronym.replace(".", "")
    if acronym.endswith("PD") and name.lower().endswith(" police"):  # "NYPD" of "New York police", as name keys read it
        name = name[: -len(" police")] + " Police Department"
    words = re.findall(r"[A-Za-z][\w'’]*", name)
    if acronym == initials(name) or (len(words) > 2 and acronym == "".join(w[0] for w in words).upper()):
        return True
    opener = re.match(r"(?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?=[A-Z])", name)  # "Illinois", "New Mexico"
    rest = name[opener.end() :] if opener and state(opener.group(1)) else ""
    return len(rest.split()) > 1 and acronym == initials(rest) and len(acronym) > 2


def spelled_in(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is written inside ``name`` ("US" in "US Senate" or "U.S. government"):
    then it is the name's modifier, not its abbreviation."""
    return acronym in {w.replace(".", "") for w in name.split()}


def given_before(full: str, tail: str) -> bool:
    """``full`` is a given name and initials before ``tail`` ("Arenda L." + " Wright Allen"), not two
    names run together ("Francine Kiefer" + " James Dickson": a byline's name before a person's)."""
    head = f" {full}"[: -len(tail)].split() if f" {full}".endswith(tail) else []
    return bool(head) and all(len(w.rstrip(".")) == 1 for w in head[1:])


def suffixed_surname(name: str) -> bool:
    """ "Jackson Jr.": a surname and a generational suffix in words, not a person named in full."""
    words = name.split()
    return len(words) == 2 and words[1] in NAME_SUFFIXES and not words[1].isupper()
