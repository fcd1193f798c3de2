"""kg_furniture: page furniture is marked, news sentences never are, offsets stay on the original text."""

from __future__ import annotations

import json

import pytest
from _nlp import ROOT, blank, gold, seed_text

from kg.language.furniture_spans import is_furniture, merge_spans
from kg.pipeline.furniture import FurnitureMarker

PAGE = """Skip to main content

Advertisement

Example Tribune

Council adopts new budget after long debate

FILE – In this May 2, 2018, file photo, officers stand outside city hall. (AP Photo/Jane Roe, File)

The council voted 9-4 on Tuesday to adopt the budget, which adds money for parks.

Police follow the suspect on foot, officials said, and will sign up more recruits next year.

Related Articles

Mayor Names New Parks Director After Nationwide Search

State Lawmakers Weigh Changes to Housing Rules

Sign up for our newsletter

Support Example Tribune with a small donation via PayPal or credit card.

Content created by Example Wire is available without charge to any eligible news publisher.

And please follow Jane Roe on Twitter and Facebook.

Slideshow (12 Images)

Trending on Example Tribune Videos

Back to top button

Listen Live

Interested in Gun Policy? Add Gun Policy as an interest to stay up to date on the latest Gun Policy news, video, and analysis from Example News. Add Interest
"""

NEWS = [
    "Council adopts new budget after long debate",
    "The council voted 9-4 on Tuesday to adopt the budget, which adds money for parks.",
    "Police follow the suspect on foot, officials said, and will sign up more recruits next year.",
]
FURNITURE = [
    "Skip to main content",
    "Advertisement",
    "FILE – In this May 2, 2018",
    "(AP Photo/Jane Roe, File)",
    "Related Articles",
    "Mayor Names New Parks Director After Nationwide Search",
    "State Lawmakers Weigh Changes to Housing Rules",
    "Sign up for our newsletter",
    "Support Example Tribune with a small donation",
    "Content created by Example Wire",
    "And please follow Jane Roe on Twitter",
    "Slideshow (12 Images)",
    "Trending on Example Tribune Videos",
    "Back to top button",
    "Listen Live",
    "Interested in Gun Policy? Add Gun Policy as an interest",
]


@pytest.fixture(scope="module")
def page():
    return blank()(PAGE)


def covered(doc, needle: str) -> bool:
    start = doc.text.index(needle)
    return any(s <= start and start + len(needle) <= e for s, e in doc._.kg_furniture)


@pytest.mark.parametrize("needle", FURNITURE)
def test_furniture_is_marked(page, needle):
    assert covered(page, needle)


@pytest.mark.parametrize("needle", NEWS)
def test_news_is_not_marked(page, needle):
    start = page.text.index(needle)
    assert not is_furniture(page, start, start + len(needle))


def test_offsets_point_into_the_unchanged_text(page):
    assert page.text == PAGE
    spans = page._.kg_furniture
    assert spans == sorted(spans) and all(s < e for s, e in spans)
    assert all(a[1] < b[0] for a, b in zip(spans, spans[1:]))  # merged, not overlapping
    group = page.spans["kg_furniture"]
    assert len(group) == len(spans)
    assert all(sp.start_char <= s and e <= sp.end_char for sp, (s, e) in zip(group, spans))


def test_comment_prompt_inside_a_paragraph_marks_only_the_prompt():
    text = "Is it principle or partisanship? Let us all know in the Comments section.\n"
    doc = blank()(text)
    assert covered(doc, "Let us all know in the Comments section.")
    assert not is_furniture(doc, 0, text.index("?") + 1)


def test_promo_header_without_items_is_not_furniture():
    text = "More from the wire service:\n\nThe agency launched an operation in September that targeted cities.\n"
    doc = blank()(text)
    assert doc._.kg_furniture == []


def test_rules_are_general_not_literal():
    marker = FurnitureMarker.from_path("ontology/lexicon/furniture.json")
    for line in ("Trending on Some Other Site", "Trending on Example News Videos", "Find all my Example Post work here."):
        assert marker.find(line + "\n"), line


def test_non_breaking_spaces_do_not_hide_furniture():
    doc = blank()("Text of the story.\n\nFind all my Example\u00a0work\u00a0here.\n")
    assert covered(doc, "Find all my Example")


def test_address_block_and_author_card():
    text = (
        "Physical Address\n\n12 North Main St.\nSpringfield, IL 62701\n\nThe story.\n\n"
        "Headshot of Jane Roe\nJane Roe Senior Editor\n\nJane Roe is a senior editor at Example Radio.\n"
    )
    doc = blank()(text)
    for needle in (
        "Physical Address",
        "12 North Main St.",
        "Springfield, IL 62701",
        "Headshot of Jane Roe",
        "Jane Roe Senior Editor",
        "Jane Roe is a senior editor",
    ):
        assert covered(doc, needle), needle
    assert not covered(doc, "The story.")


def test_merge_and_lookup():
    assert merge_spans([(5, 9, "a"), (0, 3, "b"), (8, 12, "c")]) == [(0, 3), (5, 12)]
    doc = blank()("Advertisement\n\nA sentence.\n")
    assert is_furniture(doc, 0, 4) and not is_furniture(doc, 15, 20)


def test_seed_furniture_and_no_quote_or_gold_sentence_marked():
    doc = blank()(seed_text("000_7066da5d65e04c83"))
    for needle in (
        "Trending on RedState Videos",
        "See 3 more pieces from me:",
        "Find all my RedState work",
        "Portland Eyes Forcing Private Property Owners",
        "(AP Photo/Gregory Bull, File)",
        "Let us all know in the Comments section.",
    ):
        assert covered(doc, needle), needle
    assert not covered(doc, "More from TDC:")
    for q in gold()["quotes"]:
        text = seed_text(q["doc"])
        start = text.index(q["starts"])
        assert not is_furniture(blank()(text), start, start + len(q["starts"])), q["starts"]


def test_lexicon_has_no_seed_specific_strings():
    data = (ROOT / "ontology" / "lexicon" / "furniture.json").read_text(encoding="utf-8").casefold()
    for name in ("redstate", "daily caller", "wbur", "boston", "conservative daily news", "02124", "gregory bull"):
        assert name not in data
    json.loads(data)


def test_a_headline_ending_in_a_closing_quote_mark_is_a_heading():
    from kg.language.text import heading_ranges

    text = "Lawmakers, Governor Announce 'Compromise' To Repeal 'Bathroom Bill'\n\nHe said, \"We are done.\"\n"
    assert heading_ranges(text) == [(0, text.index("\n"))]
