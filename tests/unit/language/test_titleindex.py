"""The titles lexicon indexed as tokenized text shows titles: hyphens between letters are tokens."""

from __future__ import annotations

from types import SimpleNamespace

from kg.language.titleindex import title_index, title_words


def test_a_hyphenated_title_splits_as_the_tokenizer_splits_it():
    assert title_words("Editor-in-Chief") == ("editor", "-", "in", "-", "chief")
    assert title_words("secretary-treasurer") == ("secretary", "-", "treasurer")
    assert title_words("Lt. Gov.") == ("lt.", "gov.")
    assert title_words("police chief") == ("police", "chief")


def test_the_index_keys_titles_and_aliases_by_their_tokens():
    entry = SimpleNamespace(title="editor-in-chief", aliases=("editor in chief",))
    other = SimpleNamespace(title="editor", aliases=())
    index = title_index([entry, other])
    assert index[("editor", "-", "in", "-", "chief")] is entry
    assert index[("editor", "in", "chief")] is entry
    assert index[("editor",)] is other
