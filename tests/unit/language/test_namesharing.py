from kg.language.namesharing import persons


def test_a_first_name_and_its_short_form_with_one_surname_are_one_person():
    assert persons(["Joe Roe", "Joseph R. Roe"]) == 1
    assert persons(["Joe Roe", "Jill Roe"]) == 2


def test_two_different_middle_names_are_two_persons():
    assert persons(["George W. Roe", "George H.W. Roe", "George Roe"]) == 2


def test_a_suffix_separates_and_a_surname_with_its_suffix_joins():
    assert persons(["Mark Owen", "Mark Owen Jr."]) == 2
    assert persons(["Mark Owen Jr.", "Owen Jr."]) == 1
    assert persons(["Martin Luther Roe Jr.", "Coretta Scott Roe"]) == 2
