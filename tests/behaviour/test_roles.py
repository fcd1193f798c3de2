"""Office-holdings in time (issue 17), on invented sentences run through the real pipeline: each
status a title's modifiers or the sentence give, the years it states, and the article's date as the
as-of date."""

from __future__ import annotations

import pytest
from rdflib.namespace import RDF, RDFS, SKOS

from kg.core.namespaces import KG, ORG
from kg.core.records import Document
from kg.graph.rdf import build_graph
from kg.resolve.article import extract
from kg.resolve.corpus import resolve


def graph(nlp, *texts, date="2024-03-01"):
    docs = [Document(f"d{i}", t, date=date) for i, t in enumerate(texts)]
    xs = [extract(nlp(d.text), d.id) for d in docs]
    return build_graph(docs, xs, resolve(xs), include_ontology=False)


def holdings(nlp, *texts, date="2024-03-01"):
    """(person, office, status, start, end, as-of) of every membership."""
    g = graph(nlp, *texts, date=date)
    out = set()
    for m in g.subjects(RDF.type, ORG.Membership):
        span = g.value(m, ORG.memberDuring)
        years = [g.value(span, p) if span is not None else None for p in (KG.startYear, KG.endYear)]
        out.add(
            (
                str(g.value(g.value(m, ORG.member), RDFS.label)),
                str(g.value(g.value(m, ORG.role), SKOS.prefLabel)),
                str(g.value(m, KG.status)),
                *(int(y) if y is not None else None for y in years),
                str(g.value(m, KG.asOf)),
            )
        )
    return out


def status_of(nlp, text: str, person: str) -> set[tuple[str, str]]:
    return {(office, status) for who, office, status, *_ in holdings(nlp, text) if who == person}


@pytest.mark.parametrize(
    "text, office, status",
    [
        ("Riverside Police Chief Dana Whitfield said the department would not honor detainers.", "Police Chief", "current"),
        ("Former Riverside Police Chief Dana Whitfield criticized the plan on Monday.", "Police Chief", "former"),
        ("Ex-Mayor Dana Whitfield of Riverside criticized the plan on Monday.", "Mayor", "former"),
        ("The law was signed by then-Gov. Dana Whitfield of Oregon in 2015.", "Governor", "former"),
        ("Onetime Riverside Mayor Dana Whitfield criticized the plan on Monday.", "Mayor", "former"),
        ("Retired Riverside Police Chief Dana Whitfield criticized the plan on Monday.", "Police Chief", "former"),
        ("The council honored the late Riverside Mayor Dana Whitfield on Monday.", "Mayor", "former"),
        ("Acting Director Dana Whitfield of the Bureau of Prisons defended the policy.", "Director", "acting"),
        ("Interim Riverside Police Chief Dana Whitfield defended the policy.", "Police Chief", "interim"),
        ("Riverside Mayor-elect Dana Whitfield said she would keep the policy.", "Mayor", "elect"),
        ("Attorney General-designate Dana Whitfield told senators she would keep the policy.", "Attorney General", "elect"),
        ("Senators questioned Dana Whitfield, the nominee for attorney general.", "Attorney General", "elect"),
    ],
)
def test_each_status_from_the_title_modifiers(nlp, text, office, status):
    assert (office, status) in status_of(nlp, text, "Dana Whitfield")


def test_past_tense_makes_a_former_holder(nlp):
    served = status_of(nlp, "Dana Whitfield, who served as Riverside police chief, ran for mayor.", "Dana Whitfield")
    stepped = status_of(nlp, "Riverside Police Chief Dana Whitfield stepped down on Monday.", "Dana Whitfield")
    still = status_of(nlp, "Riverside Police Chief Dana Whitfield spoke on Monday.", "Dana Whitfield")
    assert ("Police Chief", "former") in served
    assert ("Police Chief", "former") in stepped
    assert ("Police Chief", "current") in still


def test_one_holders_modifier_does_not_reach_another(nlp):
    got = holdings(nlp, "Mayor Tomas Novak of Riverside thanked former Mayor Dana Whitfield for her work.")
    assert {(w, s) for w, _o, s, *_ in got} >= {("Tomas Novak", "current"), ("Dana Whitfield", "former")}


@pytest.mark.parametrize(
    "text, status, start, end",
    [
        ("Riverside Police Chief Dana Whitfield, who served from 2010 to 2014, ran for mayor.", "former", 2010, 2014),
        ("Riverside Police Chief Dana Whitfield, in office since 2019, defended the policy.", "current", 2019, None),
        ("Riverside Police Chief Dana Whitfield, who was appointed in 2017, defended the policy.", "current", 2017, None),
        ("Riverside Police Chief Dana Whitfield led the department until his resignation in 2018.", "former", None, 2018),
    ],
)
def test_stated_years(nlp, text, status, start, end):
    got = {h for h in holdings(nlp, text) if h[0] == "Dana Whitfield"}
    assert ("Dana Whitfield", "Police Chief", status, start, end, "2024-03-01") in got


def test_the_as_of_date_is_the_articles(nlp):
    got = holdings(nlp, "Riverside Police Chief Dana Whitfield spoke on Monday.", date="2021-06-30")
    assert {h[-1] for h in got} == {"2021-06-30"}


def test_titles_are_the_normalized_office(nlp):
    """One kg:title per office: no two differing only by case or by a modifier."""
    g = graph(
        nlp,
        "Riverside Mayor Dana Whitfield spoke on Monday. The mayor of Riverside, Dana Whitfield, said more.",
        "Acting Riverside Police Chief Tomas Novak spoke. Later, Riverside Police Chief Tomas Novak left.",
    )
    titles = {(str(s), str(o)) for s, o in g.subject_objects(KG.title)}
    assert {o for _, o in titles} <= {"Mayor", "Police Chief"}
    assert "Police Chief" in {o for _, o in titles}


def test_the_plain_facts_stay(nlp):
    """kg:heads means "holds or held": a former chief still heads the department in the plain facts."""
    g = graph(nlp, "Former Riverside Police Chief Dana Whitfield criticized the plan on Monday.")
    heads = {str(g.value(s, RDFS.label)) for s, _ in g.subject_objects(KG.heads)}
    assert heads == {"Dana Whitfield"}


def test_who_headed_a_body_is_a_former_head(nlp):
    headed = status_of(
        nlp, "Critics included Dana Whitfield, who headed the Harbor Authority under Governor Luis Ortega.", "Dana Whitfield"
    )
    heads = status_of(nlp, "Critics included Dana Whitfield, who heads the Harbor Authority.", "Dana Whitfield")
    assert headed and all(status == "former" for _, status in headed), headed
    assert heads and all(status == "current" for _, status in heads), heads


def test_a_party_word_between_former_and_the_title(nlp):
    """In "former Republican Rep. X" the party word begins titles ("Republican Leader") but ends none,
    so "former" reaches the title past it."""
    text = "The senator is in a tight race with former Republican Rep. Dana Whitfield of Ohio."
    assert ("Representative", "former") in status_of(nlp, text, "Dana Whitfield")


def assertion_statuses(nlp, text: str) -> dict[tuple[str, str], set[str]]:
    """(property, object) -> the kg:holdingStatus values of the assertions stating it."""
    g = graph(nlp, text)
    out: dict = {}
    for a in g.subjects(RDF.type, KG.Assertion):
        p, o = g.value(a, RDF.predicate), g.value(a, RDF.object)
        key = (str(p).rsplit("#", 1)[-1], str(g.value(o, RDFS.label) or o))
        out.setdefault(key, set()).update(str(s) for s in g.objects(a, KG.holdingStatus))
    return out


def test_the_title_assertion_says_the_holding_is_past(nlp):
    """kg:title means "holds or held"; its assertion says which, as the sentence does, so a reader of
    the fact (or a query) never takes a former governor for the governor."""
    got = assertion_statuses(nlp, "Former Oregon Gov. Dana Whitfield criticized the plan on Monday.")
    assert got[("title", "Governor")] == {"former"}
    assert got[("heads", "Oregon")] == {"former"}
    now = assertion_statuses(nlp, "Oregon Gov. Dana Whitfield criticized the plan on Monday.")
    assert now[("title", "Governor")] == set()
    acting = assertion_statuses(nlp, "Acting Director Dana Whitfield of the Bureau of Prisons defended the policy.")
    assert acting[("title", "Director")] == {"acting"}


def test_a_former_legislators_party_is_no_former_membership(nlp):
    """ "Former Rep. X, D-Texas": the office is past, not the party (until session 23 the party fact took the
    title's status, and a corpus audit read "X memberOf Democratic Party [former]" as wrong)."""
    got = assertion_statuses(
        nlp, "The Democratic Party met. Former Rep. Dana Whitfield, D-Texas, shared a video of herself on Monday."
    )
    assert got[("title", "Representative")] == {"former"}
    assert got[("memberOf", "Democratic Party")] == set()


def test_former_reaches_the_title_past_a_city_and_state_set_off_by_commas(nlp):
    """ "former Riverside, Ohio, Mayor X" (a corpus audit read it as current); not past another title
    ("former Gov. A, Mayor B": B's office is current), nor past one comma ("the late Tuesday, Mayor B")."""
    text = "The race was close behind former Riverside, Ohio, Mayor Dana Whitfield on Monday."
    assert ("Mayor", "former") in status_of(nlp, text, "Dana Whitfield")
    text = "With former Gov. Carl Dunmore, Mayor Dana Whitfield said the plan would work."
    assert ("Mayor", "current") in status_of(nlp, text, "Dana Whitfield")
    text = "In a letter to the board late Tuesday, Riverside Mayor Dana Whitfield said the plan would work."
    assert ("Mayor", "current") in status_of(nlp, text, "Dana Whitfield")


def test_a_body_name_between_former_and_the_title(nlp):
    """ "House" ends a title ("Speaker of the House") but "White House" is none: "former" reaches
    "chief of staff" past it; the first, current office of the apposition stays current."""
    text = "The plan could change as Dana Whitfield, Riverside mayor and former White House chief of staff, joins the group."
    got = status_of(nlp, text, "Dana Whitfield")
    assert ("Chief of Staff", "former") in got
    assert ("Mayor", "former") not in got


@pytest.mark.parametrize(
    "text, office, status",
    [
        (
            "Rep. Dana Whitfield, who was Carl Dunmore's campaign chairman in Ohio, endorsed the bill.",
            "Campaign Chairman",
            "former",
        ),
        ("Dana Whitfield, who was the mayor of Riverside, criticized the plan on Monday.", "Mayor", "former"),
        ("Dana Whitfield, who is the mayor of Riverside, criticized the plan on Monday.", "Mayor", "current"),
        ("Dana Whitfield, who was elected mayor of Riverside in 2022, criticized the plan.", "Mayor", "current"),
    ],
)
def test_a_past_copula_before_the_title(nlp, text, office, status):
    """ "X, who was <title>": a holding in the past; not "who was elected <title>" (a participle between)."""
    assert (office, status) in status_of(nlp, text, "Dana Whitfield")
