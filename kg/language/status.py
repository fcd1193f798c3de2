"""What a sentence says about an office-holding beyond the title itself: the office's normalized
label, the holder's status (current, former, acting, interim, elect) and the years it gives.

- ``role_label("acting Director")`` -> ``("Director", "head")``: the title without the words that only
  qualify its holding (title_modifiers.tsv, role_status.json), in the lexicon's canonical form
  (titles.tsv) when it has one, title-cased either way, so "mayor" and "Mayor" are one office;
  :func:`title_label` is that label as ``kg:title`` writes it (keeping "-elect", "-designate", "nominee");
- :func:`read_status`: "former Gov. X", "then-Mayor Y", "Mayor-elect W", "X served as mayor from 2010
  to 2014", "X, who stepped down as director in 2018" -> status and years, read only in the part of
  the sentence that is about this holder (from the holder or the title to the next other person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .titleindex import title_index
from .titleruns import ends_title, set_off_state

STATUSES = ("current", "former", "acting", "interim", "elect")
RANK = {"former": 0, "elect": 1, "acting": 2, "interim": 3, "current": 4}  # the first one read wins
_SMALL = frozenset({"of", "the", "for", "and", "on", "in", "at", "to"})
_YEAR = r"((?:19|20)\d\d)"
_WORD = re.compile(r"[\w.&'’]+|[-–]|[^\w\s]")
_SPAN = re.compile(rf"\b{_YEAR}\s*[-–]\s*{_YEAR}\b")


@dataclass(frozen=True)
class Holding:
    status: str = "current"
    start: int | None = None
    end: int | None = None


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_json("role_status.json")
    mods = {m.modifier.lower(): data["effect_status"].get(m.effect) for m in load_lexicon().modifiers}
    mods.update(data["modifier_status"])
    mods = {m: s for m, s in mods.items() if s}  # "deputy", "co": part of the office, not its holding
    alt = "|".join(re.escape(m) for m in sorted(mods, key=len, reverse=True))
    suffix = "|".join(re.escape(m) for m in data["suffix_status"])

    def cues(key: str) -> re.Pattern:
        words = sorted(data[key], key=len, reverse=True)
        return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\s+" + _YEAR + r"\b", re.IGNORECASE)

    ranges = "|".join(rf"\b{re.escape(a)}\s+{_YEAR}\s+{re.escape(b)}\s+{_YEAR}\b" for a, b in data["range_cues"])
    return {
        "mods": mods,
        "lead": re.compile(rf"^({alt})(?:\s+|\s*[-–]\s*)", re.IGNORECASE),
        "suffix": re.compile(rf"^\s*[-–]\s*({suffix})\b|^\s+(nominee)\b", re.IGNORECASE),
        "tail": re.compile(rf"(?:\s+|\s*[-–]\s*)({suffix})$", re.IGNORECASE),
        "suffix_status": data["suffix_status"],
        "past": re.compile(r"\b(" + "|".join(re.escape(c) for c in data["past_cues"]) + r")\b", re.IGNORECASE),
        "start": cues("start_cues"),
        "end": cues("end_cues"),
        "range": re.compile(ranges, re.IGNORECASE),
        "copula": re.compile(
            r"\b(?:" + "|".join(re.escape(c) for c in data["past_copulas"]) + r")\s+(?:(?:the|a|an)\s+)?"
            r"(?:(?:[A-Z][\w.'’-]*|[\w.'’-]+['’]s)\s+){0,4}$"
        ),
    }


@lru_cache(maxsize=1)
def _titles() -> dict:
    return title_index(load_lexicon().titles)


def status_words() -> dict[str, str]:
    """The words that qualify a holding rather than name an office ("acting", "former", "then",
    "elect", "nominee"...), each with the status it gives."""
    return {**_data()["mods"], **_data()["suffix_status"]}


def _strip(printed: str) -> tuple[str, list[str]]:
    """The printed title without its status words, and the statuses they give."""
    d, found, text = _data(), [], " ".join(printed.split())
    while m := d["lead"].match(text):
        found.append(d["mods"][m.group(1).lower()])
        text = text[m.end() :]
    while m := d["tail"].search(text):
        found.append(d["suffix_status"][m.group(1).lower()])
        text = text[: m.start()]
    return text, found


def _display(words: list[str]) -> str:
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in _SMALL:
            out.append(w.lower())
        else:  # each lower-case part capitalized, whatever the others: "then-President", "Then-President"
            out.append(re.sub(r"(^|[.\-])([a-z]+)(?=[.\-]|$)", lambda m: m.group(1) + m.group(2).capitalize(), w))
    return " ".join(out)


@lru_cache(maxsize=4096)
def role_label(printed: str) -> tuple[str, str | None]:
    """The office a printed title names, and its kind ("head"/"member", None when not in the lexicon)."""
    core, _ = _strip(printed)
    core = core or printed
    entry = _titles().get(tuple(core.lower().split())) or _titles().get(tuple(core.lower().replace("-", " ").split()))
    if entry is not None:  # "Vice-President" is the "vice president" of the lexicon
        if entry.title.upper() in entry.aliases:  # "ceo", written "CEO": an acronym, not "Ceo"
            return entry.title.upper(), entry.role
        return _display(entry.title.lower().split()), entry.role
    return _display(core.split()), None


@lru_cache(maxsize=4096)
def title_label(printed: str) -> str:
    """The normalized ``kg:title`` of a printed title: its office's label, plus the suffix that says
    the office is not held yet ("Justice-elect", "Secretary-designate", "Attorney General nominee"), or the
    word before it that says so ("Incoming Chair"), since a holder-to-be neither holds nor held it."""
    label = role_label(printed)[0]
    m = _data()["tail"].search(" ".join(printed.split()))
    if m is None:
        lead = _data()["lead"].match(" ".join(printed.split()))  # "incoming Chair": not held yet either
        word = lead.group(1).lower() if lead else ""
        return f"{word[:1].upper()}{word[1:]} {label}" if lead and _data()["mods"][word] == "elect" else label
    suffix = m.group(1).lower()
    return f"{label} {suffix}" if suffix == "nominee" else f"{label}-{suffix}"


def _forms(printed: str) -> list[str]:
    """The ways the title may be written in the sentence: as printed, bare, and its lexicon forms."""
    core, _ = _strip(printed)
    forms = [printed, core]
    entry = _titles().get(tuple(core.lower().split()))
    if entry is not None:
        forms += [entry.title, *entry.aliases]
    return sorted({f for f in forms if f}, key=len, reverse=True)


def _find(sentence: str, printed: str, near: int) -> tuple[int, int] | None:
    """The occurrence of the title nearest to offset ``near`` (the holder's mention)."""
    best = None
    for form in _forms(printed):
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", sentence, re.IGNORECASE):
            if best is None or abs(m.start() - near) < abs(best[0] - near):
                best = (m.start(), m.end())
    return best


def _before(pre: str) -> list[str]:
    """Statuses of the modifiers written right before a title ("then-acting Director"), also past
    the name of its body or place ("former Riverside Police Chief", "then-FBI Director", "former South
    Bend, Indiana, Mayor"), but not
    past another title ("former President X's Attorney General" is no former attorney general)."""
    mods, found, skipped = _data()["mods"], [], 0
    words = _WORD.findall(pre)
    while words:
        two = " ".join(words[-2:]).lower() if len(words) > 1 else ""
        one = words[-1].lower()
        if len(words) > 2 and words[-2] in "-–" and f"{words[-3]}-{one}".lower() in mods:  # "one-time"
            found.append(mods[f"{words[-3]}-{one}".lower()])
            del words[-3:]
        elif two in mods:  # "newly appointed", "nominee for"
            found.append(mods[two])
            del words[-2:]
        elif one in mods:
            found.append(mods[one])
            del words[-1]
        elif one in "-–" and found:
            del words[-1]
        elif not found and (k := set_off_state(words)):
            del words[-k:]  # "former South Bend, Indiana, Mayor X": past the state set off by commas
        elif not found and skipped < 4 and (one in "-–" or (words[-1][:1].isupper() and not ends_title(words))):
            skipped += one not in "-–"
            del words[-1]
        else:
            break
    return found


def read_status(
    sentence: str, printed: str | None, holder: list[tuple[int, int]], others: list[tuple[int, int]], year: int | None
) -> Holding:
    """The status and years of a holding. Offsets are relative to ``sentence``: ``holder`` the
    holder's mentions in it, ``others`` the mentions of other persons; ``year`` the article's."""
    d = _data()
    near = holder[0][0] if holder else 0
    found: list[str] = []
    span = None
    if printed:
        found += _strip(printed)[1]
        span = _find(sentence, printed, near)
    if span is not None:
        found += _before(sentence[: span[0]][-80:])
        if d["copula"].search(sentence[: span[0]][-80:]):  # "X, who was Mitt Romney's campaign chairman"
            found.append("former")
        m = d["suffix"].match(sentence[span[1] :])
        if m:
            found.append(d["suffix_status"][(m.group(1) or m.group(2)).lower()])
    starts = [s for s, _ in holder] + ([span[0]] if span else [])
    lo = min(starts) if starts else 0
    ends = [e for _, e in holder] + ([span[1]] if span else [])
    hi_floor = max(ends) if ends else 0
    stops = [s for s, _ in others if s >= hi_floor]
    window = sentence[lo : min(stops) if stops else len(sentence)]
    start = end = None
    if m := d["range"].search(window):
        start, end = int(m.group(m.lastindex - 1)), int(m.group(m.lastindex))
    elif m := _SPAN.search(window):
        start, end = int(m.group(1)), int(m.group(2))
    else:
        if m := d["end"].search(window):
            end = int(m.group(2))
        if m := d["start"].search(window):
            start = int(m.group(2))
    if any(not re.search(r"\b(?:has|have)\s+$", window[: m.start()]) for m in d["past"].finditer(window)):
        found.append("former")  # "served as", not "has served as"
    if end is not None and year is not None and end < year:
        found.append("former")
    status = min(found, key=RANK.__getitem__) if found else "current"
    return Holding(status, start, end)


@lru_cache(maxsize=4096)
def office_kind(printed: str) -> str | None:
    """Whether a printed title is the head of its body or a member, as the lexicon says: its title row,
    else a modifier of effect "member" before it ("Deputy AG", "Assistant FBI Director", "Under
    Secretary"); None when the lexicon does not say."""
    kind = role_label(printed)[1]
    if kind is not None:
        return kind
    text = " ".join(printed.lower().split())
    members = sorted((m.modifier for m in load_lexicon().modifiers if m.effect == "member"), key=len, reverse=True)
    return "member" if any(text.startswith(m + " ") for m in members) else None
