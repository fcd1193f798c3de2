"""Which one-word mentions may be an organization's short name (kg.resolve.shortnames, rule r10)."""

from __future__ import annotations

from kg.resolve.shortnames import opens_organization, stands_alone, unrivalled


def _at(text: str, word: str) -> tuple[str, int, int, str]:
    start = text.rindex(word)
    return text, start, start + len(word), word


def test_a_word_written_alone_stands_alone():
    assert stands_alone(*_at("Critics said Talworth would appeal.", "Talworth"))
    assert stands_alone(*_at("an investigation of Talworth began", "Talworth"))


def test_a_word_after_a_title_or_joined_into_a_longer_name_does_not():
    assert not stands_alone(*_at("Critics said Mr. Talworth would appeal.", "Talworth"))
    assert not stands_alone(*_at("the Society for Rights and Talworth met", "Talworth"))
    assert not stands_alone(*_at("he told Talworth and Friends on Sunday", "Talworth"))


def test_only_a_name_of_the_word_and_one_head_noun_is_opened():
    assert opens_organization("Talworth", "Organization", "Talworth College", "Organization")
    assert opens_organization("Talworth", "Organization", "Talworth's College", "Organization")
    assert not opens_organization("Talworth", "Organization", "Talworth Injury Research Center", "Organization")
    assert not opens_organization("Talworth", "Organization", "Talworth College", "Agency")
    assert not opens_organization("Kendall", "Person", "Kendall College", "Organization")  # a first name


def test_a_longer_name_opens_when_it_ends_in_a_whole_bodys_head_or_the_word_is_possessive():
    assert opens_organization("Talworth", "Organization", "Talworth Polytechnic Institute", "Organization")
    assert opens_organization("Talworth", "Organization", "Talworth Family Foundation", "Organization")
    assert not opens_organization("Talworth", "Place", "Talworth Family Foundation", "Organization")  # see r9
    assert opens_organization("Talworth", "Organization", "Talworth's Analytics", "Organization")
    assert not opens_organization("Talworth", "Organization", "Talworth Law Journal", "Organization")  # a part
    assert not opens_organization("Talworth", "Organization", "Talworth Institute of Politics", "Organization")
    assert not opens_organization("Talworth", "Organization", "Talworth Analytics", "Organization")


def test_a_word_two_names_open_is_neither_unless_one_is_the_word_and_a_head_noun():
    kaiser = [(0, 6, "Kaiser", "Organization"), (10, 34, "Kaiser Family Foundation", "Organization")]
    rival = [(40, 57, "Kaiser Permanente", "Organization")]
    assert unrivalled("Kaiser", {1}, kaiser, lambda j: j)
    assert not unrivalled("Kaiser", {1}, kaiser + rival, lambda j: j)
    yale = [
        (0, 4, "Yale", "Organization"),
        (10, 25, "Yale University", "Organization"),
        (30, 46, "Yale Law School", "Organization"),
    ]
    assert unrivalled("Yale", {1}, yale, lambda j: j)


def test_a_possessive_before_a_persons_name_opens_no_organization():
    assert not opens_organization("Talworth", "Organization", "Talworth's Charles Smith", "Organization")


def test_a_persons_name_before_the_joint_names_two_not_one():
    text, start, end, word = _at("I wish Jim and Talworth all the best.", "Talworth")
    jim = text.index("Jim") + len("Jim")
    assert stands_alone(text, start, end, word, frozenset({jim}))
    assert not stands_alone(text, start, end, word)  # without the person's mention: a longer name's word
    assert not stands_alone(text, start, end, word, frozenset({jim + 1}))
    text, start, end, word = _at("says Mr. Cannon of Talworth.", "Talworth")
    assert stands_alone(text, start, end, word, frozenset({text.index("Cannon") + len("Cannon")}))
