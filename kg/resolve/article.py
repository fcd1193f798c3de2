"""From an annotated spaCy ``Doc`` to a serializable :class:`~kg.core.records.Extraction`.

This is where one article's mentions become local entities (in-article coreference: "Walsh" and
"Marty" are Marty Walsh, "ICE" is Immigration and Customs Enforcement, "Section 1373" is the
"8 U.S.C. Section 1373" cited earlier) and where the components' findings (titles, relations,
stances, quotes, byline) become facts between those entities, each with its evidence sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..core.records import Extraction, Fact, Quote
from ..language.cues import cues
from ..language.places import country, state
from ..language.portfolios import department_subject
from ..language.text import LINE, doc_text, furniture_ranges, heading_ranges, overlaps
from .articlefacts import Roots, article_facts, evidence
from .citationdates import citation_dates, with_citations
from .corefs import Clusters
from .employers import employer_at, government_of
from .eponyms import namesake_stances
from .justices import justice_facts
from .opinions import opinion_facts
from .parties import party_facts
from .placestates import with_states
from .staffers import as_staff
from .stateagencies import state_agency_facts
from .voices import federal_voice

PEOPLE = ("Person", "Official")


def extract(doc: Doc, doc_id: str) -> Extraction:
    """Everything ``doc`` says, as plain data (a pure function of the text and the pipeline)."""
    text = doc_text(doc)
    clusters = Clusters.from_doc(doc)
    facts: list[Fact] = []
    byline = doc._.kg_byline or {}
    authors = [clusters.key_for(a, text, "Person") for a in byline.get("authors") or []]
    found = [(r, "relations") for r in doc._.kg_relations or []] + [(r, "stances") for r in doc._.kg_stances or []]
    for r, component in found:
        component = r.get("component", component)  # the component that found it (kg_consequences adds to stances)
        if r.get("holder") == "author":
            for a in authors:
                obj = clusters.key_for(r["obj"], text, None)
                facts.append(Fact(a, r["prop"], evidence(text, *r["sent"]), obj=obj, rule=r["rule"], component=component))
            continue
        subj = clusters.key_for(r["subj"], text, r.get("subj_label"))
        obj = clusters.key_for(r["obj"], text, r.get("obj_label"), r.get("obj_name")) if r["obj"] else None
        if subj is None or (r["obj"] and obj is None) or subj == obj:
            continue
        ev = evidence(text, *r["sent"])
        facts.append(Fact(subj, r["prop"], ev, obj=obj, value=r["value"], rule=r["rule"], component=component))
    for t in doc._.kg_titles or []:
        facts += _title_facts(t, clusters, text)
    credits = [t for t in byline.get("roles") or [] if overlaps(*t["sent"], furniture_ranges(doc))]  # what no rule reads
    for t in credits:  # "X is a columnist for the Y": a credit line's post, read as a title
        if clusters.key_for(t["org"], text, "Organization") is not None:
            facts += _title_facts(t, clusters, text)
    for f in article_facts(doc, clusters, facts, text):
        f.component = f.component or "articlefacts"  # facts read off the whole article (resolve/articlefacts.py)
        facts.append(f)
    facts += justice_facts(doc, clusters, facts, text)  # "X on the Supreme Court": a listed justice
    facts += opinion_facts(doc, clusters, facts, text)  # "Justice X wrote in Doe v. Roe": X's court decided it
    facts += state_agency_facts(doc, clusters, facts, text)  # "the state Highway Patrol": the article's state's
    facts += party_facts(doc, Roots(clusters), facts, text, evidence)  # "Sen. X (R-Kan.)": of the party named
    for f in citation_dates(doc, clusters, facts, text):  # "410 U.S. 113 (1973)": decided in 1973 (eyecite)
        f.component = f.component or "citations"
        facts.append(f)
    facts += namesake_stances(doc, clusters, facts, text, evidence)  # "Sen. X ... the X-Y bill": X supports it
    facts = _side_with(facts)
    quotes = []
    for q in doc._.kg_quotes or []:
        speaker = clusters.key_for(q["speaker"], text, "Person") if q.get("speaker") else None
        quotes.append(Quote(q["start"], q["end"], q["text"], speaker, evidence(text, q["start"], q["end"])))
    publisher = clusters.key_for(byline["publisher"], text, "Organization") if byline.get("publisher") else None
    authors += [clusters.key_for(c, text, "Organization") for c in byline.get("creators") or []]  # dcterms:creator
    clusters.upgrade_officials(facts)
    return Extraction(
        doc_id=doc_id,
        entities=with_states(with_citations(clusters.entities(), text), text),  # a ruling's citation, a city's state
        facts=_dedupe(facts),
        quotes=quotes,
        furniture=[tuple(r) for r in (doc._.kg_furniture or [])] if doc.has_extension("kg_furniture") else [],
        authors=[a for a in authors if a],
        publisher=publisher,
        headline=headline(text, doc),
        merges=sorted(set(clusters.merges)),
    )


def headline(text: str, doc: Doc) -> str | None:
    """The headline of scraped text: the first line in headline case that is not page furniture,
    else the first line that is not furniture."""
    blocked = furniture_ranges(doc)
    lines = [
        (s, e)
        for s, e in ((m.start(), m.end()) for m in LINE.finditer(text))
        if text[s:e].strip() and not overlaps(s, e, blocked)
    ]
    heads = set(heading_ranges(text))
    for s, e in lines[:8]:
        if (s, e) in heads and len(text[s:e]) <= 200:
            return text[s:e].strip()
    return text[lines[0][0] : lines[0][1]].strip() if lines and lines[0][1] - lines[0][0] <= 200 else None


def _title_facts(t: dict, clusters: Clusters, text: str) -> list[Fact]:
    person = clusters.key_for(t["person"], text, "Person")
    if person is None:
        return []
    ev = evidence(text, *t["sent"])
    out = []
    if t.get("title"):
        out.append(Fact(person, "title", ev, value=t["title"], rule=t["rule"], component="titles"))
    org = clusters.key_for(t["org"], text, None) if t.get("org") else None
    if org is not None and t.get("target") == "legislature":  # "Senate Majority Leader X": which Senate
        org = clusters.chamber_of_word(text[t["org"][0] : t["org"][1]], t, org)
    if t.get("body_name") == "" and department_subject(text[t["org"][0] : t["org"][1]]):
        clusters.official.add(clusters.root_of(person))  # "Education Secretary X": a department's, federal or a state's
    if t.get("body_name") == "" and org is not None and not clusters.named_fully(org, text[t["org"][0] : t["org"][1]]):
        org = None  # "Education Secretary X": a federal or a state's department, unless the article names which
    if t.get("body_name"):  # "House Budget Chairman X", "Secretary of Defense X": the body the lexicon names
        org = clusters.body_named([t["body_name"]], t)
    else:
        org = clusters.body_for_title(org, t, person)
    if org is not None and (
        clusters.label_of(org) not in ("Agency", "Court", "Organization", "Place") or clusters.placeless(org)
    ):
        org = None  # "the lawyer for Stormy Daniels": a person is not a body one heads; "the Police Department": whose?
    if org is not None and t.get("cls") == "Person" and not t.get("target") and clusters.label_of(org) == "Place":
        org = (
            org if employer_at(clusters, t, org, text) or government_of(t, clusters.label_of(org), text) else None
        )  # "X, chief economist at Jefferies": an employer  # "Los Angeles radio host X": where a private job is done, not a place X serves
    if org is not None and clusters.label_of(org) == "Place" and _federal_title(t):
        org = org if country(clusters.name_of(clusters.root_of(org))) else None  # "Manhattan U.S. Attorney X": the
        # federal district's seat, not a government X serves in; "US federal prosecutor X" serves the country
    if org is not None and org != person:
        prop = "heads" if t["role"] == "head" and not _collegial(t, clusters.name_of(clusters.root_of(org)), text) else "memberOf"
        if clusters.label_of(org) == "Place" and t.get("target") not in ("place", "") and not _heads_state(t, clusters, org):
            prop = "memberOf"  # a sheriff serves in the county; the office they head is not named
        out.append(Fact(person, prop, ev, obj=org, rule=t["rule"], component="titles"))
        clusters.note_role(person, as_staff(t, clusters.name_of(clusters.root_of(org))), org)  # "committee counsel X"
        if federal_voice(t, clusters.name_of(clusters.root_of(org))):
            clusters.official.add(clusters.root_of(person))  # "HHS spokesman X": speaks for the federal government
        if t.get("target") == "legislature" and clusters.label_of(org) == "Organization" and clusters.is_party(org):
            chamber = clusters.chamber_for_title(t, None)  # "GOP Sen. X of Utah": of the party and in the Senate
            if chamber is not None and chamber != org:
                out.append(Fact(person, "memberOf", ev, obj=chamber, rule="party-title-chamber", component="titles"))
    else:
        clusters.note_role(person, t, None)
    return out


def _side_with(facts: list[Fact]) -> list[Fact]:
    """ "X praised the council's recommitment": X takes the council's stances of this article (or the
    opposite ones when X criticized it). The helper facts themselves are not kept."""
    flip = {"supports": "opposes", "opposes": "supports"}
    stances = [f for f in facts if f.prop in flip]
    out = [f for f in facts if f.prop not in ("sidesWith", "sidesAgainst")]
    for f in facts:
        if f.prop in ("sidesWith", "sidesAgainst"):
            for s in stances:
                if s.subj == f.obj and s.obj != f.subj:
                    prop = s.prop if f.prop == "sidesWith" else flip[s.prop]
                    out.append(Fact(f.subj, prop, f.evidence, obj=s.obj, rule=f"{f.rule}+{s.rule}", component=f.component))
    return out


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for f in facts:
        k = (f.subj, f.prop, f.obj, f.value, f.evidence.start)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def _federal_title(t: dict) -> bool:
    """A federal officer's title written as such ("U.S. Attorney", "federal judge", "US Marshal")."""
    return (t.get("title") or "").lower().startswith(tuple(cues()["federal_title_prefixes"]))


def _heads_state(t: dict, clusters: Clusters, org: str) -> bool:
    """ "Georgia Attorney General X": a state's officer the annotation brief reads as heading the state named alone
    (``state_heading_titles`` of relation_cues.json); not the U.S. attorney general, whose place is no state."""
    title = (t.get("title") or "").lower()
    heading = any(title == w or title.endswith(" " + w) for w in cues()["state_heading_titles"])
    return t.get("role") == "head" and heading and state(clusters.name_of(clusters.root_of(org))) is not None


def _collegial(t: dict, body: str, text: str) -> bool:
    """ "FEC commissioner X": one member of a commission, not its head; "Senate leader X": a party's leader
    in the chamber, whose head is its speaker or president (``collegial_titles`` of relation_cues.json). The
    title as written when it is no title of its own ("leader": descriptive); a role written with no title
    ("the Senate, led by X", "X, who runs the House") says no more than "leader"."""
    words = (t.get("title") or (text[slice(*t["at"])] if t.get("at") else "leader")).lower().split()
    return bool(words) and (body.split() or [""])[-1] in cues()["collegial_titles"].get(words[-1], ())
