"""Behaviour tests in the CheckList style: invariances and directional expectations of extraction.

Small hand-written texts (none from the seeds), run through the real pipeline.
"""

from __future__ import annotations

import pytest

from kg.resolve.article import extract
from kg.resolve.corpus import resolve


def facts(nlp, *texts):
    xs = [extract(nlp(t), f"d{i}") for i, t in enumerate(texts)]
    res = resolve(xs)
    label = {e.iri: e.label for e in res.entities}
    out = set()
    for x in xs:
        for f in x.facts:
            s = label[res.local_to_iri[(x.doc_id, f.subj)]]
            o = label[res.local_to_iri[(x.doc_id, f.obj)]] if f.obj else f.value
            out.add((s, f.prop, o))
    return out


def of(found, who, prop):
    """The objects of ``prop`` for ``who`` among :func:`facts`' triples."""
    return {o for s, p, o in found if s == who and p == prop}


APPOINTED = (
    "Springfield Police Commissioner {a}, appointed by Mayor {b}, said the department would "
    "not honor civil detainers. The Springfield City Council passed the Welcoming City Ordinance in 2016."
)


def test_swapping_names_keeps_relations(nlp):
    one = facts(nlp, APPOINTED.format(a="Dana Whitfield", b="Carlos Mendez"))
    two = facts(nlp, APPOINTED.format(a="Priya Raman", b="Tomas Novak"))
    swap = {"Dana Whitfield": "Priya Raman", "Carlos Mendez": "Tomas Novak"}
    assert ("Dana Whitfield", "appointedBy", "Carlos Mendez") in one
    assert {tuple(swap.get(x, x) for x in f) for f in one} == two


def test_reordering_paragraphs_keeps_the_graph(nlp):
    p1 = "Governor Ellen Park signed the budget on Monday."
    p2 = "The Riverside County Board of Supervisors adopted the Sanctuary Ordinance in 2018."
    p3 = "Sheriff Luis Ortega, who leads the Riverside County Sheriff's Office, said he would comply."
    a = facts(nlp, "\n\n".join([p1, p2, p3]))
    b = facts(nlp, "\n\n".join([p3, p1, p2]))
    assert a == b
    assert ("Sanctuary Ordinance", "enactedBy", "Riverside County Board of Supervisors") in a


@pytest.mark.parametrize("verb", ["supports", "backs", "endorses"])
def test_negation_yields_no_stance(nlp, verb):
    negative = {"supports": "does not support", "backs": "does not back", "endorses": "does not endorse"}[verb]
    plain = facts(nlp, f"The American Civil Liberties Union {verb} the Welcoming City Ordinance.")
    negated = facts(nlp, f"The American Civil Liberties Union {negative} the Welcoming City Ordinance.")
    assert ("American Civil Liberties Union", "supports", "Welcoming City Ordinance") in plain
    assert not {f for f in negated if f[1] in ("supports", "opposes")}


def test_two_officials_in_one_sentence_get_their_own_titles(nlp):
    got = facts(nlp, "Police Chief Maria Lopez met Governor Henry Stone in Albany on Tuesday.")
    titles = {(s, o) for s, p, o in got if p == "title"}
    assert ("Maria Lopez", "Police Chief") in titles
    assert ("Henry Stone", "Governor") in titles
    assert ("Maria Lopez", "Governor") not in titles and ("Henry Stone", "Police Chief") not in titles


def test_apposition_and_relative_clause_roles(nlp):
    got = facts(
        nlp,
        "Jane Kim, executive director of the Immigrant Defense Project, criticized the plan. "
        "Omar Haddad, who leads the Bureau of Prisons, declined to comment.",
    )
    assert ("Jane Kim", "heads", "Immigrant Defense Project") in got
    assert ("Omar Haddad", "heads", "Federal Bureau of Prisons") in got or ("Omar Haddad", "heads", "Bureau of Prisons") in got


def classes(nlp, text):
    x = extract(nlp(text), "d0")
    return {e.name: e.cls for e in x.entities}


def test_body_title_and_name_in_one_capitalized_run_are_split(nlp):
    text = (
        "Marion County Sheriff Dolores Whitaker and Harbor County Executive Glen Ashby met "
        "Department of Commerce Secretary Ines Carvalho on Friday."
    )
    got, cls = facts(nlp, text), classes(nlp, text)
    assert cls.get("Dolores Whitaker") == cls.get("Glen Ashby") == cls.get("Ines Carvalho") == "Official"
    assert cls.get("Marion County") == cls.get("Harbor County") == "Place"
    assert ("Dolores Whitaker", "title", "Sheriff") in got and ("Dolores Whitaker", "memberOf", "Marion County") in got
    assert ("Glen Ashby", "heads", "Harbor County") in got
    assert ("Ines Carvalho", "title", "Secretary") in got
    assert not any(name.endswith(("Sheriff", "Executive", "Secretary")) for name in cls)


def test_a_plural_title_applies_to_each_name_of_its_list(nlp):
    got = facts(nlp, "Judges Amara Osei, Lena Fischer and Paul Varga dissented from the ruling on Tuesday.")
    titles = {(s, o) for s, p, o in got if p == "title"}
    assert {("Amara Osei", "Judge"), ("Lena Fischer", "Judge"), ("Paul Varga", "Judge")} <= titles


def test_a_name_after_a_title_is_a_person_even_when_the_model_misses_it(nlp):
    got = facts(nlp, "The lawsuit was filed by then-Mayor Rahm Emanuel in 2017.")
    assert ("Rahm Emanuel", "title", "Mayor") in got  # "then-" dates the title, it is not part of it


def test_stances_spread_over_coordinated_holders_and_targets(nlp):
    got = facts(
        nlp,
        "Mayor Jane Roe and Sheriff John Doe both criticized the Harbor Act. "
        "The Civic Rights League opposes SB 12, SB 14 and the Harbor Act.",
    )
    stances = {f for f in got if f[1] in ("supports", "opposes")}
    assert {("Jane Roe", "opposes", "Harbor Act"), ("John Doe", "opposes", "Harbor Act")} <= stances
    assert {("Civic Rights League", "opposes", x) for x in ("SB 12", "SB 14", "Harbor Act")} <= stances


def test_a_reported_evaluation_is_a_stance_and_a_ruling_is_not(nlp):
    said = facts(nlp, "State Senator Ana Ruiz said SB 12 is unconstitutional.")
    called = facts(nlp, "Governor Tom Hale called the Harbor Act unfair.")
    denied = facts(nlp, "State Senator Ana Ruiz did not say SB 12 is unconstitutional.")
    assert ("Ana Ruiz", "opposes", "SB 12") in said
    assert ("Tom Hale", "opposes", "Harbor Act") in called
    assert not {f for f in denied if f[1] in ("supports", "opposes")}


def speakers(nlp, text):
    x = extract(nlp(text), "d0")
    names = {e.key: e.name for e in x.entities}
    return {q.text.split(",")[0]: names.get(q.speaker) for q in x.quotes}


def resolved_speakers(nlp, text: str) -> dict[str, str | None]:
    """The first 20 characters of each quote -> its speaker's resolved label (None: no speaker)."""
    x = extract(nlp(text), "d0")
    res = resolve([x])
    label = {e.iri: e.label for e in res.entities}
    return {q.text[:20]: (label[res.local_to_iri[("d0", q.speaker)]] if q.speaker else None) for q in x.quotes}


def test_a_title_as_speaker_is_the_one_person_holding_it(nlp):
    one = speakers(
        nlp,
        "Gov. Ellen Vasquez signed the bill on Sunday. “This law keeps our state safe,” "
        "the governor explained. “It is fair,” Vasquez reassured reporters.",
    )
    assert one == {"This law keeps our state safe": "Ellen Vasquez", "It is fair": "Ellen Vasquez"}
    two = speakers(nlp, "Mayor Jane Roe met Mayor John Doe on Monday. “We agreed on nothing,” the mayor said.")
    assert two.get("We agreed on nothing") is None  # two mayors: "the mayor" names neither


def test_a_title_without_a_named_body_belongs_to_the_one_fitting_body_of_the_article(nlp):
    got = facts(
        nlp,
        "The Supreme Court struck down most of the law on Monday. Justice Ana Reyes wrote the "
        "opinion. The Riverton Police Department was criticized. Police Commissioner Sam Ode defended it.",
    )
    assert ("Ana Reyes", "memberOf", "Supreme Court") in got
    assert ("Sam Ode", "heads", "Riverton Police Department") in got
    two = facts(nlp, "The Riverton Police Department and the Lakeside Police Department met. Police Commissioner Sam Ode spoke.")
    assert not {f for f in two if f[0] == "Sam Ode" and f[1] in ("heads", "memberOf")}


def test_a_state_bill_applies_in_the_state_the_article_is_about(nlp):
    got = facts(nlp, "Ohio lawmakers debated for months. Critics in Ohio say HB 212 goes too far. Supporters of HB 212 disagree.")
    assert ("HB 212", "jurisdiction", "Ohio") in got
    mixed = facts(nlp, "Ohio and Indiana differ on policing. HB 212 goes too far.")
    assert not {f for f in mixed if f[0] == "HB 212" and f[1] == "jurisdiction"}


def test_president_and_surname_and_police_acronym(nlp):
    cls = classes(
        nlp,
        "President Maria Olsen spoke on Monday. Critics of Olsen's agenda protested. "
        "The Riverton Police Department (RPD) and the NYPD declined to comment.",
    )
    assert cls.get("Maria Olsen") == "Official" and "Olsen" not in cls  # the possessive is her, not an org
    assert cls.get("NYPD") == "Agency"


def test_part_of_a_body_and_statewide_police(nlp):
    got = facts(
        nlp,
        "Senator Dan Ruiz, chairman of the Senate's immigration subcommittee, said so. "
        "Jo Park, the Civic League's executive director, agreed.",
    )
    assert ("Dan Ruiz", "memberOf", "Senate") in got and ("Dan Ruiz", "heads", "Senate") not in got
    assert ("Jo Park", "heads", "Civic League") in got
    cls = classes(nlp, "Arizona police and Tucson police met on Friday.")
    assert "Arizona police" not in cls and cls.get("Tucson police") == "Agency"


def test_signing_pronoun_holders_and_constitutional_citations(nlp):
    got = facts(
        nlp,
        "Gov. Ana Lima signed HB 90 into law on Sunday. Mayor Tom Vance released a statement in which he blasted the Harbor Act.",
    )
    assert ("Ana Lima", "supports", "HB 90") in got
    assert ("Tom Vance", "opposes", "Harbor Act") in got
    cls = classes(nlp, "Congress acts under Article I, Section 8, Clause 4 of the Constitution.")
    assert cls.get("Article I, Section 8, Clause 4") == "Law" and "Section 8" not in cls


def test_first_names_and_generic_court_names_join_the_full_name(nlp):
    x = extract(
        nlp(
            "Juan Pablo Ortiz Vega was arrested in May. Juan Pablo had been deported twice. "
            "The U.S. Court of Appeals for the Ninth Circuit halted the order. "
            "The Court of Appeals said the lower court erred."
        ),
        "d0",
    )
    names = {e.name: set(e.names) for e in x.entities}
    assert "Juan Pablo" in names.get("Juan Pablo Ortiz Vega", set())
    assert "Court of Appeals" in names.get("U.S. Court of Appeals for the Ninth Circuit", set())


def test_inline_promo_and_title_words_are_not_entities(nlp):
    cls = classes(
        nlp,
        "The city sued in 2017. (RELATED: Governor Slams Riverton For Refusing To Help) State Representative Ana Ruiz said so.",
    )
    assert not any("Riverton" in n for n in cls) and "State" not in cls
    assert cls.get("Ana Ruiz") == "Official"


def test_a_name_after_a_title_that_holds_a_place_name_is_one_person(nlp):
    # "Israel" alone is a place to the model; after "Sheriff Scott" it is part of his name
    cls = classes(nlp, "Broward County Sheriff Scott Israel resigned on Friday.")
    assert cls.get("Scott Israel") == "Official" and "Israel" not in cls


def _stances(got):
    return {f for f in got if f[1] in ("supports", "opposes")}


def test_a_law_said_to_harm_or_keep_people_safe_is_a_stance(nlp):
    intro = "The Riverside City Council passed the Welcoming City Ordinance in 2016. "
    got = _stances(facts(nlp, intro + "Sheriff Luis Ortega said the ordinance makes communities less safe."))
    assert got == {("Luis Ortega", "opposes", "Welcoming City Ordinance")}
    got = _stances(facts(nlp, intro + "Mayor Dana Whitfield said the ordinance keeps every family safer."))
    assert got == {("Dana Whitfield", "supports", "Welcoming City Ordinance")}
    quoted = intro + "\u201cIt endangers our officers,\u201d said Sheriff Luis Ortega."
    assert _stances(facts(nlp, quoted)) == {("Luis Ortega", "opposes", "Welcoming City Ordinance")}
    described = (
        "The Riverside City Council passed the Welcoming City Ordinance, which stops police from working "
        "with federal agents. \u201cLaws designed to stop police from working with federal agents make "
        "neighborhoods less safe,\u201d said Sheriff Luis Ortega."
    )
    assert _stances(facts(nlp, described)) == {("Luis Ortega", "opposes", "Welcoming City Ordinance")}


def test_no_consequence_stance_when_denied_unclear_or_not_about_the_law(nlp):
    intro = "The Riverside City Council passed the Welcoming City Ordinance in 2016. "
    for sentence in [
        "Sheriff Luis Ortega did not say the ordinance makes communities less safe.",
        "Sheriff Luis Ortega said floods make communities less safe.",
        "Sheriff Luis Ortega said policies make communities less safe.",
        "\u201cIt just hurts,\u201d said Sheriff Luis Ortega.",
        "\u201cIt didn't hurt anyone,\u201d said Sheriff Luis Ortega.",
    ]:
        assert _stances(facts(nlp, intro + sentence)) == set(), sentence
    two_laws = intro + "The council also passed the Harbor Act. Sheriff Luis Ortega said it makes everyone less safe."
    assert _stances(facts(nlp, two_laws)) == set()
    banned = (
        "The state legislature passed SB 9, which bans sanctuary policies. Governor Ellen Park said "
        "such policies make communities less safe."
    )
    assert ("Ellen Park", "opposes", "SB 9") not in _stances(facts(nlp, banned))


def test_a_negated_effect_reverses_and_not_just_does_not(nlp):
    intro = "The Riverside City Council passed the Welcoming City Ordinance in 2016. "
    got = _stances(facts(nlp, intro + "Sheriff Luis Ortega said the ordinance does not make anyone safer."))
    assert got == {("Luis Ortega", "opposes", "Welcoming City Ordinance")}
    got = _stances(facts(nlp, intro + "Sheriff Luis Ortega said the ordinance doesn't just endanger officers."))
    assert got == {("Luis Ortega", "opposes", "Welcoming City Ordinance")}


def test_a_lawsuit_naming_laws_is_the_stance_of_the_one_party_that_sues(nlp):
    text = (
        "The Department of Justice is suing the state over three statutes. The complaint names state laws AB 12, SB 40 and AB 77."
    )
    got = _stances(facts(nlp, text))
    assert got == {("U.S. Department of Justice", "opposes", law) for law in ("AB 12", "SB 40", "AB 77")}
    two = (
        "The Civic Rights League sued the city, and the Harbor Merchants Association sued it too. "
        "The lawsuit challenges the Welcoming City Ordinance."
    )
    assert _stances(facts(nlp, two)) == set()  # which of the two? no stance


def test_i_in_a_quote_is_its_speaker_and_the_law_is_never_a_constitutional_clause(nlp):
    text = (
        "The Arizona Legislature passed SB 9 in 2010. Justice Kennedy cited Article I, Section 8, Clause 4 in "
        "his opinion. Governor Ellen Park signed the law in 2010. \u201cThe day I endorsed SB 9 was a good "
        "day,\u201d said Senator Luis Ortega."
    )
    got = _stances(facts(nlp, text))
    assert ("Ellen Park", "supports", "SB 9") in got
    assert ("Luis Ortega", "supports", "SB 9") in got
    assert not any("Article I" in f[2] for f in got)


def _places(nlp, text):
    x = extract(nlp(text), "d")
    return {e.name: set(e.names) for e in x.entities if e.cls == "Place"}


def test_bare_washington_or_new_york_is_the_city_unless_the_article_says_the_state(nlp):
    assert "District of Columbia" in _places(nlp, "Senators met in Washington on Monday to debate the budget.")
    assert "District of Columbia" in _places(nlp, "WASHINGTON \u2014 Senators met on Monday to debate the budget.")
    assert "Washington State" in _places(nlp, "Washington Gov. Ellen Park signed it. Washington was the first to act.")
    assert "Washington State" in _places(nlp, "Lawmakers in the state of Washington met. Washington acted first.")
    both = _places(nlp, "New York Gov. Ellen Park and New York Mayor Luis Ortega spoke on Monday.")
    assert {"New York State", "New York City"} <= set(both)
    assert "Texas" in _places(nlp, "Texas lawmakers passed the bill.")  # other states are unchanged
    got = facts(nlp, "New York Gov. Ellen Park and New York Mayor Luis Ortega spoke on Monday.")
    assert {("Ellen Park", "heads", "New York State"), ("Luis Ortega", "heads", "New York City")} <= got


def test_signing_a_law_dates_its_enactment_but_the_signer_does_not_enact_it(nlp):
    got = facts(nlp, "The Arizona Legislature passed the Harbor Act. Governor Ellen Park signed the law in 2012.")
    assert ("Harbor Act", "enactedDate", "2012") in got
    assert ("Harbor Act", "enactedBy", "Arizona Legislature") in got
    assert not any(f[1] == "enactedBy" and f[2] == "Ellen Park" for f in got)


def test_he_after_a_titled_speaker_is_that_speaker(nlp):
    text = (
        "Governor Allen Park signed the Harbor Act on Monday. Senator Luis Ortega, the bill's author, said "
        "it changes nothing for citizens.\n\n\u201cEvery officer will follow this law,\u201d the governor "
        "said.\n\n\u201cAnd the counties will pay fines if they do not,\u201d he added."
    )
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    said = {q.text[:10]: names.get(q.speaker) for q in x.quotes}
    assert said == {"Every offi": "Allen Park", "And the co": "Allen Park"}


def test_a_quote_paragraph_after_reported_speech_is_that_persons(nlp):
    lead = "Governor Ellen Park explained that she believes the law will make the state safer."
    quote = "\u201cEvery officer in every county will have to follow this law from the first day on.\u201d"
    x = extract(nlp(lead + "\n\n" + quote), "d")
    names = {e.key: e.name for e in x.entities}
    assert [names.get(q.speaker) for q in x.quotes] == ["Ellen Park"]
    other = "Governor Ellen Park signed the law on Monday in the capital."
    x = extract(nlp(other + "\n\n" + quote), "d")
    assert [q.speaker for q in x.quotes] in ([], [None])  # not reported speech: no speaker


def test_a_surname_before_administration_is_an_official(nlp):
    x = extract(nlp("The Obama administration sued Arizona in 2010. Obama said the law was wrong."), "d")
    assert [(e.cls, e.name) for e in x.entities if e.name == "Obama"] == [("Official", "Obama")]
    x = extract(nlp("The Food and Drug Administration approved the drug."), "d")
    assert not any(e.cls == "Official" for e in x.entities)


def test_names_of_programs_are_not_people_and_prosecutors_are_officials(nlp):
    x = extract(nlp("The department moved to withhold Edward Byrne Memorial Justice Assistance Grants from Denver."), "d")
    assert not any(e.cls in ("Person", "Official") for e in x.entities)
    x = extract(nlp("\u201cThe crime was brutal,\u201d prosecuting attorney Dana Whitfield told a judge."), "d")
    assert [(e.cls, e.name) for e in x.entities if e.name == "Dana Whitfield"] == [("Official", "Dana Whitfield")]


def test_a_lone_word_in_capitals_is_not_a_body_unless_it_acts(nlp):
    x = extract(nlp("The law required that officers ASK for papers. He had another DUI arrest this summer."), "d")
    assert not any(e.cls == "Organization" for e in x.entities)
    x = extract(nlp("CASA is challenging the rule in court, its lawyers said."), "d")
    assert ("Organization", "CASA") in {(e.cls, e.name) for e in x.entities}


def test_a_surname_before_campaign_is_a_person_and_so_are_its_other_mentions(nlp):
    x = extract(nlp("The Whitfield campaign denied it on Monday. Officials said Whitfield would appeal the ruling."), "d")
    got = {(e.cls, e.name) for e in x.entities if e.name == "Whitfield"}
    assert got == {("Person", "Whitfield")}


def entity_labels(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_a_surname_the_model_missed_is_a_mention_of_the_person_named_in_full(nlp):
    text = (
        "Mayor Dana Whitfield of Springfield defended the ordinance on Tuesday. Critics blamed the "
        "police, and Whitfield put the blame back on the federal government."
    )
    assert ("Whitfield", "Person") in entity_labels(nlp, text) or ("Whitfield", "Official") in entity_labels(nlp, text)
    # part of another name, or of a hyphenated one: not a mention of her
    other = entity_labels(nlp, "Dana Whitfield spoke. The Whitfield Foundation and Ortega-Whitfield disagreed.")
    assert ("Whitfield", "Person") not in other and ("Whitfield", "Official") not in other


def test_a_surname_read_as_a_place_or_a_full_name_read_as_an_organization_is_the_person(nlp):
    text = (
        "Teodoro Miyakawa, who was elected sheriff in November, spoke on Tuesday. “We will not help,” "
        "Miyakawa, the sheriff of Springfield, told reporters."
    )
    labels = dict(entity_labels(nlp, text))
    assert labels.get("Miyakawa") in ("Person", "Official")
    assert labels.get("Washington", "Place") == "Place"


@pytest.mark.parametrize("abbrev,title", [("Ald.", "Alderman"), ("Supt.", "Superintendent")])
def test_a_title_abbreviation_does_not_end_the_sentence(nlp, abbrev, title):
    got = facts(nlp, f"The agreement was signed by {abbrev} Dana Whitfield in April, officials said.")
    assert ("Dana Whitfield", "title", title) in got


def test_a_place_abbreviation_before_a_title_does_not_end_the_sentence(nlp):
    got = facts(nlp, "D.C. Mayor Dana Whitfield assured immigrant groups on Monday that the District is ready.")
    assert ("Dana Whitfield", "heads", "District of Columbia") in got


def test_a_place_that_passed_a_law_or_owns_it_is_where_it_applies(nlp):
    got = facts(
        nlp,
        "Officials objected when Arizona passed SB 1070, which let officers ask about status. "
        "Nevada's Trust Act limits cooperation with immigration agents.",
    )
    assert ("SB 1070", "jurisdiction", "Arizona") in got
    assert ("Trust Act", "jurisdiction", "Nevada") in got


def test_asking_someone_to_sign_a_law_is_support_and_a_choice_is_no_stance(nlp):
    got = facts(
        nlp,
        'The Harbor Act passed the Assembly on Monday. "We are asking the governor to sign the '
        'Harbor Act right away," said Dana Whitfield of the Harbor Coalition. '
        "Governor Luis Ortega has until Friday to sign or veto the Harbor Act.",
    )
    assert ("Dana Whitfield", "supports", "Harbor Act") in got
    assert not {f for f in got if f[0] == "Luis Ortega" and f[1] in ("supports", "opposes")}


def test_calling_the_article_law_unconstitutional_in_a_quote_is_opposition(nlp):
    text = (
        'Critics lined up against the Harbor Act on Monday. "It makes no sense and is unconstitutional," '
        "said Dana Whitfield, a former federal prosecutor."
    )
    assert ("Dana Whitfield", "opposes", "Harbor Act") in facts(nlp, text)
    extraposed = (
        'Critics lined up against the Harbor Act on Monday. "It is outrageous that the council '
        'waited so long," said Dana Whitfield, a former federal prosecutor.'
    )
    assert not {f for f in facts(nlp, extraposed) if f[1] in ("supports", "opposes")}


def test_a_model_name_cut_short_and_a_grant_named_after_a_title_are_not_entities(nlp):
    labels = entity_labels(
        nlp,
        "In his latest State of the Union address, Governor Dana Whitfield praised the Byrne Justice Assistance Grants program.",
    )
    assert not any(text.endswith(" of") for text, _ in labels)
    assert not any("Assistance Grants" in text and label in ("Person", "Official") for text, label in labels)


def test_a_capitalized_head_noun_alone_is_the_one_body_of_that_kind(nlp):
    x = extract(
        nlp(
            'The Department of Justice sued the county on Monday. "From now on, the Department will '
            'only fund cities that comply," Attorney General Dana Whitfield said.'
        ),
        "d0",
    )
    names = {e.name: e.names for e in x.entities if e.cls == "Agency"}
    assert "Department" not in names
    assert any("Department" in ns for ns in names.values())


def test_a_city_body_named_without_its_city_operates_in_the_city_of_the_article(nlp):
    text = (
        "Springfield officials met on Monday. The City Council will vote on the amendments Wednesday, "
        "and Springfield police said they would follow the result. Critics in Springfield objected."
    )
    # named after the article's city (issue 14 audit: a bare "City Council" node merges every city's)
    assert ("Springfield City Council", "jurisdiction", "Springfield") in facts(nlp, text)
    two_cities = (
        "Springfield officials met Shelbyville officials on Monday. The City Council will vote "
        "Wednesday. Springfield and Shelbyville disagree."
    )
    assert not {f for f in facts(nlp, two_cities) if f[:2] == ("City Council", "jurisdiction")}


def test_a_state_chamber_named_without_its_state_is_that_states_and_operates_there(nlp):
    text = (
        "Oregon lawmakers met on Monday. The state Senate passed the Harbor Act, and Oregon officials "
        "said the Legislature would finish its work soon. The Senate adjourned in Oregon."
    )
    got = facts(nlp, text)
    assert ("Oregon Senate", "jurisdiction", "Oregon") in got
    assert ("Harbor Act", "enactedBy", "Oregon Senate") in got
    # "the Senate" alone, in an article naming no state chamber, stays the Senate (the lexicon's U.S. Senate)
    assert not any(s.startswith("Oregon") for s, _, _ in facts(nlp, "The Senate passed the Harbor Act on Monday."))


def test_signing_a_repeal_opposes_the_law_it_repeals(nlp):
    got = facts(
        nlp,
        "The General Assembly passed HB 12 in 2016. Governor Dana Whitfield said she has signed "
        "the repeal measure. Senator Luis Ortega backs a bill repealing HB 12.",
    )
    assert ("Dana Whitfield", "opposes", "HB 12") in got and ("Luis Ortega", "opposes", "HB 12") in got
    assert not {f for f in got if f[1] == "supports"}


def test_a_title_before_another_persons_name_is_not_the_subjects(nlp):
    got = facts(nlp, "Dana Whitfield, who beat former Gov. Luis Ortega in November, signed the order.")
    assert ("Dana Whitfield", "title", "former Governor") not in got and ("Dana Whitfield", "title", "Governor") not in got


def test_years_of_a_ruling_and_of_a_month(nlp):
    assert ("Ortega v. Springfield", "decisionDate", "2015") in facts(
        nlp, "In a 2015 decision called Ortega v. Springfield, the high court struck down the statute."
    )
    assert ("HB 12", "enactedDate", "2016") in facts(nlp, "Lawmakers passed HB 12 in March 2016, officials said.")


def test_a_state_nickname_is_the_state(nlp):
    x = extract(nlp("The governor signed the bill, making the Garden State the 14th state to do so."), "d0")
    assert any(e.name == "New Jersey" and e.cls == "Place" for e in x.entities)


def test_constitutions_are_laws_of_their_place_and_a_persons_first_name_is_no_country(nlp):
    got = facts(nlp, "Critics said the rules violate the Wisconsin Constitution and the U.S. Constitution.")
    assert ("Wisconsin Constitution", "jurisdiction", "Wisconsin") in got
    labels = entity_labels(
        nlp, "Chad Griffin, president of the Human Rights Campaign, criticized the deal. Troops were later sent to Chad."
    )
    assert ("Chad Griffin", "Person") in labels and ("Chad", "Place") in labels
    assert ("Constitution Avenue", "Law") not in entity_labels(nlp, "They marched down Constitution Avenue.")


def test_a_unit_named_after_its_organization_is_part_of_it(nlp):
    got = facts(
        nlp,
        "The state will lose, said Dana Whitfield, a senior fellow at the Brookings Institution's "
        'Metropolitan Policy Program. "We will sue," ACLU Voting Rights Project Director Luis Ortega said.',
    )
    assert ("Metropolitan Policy Program", "partOf", "Brookings Institution") in got
    assert any(f[0] == "ACLU Voting Rights Project" and f[1] == "partOf" for f in got)


def test_an_attorney_general_with_no_state_heads_the_justice_department_the_article_names(nlp):
    federal = facts(
        nlp, "The Department of Justice sued the state on Monday. Attorney General Dana Whitfield said the lawsuit would succeed."
    )
    assert ("Dana Whitfield", "heads", "U.S. Department of Justice") in federal
    state = facts(
        nlp,
        "The Department of Justice sued Oregon on Monday. Oregon Attorney General Luis Ortega "
        "objected. Attorney General Luis Ortega said the state would win.",
    )
    assert not any(f[0] == "Luis Ortega" and "Department of Justice" in str(f[2]) for f in state)


def test_of_apposition_and_the_place_a_titled_person_serves(nlp):
    got = facts(
        nlp,
        '"We will win," said Dana Whitfield, of the Harbor Workers Union. "It is over," '
        "Ortega, the first elected sheriff of Springfield, told reporters. Luis Ortega won in 2019.",
    )
    assert ("Dana Whitfield", "memberOf", "Harbor Workers Union") in got
    assert ("Luis Ortega", "memberOf", "Springfield") in got
    assert not {f for f in facts(nlp, "Dana Whitfield, of Springfield, spoke to the council.") if f[1] == "memberOf"}


def test_a_superintendent_heads_the_one_police_department_the_article_names(nlp):
    got = facts(nlp, "The Springfield Police Department signed the deal. It was signed by former Supt. Dana Whitfield in April.")
    assert ("Dana Whitfield", "heads", "Springfield Police Department") in got


def test_a_possessive_state_before_a_party_and_a_title_is_the_state_held(nlp):
    got = facts(
        nlp,
        "Oregon lawmakers met. Oregon passed it. A similar law was signed by New York's Democratic "
        "Gov. Dana Whitfield earlier this year.",
    )
    assert ("Dana Whitfield", "heads", "New York State") in got
    assert not any(f[0] == "Dana Whitfield" and f[2] == "Oregon" for f in got)


def test_a_states_legislature_and_its_general_assembly_are_one_body(nlp):
    x = extract(
        nlp(
            "Ohio lawmakers returned. The Legislature met on Monday, and leaders of Ohio's General "
            "Assembly said the vote would come soon. Ohio officials agreed."
        ),
        "d0",
    )
    bodies = [e.name for e in x.entities if e.cls == "Agency"]
    assert bodies.count("Ohio General Assembly") == 1 and not any("Legislature" in b for b in bodies)


@pytest.mark.parametrize(
    "text,department",
    [
        ("Defense Secretary Dana Whitfield said the troops would stay.", "U.S. Department of Defense"),
        ("Treasury Secretary Dana Whitfield agreed with the plan.", "U.S. Department of the Treasury"),
    ],
)
def test_a_department_word_before_secretary_is_the_department(nlp, text, department):
    assert ("Dana Whitfield", "heads", department) in facts(nlp, text)


def test_a_title_with_a_suffix_modifier(nlp):
    got = facts(nlp, "The court will change when Justice-elect Dana Whitfield is sworn in in January.")
    assert ("Dana Whitfield", "title", "Justice-elect") in got


def test_group_words_and_time_zones_are_not_bodies_or_places(nlp):
    labels = entity_labels(nlp, "Latinos and LGBT activists rallied at 9 p.m. ET outside the Harbor Workers Union hall.")
    assert not any(text in ("Latinos", "LGBT", "ET") for text, _ in labels)
