""" "The Roes" after "Ana Roe" is her family, no named entity, whatever the model labelled it; a surname that ends in
"s" itself stays the person's (kg.language.personnames.surnames_as_persons)."""

from __future__ import annotations

from kg.resolve.article import extract


def names(nlp, text):
    return {e.name for e in extract(nlp(text), "d0").entities}


def test_a_surname_plural_after_the_is_a_family_not_an_entity(nlp):
    found = names(
        nlp,
        "Governor Dana Whitfield asked Ukraine to investigate Carl Brenner. She sought investigations of the "
        "Brenners. The Brenners have denied wrongdoing.",
    )
    assert "Carl Brenner" in found
    assert not {n for n in found if n.endswith("Brenners")}


def test_a_surname_ending_in_s_stays_the_person(nlp):
    found = names(nlp, "Chief Justice Lee Rogers wrote for the court. Rogers said the Rogers court would rule soon.")
    assert "Lee Rogers" in found
