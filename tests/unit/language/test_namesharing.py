from kg.language.namesharing import persons, seniors


def test_a_first_name_and_its_short_form_with_one_surname_are_one_person():
    assert persons(["Joe Roe", "Joseph R. Roe"]) == 1
    assert persons(["Joe Roe", "Jill Roe"]) == 2


def test_two_different_middle_names_are_two_persons():
    assert persons(["George W. Roe", "George H.W. Roe", "George Roe"]) == 2


def test_a_suffix_separates_and_a_surname_with_its_suffix_joins():
    assert persons(["Mark Owen", "Mark Owen Jr."]) == 2
    assert persons(["Mark Owen Jr.", "Owen Jr."]) == 1
    assert persons(["Martin Luther Roe Jr.", "Coretta Scott Roe"]) == 2


def _spans(*names):
    import spacy

    nlp = spacy.blank("en")
    return [nlp(n)[:] for n in names]


def test_a_presidents_namesake_son_is_not_what_the_surname_alone_means():
    """ "Fillmore said" after "Millard Fillmore" (a listed president) and "Millard Fillmore Jr." or
    "Fillmore Jr.": the father; the son is written with his suffix."""
    names = _spans("Millard Fillmore", "Millard Fillmore Jr.", "Fillmore Jr.")
    assert [e.text for e in seniors(names)] == ["Millard Fillmore"]


def test_other_namesakes_and_other_bearers_stay():
    kept = _spans("Mark Owen", "Mark Owen Jr.")  # not a listed president: one name, as extends_name joins them
    assert seniors(kept) == kept
    both = _spans("Martin Luther Fillmore Jr.", "Coretta Scott Fillmore", "Millard Fillmore")
    assert [e.text for e in seniors(both)] == [e.text for e in both]  # another given name: not his son
