"""A bare surname beside relatives of its bearer is the first person named in full; beside another
namesake who is no relative (or who holds office) it stays undecided."""

from __future__ import annotations

from kg.resolve.article import extract


def _persons(nlp, text):
    x = extract(nlp(text), "d")
    return {e.name: set(e.names) for e in x.entities if e.cls in ("Person", "Official")}


def test_a_bare_surname_beside_a_relative_named_in_full_is_the_first_bearer(nlp):
    text = (
        "Marcus Okafor was killed by a stray bullet in Toledo last spring, the police said. "
        "His younger brother, Andre Okafor, told reporters on Friday that the family wanted answers. "
        "Okafor, 34, had worked at a bakery for ten years, and Okafor was loved by his neighbors."
    )
    got = _persons(nlp, text)
    assert "Okafor" in got["Marcus Okafor"]
    assert "Okafor" not in got["Andre Okafor"] and "Okafor" not in got


def test_a_bare_surname_beside_a_namesake_who_is_no_relative_stays_undecided(nlp):
    text = (
        "Marcus Okafor was killed by a stray bullet in Toledo last spring, the police said. "
        "A local historian, Andre Okafor, told reporters on Friday that the street had changed. "
        "Okafor, 34, had worked at a bakery for ten years, and Okafor was loved by his neighbors."
    )
    got = _persons(nlp, text)
    assert "Okafor" not in got["Marcus Okafor"] and "Okafor" not in got["Andre Okafor"]


def test_a_presidents_name_in_full_is_not_his_sons_with_a_suffix(nlp):
    from kg.resolve.article import extract

    text = (
        "Donald Trump Jr. met the lawyer in June. President Donald Trump said his son did nothing wrong. "
        "Donald Trump added that it was a witch hunt."
    )
    got = {e.name: e.names for e in extract(nlp(text), "d").entities}
    assert "Donald Trump" in got and "Donald Trump Jr." in got
    assert "Donald Trump" not in got["Donald Trump Jr."]
