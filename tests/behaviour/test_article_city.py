"""A mayor written with no city ("Mayor X said ...") heads the city the article is about, by the criterion
that names "the City Council" after it (kg.resolve.articlecity, issue 15): named at least twice and twice as
often as any other city, and only when the title's sentence names no place. Invented sentences."""

from __future__ import annotations

from test_behaviour import facts, of

ABOUT = "The city of Spokane ran short of money this year. Officials in Spokane, Washington, cut the parks budget on Monday. "


def test_a_mayor_without_a_city_heads_the_city_the_article_is_about(nlp):
    got = facts(nlp, ABOUT + "Mayor Dana Whitfield said the parks would stay open.")
    assert of(got, "Dana Whitfield", "heads") == {"Spokane"}


def test_no_city_when_the_article_is_about_two(nlp):
    two = ABOUT + "The city of Tacoma did the same, and officials in Tacoma, Washington, cut theirs. "
    got = facts(nlp, two + "Mayor Dana Whitfield said the parks would stay open.")
    assert of(got, "Dana Whitfield", "heads") == set()


def test_no_article_city_when_the_titles_sentence_names_a_place(nlp):
    got = facts(nlp, ABOUT + "Mayor Dana Whitfield told Ohio lawmakers the parks would stay open.")
    assert "Spokane" not in of(got, "Dana Whitfield", "heads")


def test_a_city_body_named_with_its_city_operates_there_though_the_city_is_named_nowhere_else(nlp):
    got = facts(nlp, "The Corpus Christi Police Department said the suspect fled north on foot.")
    assert of(got, "Corpus Christi Police Department", "jurisdiction") == {"Corpus Christi"}
    got = facts(nlp, "The Warren Commission report was released on Friday.")
    assert of(got, "Warren Commission", "jurisdiction") == set()  # no city's body: a person's name
