"""kg_byline: authors, publisher and date when the text names them; nothing rather than a wrong name."""

from __future__ import annotations

import pytest
from _nlp import blank, gold, norm, seed_text


def byline(text: str) -> tuple[list[str], str | None, str | None]:
    doc = blank()(text)
    found = doc._.kg_byline
    authors = [text[s:e] for s, e in found["authors"]]
    publisher = text[found["publisher"][0] : found["publisher"][1]] if found["publisher"] else None
    return authors, publisher, found["date"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Headline here\n\nBy JANE DOE, Associated Press\n\nThe court ruled.", (["JANE DOE"], "Associated Press", None)),
        ("Headline\n\nBy Jane Doe on March 3, 2020\n\nText.", (["Jane Doe"], None, "2020-03-03")),
        ("Headline\nBy Steve Roe and Amanda Poe\n\nText.", (["Steve Roe", "Amanda Poe"], None, None)),
        ("Headline\n\nBy Ann Lee, Staff writer\n\nText.", (["Ann Lee"], None, None)),
        ("The story.\n\nJane Doe is a senior editor of digital news at Example Radio.", (["Jane Doe"], "Example Radio", None)),
        (
            "The story.\n\nWrite to Ann Lee at ann.lee@example.com and Tom Park at tom.park@example.com",
            (["Ann Lee", "Tom Park"], None, None),
        ),
        (
            "The story.\n\nCopyright © 2019 The Example Times, LLC. Click here for reprint permission.",
            ([], "The Example Times", None),
        ),
        ("The story.\n\nSupport Example Daily with a small donation via PayPal.", ([], "Example Daily", None)),
        (
            "The story.\n\nFind all my Example Post work here.\n\nAnd please follow Jane Doe on Twitter.",
            (["Jane Doe"], "Example Post", None),
        ),
        (
            "Court halts the state's new law\n\nJane Doe\n\nEXAMPLE TODAY\n\nThe court ruled.",
            (["Jane Doe"], "EXAMPLE TODAY", None),
        ),
        (
            "The story.\n\nJane Doe serves as associate editor and senior political contributor for Example Texas.",
            (["Jane Doe"], "Example Texas", None),
        ),
    ],
)
def test_bylines(text, expected):
    assert byline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By Monday, the Kentucky Republican tempered his pronouncement.\n\nText.",
        "BY THE NUMBERS\n\nText.",
        "The story.\n\nFollow Kevin on Twitter",
        "The story.\n\nThe Illinois Democrat is the co-author of the bill, and issued a statement.",
        "The story.\n\n© 2018 Tribune Content Agency, LLC",
    ],
)
def test_no_wrong_author_or_publisher(text):
    assert byline(text) == ([], None, None)


def test_seeds_match_the_reference_documents():
    ref = gold()
    names = {e["id"]: {norm(n) for n in [e["name"], *e.get("aliases", [])]} for e in ref["entities"]}
    for doc_id, meta in ref["documents"].items():
        authors, publisher, _ = byline(seed_text(doc_id))
        assert len(authors) == len(meta["authors"]), doc_id
        assert all(norm(a) in names[g] for a, g in zip(authors, meta["authors"])), doc_id
        if meta["publisher"] is None:
            assert publisher is None, doc_id
        else:
            assert norm(publisher) in names[meta["publisher"]], doc_id
    assert byline(seed_text("003_9979abdd1bd0e15d"))[2] == "2019-11-07"


def test_an_organization_credited_with_the_content_is_a_creator_not_the_publisher():
    text = (
        "The story.\n\nContent created by The Example News Foundation is available without charge to any eligible news publisher."
    )
    found = blank()(text)._.kg_byline
    assert [text[s:e] for s, e in found["creators"]] == ["The Example News Foundation"]
    assert found["publisher"] is None and found["authors"] == []


def roles(text: str) -> list[tuple[str, str, str | None, str]]:
    found = blank()(text)._.kg_byline["roles"]
    return [(text[slice(*r["person"])], text[slice(*r["org"])], r["title"], r["role"]) for r in found]


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Nora Feld is a columnist for the Lakeside Courier and teaches writing at Pembrook College.",
            [("Nora Feld", "Lakeside Courier", "columnist", "member")],
        ),
        (
            "Nora Feld is the Lakeside Courier's chief political columnist.",
            [("Nora Feld", "Lakeside Courier", "chief political columnist", "member")],
        ),
        ("Nora Feld is president of the Harbor Justice League.", [("Nora Feld", "Harbor Justice League", "president", "head")]),
        (
            "Nora Feld is the director of communications at the Harbor Policy Center.",
            [("Nora Feld", "Harbor Policy Center", "director", "member")],
        ),
        (
            "Nora Feld is Southern region director for the Harbor Policy Center.",
            [("Nora Feld", "Harbor Policy Center", "Southern region director", "member")],
        ),
        ("Nora Feld is a writer for Harbor Monthly.", [("Nora Feld", "Harbor Monthly", None, "member")]),
        (
            "Harbor Radio congressional editor Nora Feld contributed to this report.",
            [("Nora Feld", "Harbor Radio", "congressional editor", "member")],
        ),
        (
            "Harbor News' Nora Feld and Tom Alder and The Associated Press contributed to this report.",
            [("Nora Feld", "Harbor News", None, "member"), ("Tom Alder", "Harbor News", None, "member")],
        ),
        (
            "Nora Feld is a professor of law at the University of Oakdale. Tom Alder is a lawyer.",
            [("Nora Feld", "University of Oakdale", "professor", "member")],
        ),
        # no post, a place, a title's subject, a title running on into the name, a client's lawyer: nothing
        ("Nora Feld is a mother of two in Oakdale.", []),
        ("Nora Feld is a reporter for Washington.", []),
        ("Nora Feld is the secretary of Education.", []),
        ("Nora Feld is the elected Secretary of State of Kansas.", []),
        ("Nora Feld is a former member of the U.S. House from Ohio.", []),
        ("Nora Feld is a lawyer for the Harbor Workers Union.", []),
        ("Nora Feld is a professor at Harbor University's Tom R. Alder School of Law.", []),
    ],
)
def test_credit_line_roles(line, expected):
    """A credit line's post (an author bio, a contribution line) at the article's end: member, title, role."""
    assert roles("Headline\n\nThe council met on Monday.\n\n" + line) == expected
