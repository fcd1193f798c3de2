"""Bodies whose names go on past "on" and "and" (issue 15), on invented sentences: "the Council on
Rural Housing", "the Institute for Prairie Journalism and Community Studies", "the Association of
Tribal Elected and Appointed Officials"; a name does not swallow a date ("the Committee on Monday") or
another body after "and" ("the Center for Prairie Policy and Planned Parenthood")."""

from __future__ import annotations

from kg.resolve.article import extract


def names(nlp, text: str) -> dict[str, str]:
    return {e.name: e.cls for e in extract(nlp(text), "d").entities}


def test_a_body_named_with_on_is_whole_and_an_organization(nlp):
    got = names(nlp, "Dana Morrow, senior vice president of the Plains Council on Rural Housing, said the rule was flawed.")
    assert got.get("Plains Council on Rural Housing") == "Organization"
    assert got.get("Dana Morrow") == "Person"


def test_a_body_name_goes_on_past_and_with_a_plural_noun(nlp):
    got = names(nlp, "Dana Morrow, director of the Institute for Prairie Journalism and Community Studies, said so.")
    assert "Institute for Prairie Journalism and Community Studies" in got
    got = names(nlp, "Lee Park, head of the National Association of Tribal Elected and Appointed Officials, said so.")
    assert "National Association of Tribal Elected and Appointed Officials" in got


def test_a_name_stops_before_a_date_and_before_another_body(nlp):
    got = names(nlp, "The Senate Committee on Monday voted to advance the bill.")
    assert not any("Monday" in n for n in got)
    got = names(nlp, "The Center for Prairie Policy and Planned Parenthood sued the state on Friday.")
    assert not any("and Planned" in n for n in got)


def test_a_name_stops_before_a_modifier_of_a_common_noun(nlp):
    got = names(nlp, "Senator Dana Morrow criticized the Federal Housing Agency on the Senate floor.")
    assert "Federal Housing Agency" in got


def test_a_caption_naming_two_bodies_is_neither(nlp):
    """ "The Center for Constitutional Liberty Supreme Court Rally" (a photo caption the model took for one name)
    holds an organization's name and a court's: until session 23 both joined it, so the center was a court
    and its president headed one."""
    text = (
        "The Center for Constitutional Liberty Supreme Court Rally on March 2, 2016. Center for Constitutional Liberty\n\n"
        "The law was upheld by the Supreme Court in 2016. \u201cThe stakes are high,\u201d says Dana Morrow, "
        "president of the Center for Constitutional Liberty, which represents the clinic."
    )
    x = extract(nlp(text), "d")
    by_key = {e.key: e for e in x.entities}
    center = [e for e in x.entities if "Center for Constitutional Liberty" in e.names]
    assert len(center) == 1 and center[0].cls == "Organization" and "Supreme Court" not in center[0].names
    heads = [by_key[f.obj].name for f in x.facts if f.prop == "heads"]
    assert heads == ["Center for Constitutional Liberty"]
    text = "The U.S. Court of Appeals for the Second Circuit ruled. The Court of Appeals said the Second Circuit had erred."
    courts = [e for e in extract(nlp(text), "d").entities if e.cls == "Court"]
    assert len(courts) == 1 and {"Court of Appeals", "Second Circuit"} <= set(courts[0].names)


def test_a_name_the_model_reads_past_and_to_a_singular_word_is_whole(nlp):
    """ "Department of Rehabilitation and Correction": the model's name ends there; no plural needed."""
    text = "The permit was denied, Dana Morrow, Department of Natural Resources and Environmental Control spokeswoman, said."
    got = names(nlp, text)
    assert "Department of Natural Resources and Environmental Control" in got
    assert "Department of Natural Resources" not in got


def test_a_known_body_after_and_stays_a_body_of_its_own(nlp):
    got = names(nlp, "The Department of Justice and Homeland Security officials met on Monday.")
    assert not any(" and Homeland" in n for n in got)


def test_an_organization_named_with_a_number_first_keeps_it(nlp):
    got = names(nlp, "There are few scientists in Congress, says Dana Morrow, founder of 512 Progress, an advocacy group.")
    assert "512 Progress" in got
    assert "Progress" not in got
    year = names(nlp, "In 2016 Acme Mart, a discount retailer, closed its stores.")
    assert "Acme Mart" in year


def test_a_us_city_the_model_left_untagged_before_police_is_the_citys_police(nlp):
    from test_behaviour import facts, of

    got = facts(nlp, "He tried to arrest her Monday, Brookhaven police Lt. Dana Morrow said.")
    assert of(got, "Dana Morrow", "memberOf") == {"Brookhaven police"}
    assert "Mission police" not in names(nlp, "The Mission police said the road was closed.")
