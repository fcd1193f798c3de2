"""Organizations the model took for persons ("Hobby Lobby", "Chipotle"): a name the article calls an
organization in an apposition ("Acme Mart, a discount retailer,") or gives something only an organization
has ("Acme Mart's shareholders", "Acme Mart's chief executive"), that follows an organization noun ("the
website Acme News,"), that a copula calls one ("Acme Mart is a retailer based in Ohio") or that is written
"the <word>" for the last word of an organization of the article ("the News" of "the Dayton News") is an Organization in all its mentions
(the cues: kg.language.orgcues). A name that any mention labels Official, that follows a title or
honorific ("Mr. Lobby"), or that is the surname of a person named in full stays a person. A name the model took
for a place, unknown to the gazetteers, is an Organization after an organization noun or called one by a
copula too ("the real estate firm Acme Bay,")."""

from __future__ import annotations

from ..language.orgcues import NAMED_AFTER_FOLLOW, org_cues, org_frames
from ..language.places import country, us_name
from ..lexicon.load import load_lexicon
from .cuedplaces import _titled


def cued_organizations(text: str, mentions: list[tuple[int, int, str, str]]) -> set[int]:
    """The indices of the mentions (start, end, name, label) to relabel Organization."""
    appos, owns = org_cues()
    cued = {
        m[2]
        for m in mentions
        if m[3] in ("Person", "Organization") and (appos.match(text, m[1]) or owns.match(text, m[1]) or _framed(text, m))
    }
    tails = {o[2].split()[-1] for o in mentions if o[3] == "Organization" and len(o[2].split()) > 1}
    cued |= {m[2] for m in mentions if m[3] == "Person" and m[2] in tails and text[max(0, m[0] - 4) : m[0]] in ("the ", "The ")}
    kept = {m[2] for m in mentions if m[2] in cued and (m[3] == "Official" or _titled(text, m))}
    kept |= {n for n in cued for m in mentions if m[3] in ("Person", "Official") and m[2].endswith(" " + n)}  # a surname
    framed = {m[2] for m in mentions if m[3] == "Place" and _framed(text, m) and not _known_place(m[2])}  # "firm Harbor Point"
    return {
        i for i, m in enumerate(mentions) if (m[3] == "Person" and m[2] in cued - kept) or (m[3] == "Place" and m[2] in framed)
    }


def _known_place(name: str) -> bool:
    """A name the gazetteers know as a place: a US state, city or county, a country, a lexicon place."""
    return us_name(name) or country(name) or load_lexicon().place(name) is not None


def _framed(text: str, m) -> bool:
    """Named right after an organization noun ("pro-Trump website Acme News reported") or called one by a
    copula ("Stop Now was among the groups that"): :func:`kg.language.orgcues.org_frames`."""
    before, called = org_frames()
    return bool(before.search(text[max(0, m[0] - 30) : m[0]]) and NAMED_AFTER_FOLLOW.match(text, m[1])) or bool(
        called.match(text, m[1])
    )
