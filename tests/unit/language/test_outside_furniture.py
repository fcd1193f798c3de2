"""``outside_furniture`` on hand-built spans: a name that starts in page furniture and runs on into the
text keeps the text's part ("CLOSE Riverton Metro Police" -> "Riverton Metro Police"); one wholly in
furniture, or whose rest is no capitalized name, is dropped; one that runs into furniture is cut."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.language.text import outside_furniture


def kept(words: list[str], span: tuple[int, int], furniture_tokens: tuple[int, int]) -> list[str]:
    d = Doc(spacy.blank("en").vocab, words=words)
    a, b = furniture_tokens
    ranges = [(d[a].idx, d[b - 1].idx + len(d[b - 1]))]
    return [s.text for s in outside_furniture([Span(d, *span, label="Agency")], ranges)]


def test_a_name_run_on_from_furniture_keeps_the_text_part():
    words = "CLOSE Riverton Metro Police made an arrest .".split()
    assert kept(words, (0, 4), (0, 1)) == ["Riverton Metro Police"]


def test_a_name_in_furniture_is_dropped():
    words = "CLOSE Riverton Metro Police made an arrest .".split()
    assert kept(words, (0, 1), (0, 1)) == []


def test_a_lowercase_rest_is_no_name():
    words = "CLOSE dispatch call from the scene .".split()
    assert kept(words, (0, 3), (0, 1)) == []


def test_a_name_running_into_furniture_is_cut():
    words = "Riverton Metro Police Advertisement said so .".split()
    assert kept(words, (0, 4), (3, 4)) == ["Riverton Metro Police"]
