"""The regex pre-test: a literal that every match contains, so skipping the scan changes nothing."""

from __future__ import annotations

import re

from kg.language.rxfilter import required_literal
from kg.lexicon.load import load_lexicon
from kg.lexicon.resources import load_json


def test_required_literals():
    assert required_literal(re.compile(r"(?<!\w)(?:Ohio|Texas) Supreme Court(?!\w)")) == " Supreme Court"
    assert required_literal(re.compile(r"\bExecutive Order(?:\s+\d+)?\b")) == "Executive Order"
    assert required_literal(re.compile(r"U\.S\. Attorney['’]s Office for the (?:A|B)")) == "s Office for the "
    assert required_literal(re.compile(r"\b(?:Section|§)\s?\d+")) is None
    assert required_literal(re.compile(r"Supreme Court", re.IGNORECASE)) is None
    assert required_literal(re.compile(r"ab*c")) == "a"  # b* is a repeat: 'a' and 'c' are not adjacent


def test_every_pattern_never_matches_without_its_literal():
    patterns = [re.compile(p["regex"]) for p in load_json("entity_patterns.json")["regex"]]
    patterns += [re.compile(p.regex) for p in load_lexicon().patterns]
    texts = [
        "The Ohio Supreme Court and the Texas Legislature met; 8 U.S.C. 1373 and Roe v. Wade.",
        "the U.S. Attorney’s Office for the District of Massachusetts said",
        "Executive Order 13768 and the Ninth Circuit; KQED reported. Ohio GOP leaders",
        "Office of the Ohio Attorney General, the Ohio Attorney General's Office",
    ]
    found = 0
    for rx in patterns:
        lit = required_literal(rx)
        for text in texts:
            if lit is not None and rx.search(text):
                assert lit in text, rx.pattern
                found += 1
            if lit is not None and lit not in text:
                assert rx.search(text) is None
    assert found >= 8
