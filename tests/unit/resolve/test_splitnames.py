"""One name, one class in one article (kg.resolve.splitnames): datelines in capitals, and a name the model
typed both Place and Organization/Agency."""

from __future__ import annotations

from kg.resolve.splitnames import dateline, dateline_names, one_class_per_name, one_person_per_full_name


def _mentions(text: str, *named: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    out, at = [], 0
    for name, label in named:
        start = text.index(name, at)
        out.append((start, start + len(name), name, label))
        at = start + len(name)
    return out


def test_a_name_in_capitals_opening_its_line_before_a_dash_is_a_dateline():
    for text in ("Photo caption.\nTOLEDO – Workers voted.", "TOLEDO, Ohio (AP) — Workers voted.", "TOLEDO (Reuters) - Workers"):
        assert dateline(text, text.index("TOLEDO"), text.index("TOLEDO") + 6)
    for text in ("Workers in TOLEDO – voted.", "TOLEDO workers voted.", "Toledo – workers voted."):
        assert not dateline(
            text, text.index("TOLEDO") if "TOLEDO" in text else 0, (text.index("TOLEDO") if "TOLEDO" in text else 0) + 6
        )


def test_a_dateline_takes_the_articles_own_spelling_of_a_known_place():
    text = "TOLEDO – Workers voted. The Toledo plant reopened."
    ms = _mentions(text, ("TOLEDO", "Organization"), ("Toledo", "Place"))
    assert dateline_names(text, ms, {}) == {0: "Toledo"}
    text = "TOLEDO – Workers voted."
    assert dateline_names(text, _mentions(text, ("TOLEDO", "Organization")), {}) == {0: "Toledo"}  # the gazetteer's town
    text = "BRINDLECOMBE – Workers voted."  # no place the gazetteer or the article knows: left alone
    assert dateline_names(text, _mentions(text, ("BRINDLECOMBE", "Organization")), {}) == {}


def test_a_name_written_as_a_known_place_is_a_place_in_all_its_mentions():
    text = "Crowds gathered in Toledo. The Toledo sheriff spoke."
    ms = _mentions(text, ("Toledo", "Place"), ("Toledo", "Agency"))
    assert one_class_per_name(text, ms, {}) == {1: "Place"}
    text = "A Toledo police officer spoke. Toledo sued the state."
    assert one_class_per_name(text, _mentions(text, ("Toledo", "Place"), ("Toledo", "Organization")), {}) == {1: "Place"}


def test_a_name_the_model_calls_an_organization_more_often_and_never_written_as_a_place_is_one():
    text = "Toledo, the beer company, left. Toledo is appalled. Toledo aspires to more."
    ms = _mentions(text, ("Toledo", "Organization"), ("Toledo", "Place"), ("Toledo", "Organization"))
    assert one_class_per_name(text, ms, {}) == {1: "Organization"}


def test_no_majority_or_an_unknown_place_written_as_one_stays_as_typed():
    text = "Toledo left. Toledo is appalled."  # one against one: undecided
    assert one_class_per_name(text, _mentions(text, ("Toledo", "Organization"), ("Toledo", "Place")), {}) == {}
    text = "He lives in Brindlecombe. Brindlecombe hired him."  # a place cue, but no gazetteer's place
    assert one_class_per_name(text, _mentions(text, ("Brindlecombe", "Place"), ("Brindlecombe", "Organization")), {}) == {}
    text = "Toledo left. Toledo sued. He moved to Toledo, Ohio, in May."  # a majority of organizations, but written as a place
    ms = _mentions(text, ("Toledo", "Organization"), ("Toledo", "Organization"), ("Toledo", "Place"))
    assert one_class_per_name(text, ms, {}) == {0: "Place", 1: "Place"}


def test_at_a_towns_name_is_no_place_cue_unless_its_state_follows():
    text = "He spoke at Toledo in May. Toledo had hosted him. Toledo canceled it."
    ms = _mentions(text, ("Toledo", "Organization"), ("Toledo", "Place"), ("Toledo", "Organization"))
    assert one_class_per_name(text, ms, {}) == {1: "Organization"}  # a university as often as a town
    text = "He spoke at Toledo, Ohio, in May. Toledo had hosted him. Toledo canceled it."
    ms = _mentions(text, ("Toledo", "Organization"), ("Toledo", "Place"), ("Toledo", "Organization"))
    assert one_class_per_name(text, ms, {}) == {0: "Place", 2: "Place"}


def test_several_place_mentions_all_join_the_organization():
    text = "Toledo left. Toledo sued. Toledo is appalled. Toledo spoke. Toledo aspires to more."
    labels = ("Organization", "Place", "Organization", "Place", "Organization")
    ms = _mentions(text, *(("Toledo", lb) for lb in labels))
    assert one_class_per_name(text, ms, {}) == {1: "Organization", 3: "Organization"}


def test_a_full_name_typed_a_person_in_most_mentions_is_a_person_in_all():
    mentions = [(0, 12, "Dorian Vasq", "Person"), (20, 32, "Dorian Vasq", "Person"), (40, 52, "Dorian Vasq", "Place")]
    assert one_person_per_full_name(mentions) == {2: "Person"}


def test_no_majority_or_one_word_or_a_body_keeps_the_labels():
    tie = [(0, 12, "Dorian Vasq", "Person"), (40, 52, "Dorian Vasq", "Organization")]
    word = [(0, 5, "Vasq", "Person"), (9, 14, "Vasq", "Person"), (20, 25, "Vasq", "Place")]
    body = [(0, 9, "Acme Mart", "Person"), (20, 29, "Acme Mart", "Person"), (30, 39, "Acme Mart", "Agency")]
    assert one_person_per_full_name(tie) == one_person_per_full_name(word) == one_person_per_full_name(body) == {}
