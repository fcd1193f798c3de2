"""kg_quotes: quote marks, which quotations count, and who said them (model-parsed where needed)."""

from __future__ import annotations

import pytest
from _nlp import blank, gold, norm, parsed, seed_text

from kg.language.quotemarks import find_quote_spans


def marks(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_spans(text)]


# -- quote marks (pure text) -----------------------------------------------------------------
def test_curly_straight_and_mixed_marks():
    assert marks('He said “one two three.” She said "four five six."') == ["one two three.", "four five six."]
    assert marks('A "mixed quote” and “another" one.') == ["mixed quote", "another"]


def test_nested_single_quotes_and_apostrophes():
    assert marks("She said: “I was told ‘no way’ by him.”") == ["I was told ‘no way’ by him."]
    assert marks("The officers’ jobs are hard, and it’s late.") == []
    assert marks("Critics called it ‘a disaster for the city,’ he said.") == ["a disaster for the city"]


def test_paragraph_that_runs_on_is_continued_by_a_reopened_quote():
    spans = find_quote_spans("“First paragraph runs on.\n\n“Second paragraph ends,” he said.")
    assert [q.group for q in spans] == [1, 1]
    assert find_quote_spans("“An unclosed quote.\n\nA normal paragraph.") == []


def test_page_furniture_between_the_pieces_of_a_quote_does_not_end_it():
    text = "“First paragraph runs on.\n\nSign up for our newsletter\n\n“Second paragraph ends,” he said."
    assert [q.group for q in find_quote_spans(text, skip=frozenset({1}))] == [1, 1]
    assert [q.group for q in find_quote_spans(text)] == [None]  # not furniture: the quote ends there


def test_two_single_marks_in_a_row_are_one_double_mark():
    assert marks("‘‘We are a better people than this,’’ Jones wrote.") == ["We are a better people than this"]
    assert marks("“Now it is clear that this is bad,’’ Mr. Kaine said.") == ["Now it is clear that this is bad"]
    assert marks("It does not address it,'' Perry said. ''You are not,'' he said.") == ["You are not"]
    assert marks("The officers’ jobs. ‘Fine,’ she said.") == ["Fine"]


# -- quotations and speakers (parsed) --------------------------------------------------------
def quotes_of(text: str) -> list[dict]:
    doc = parsed(text)
    for q in doc._.kg_quotes:
        assert doc.text[q["start"] : q["end"]] == q["text"]
        if q["speaker"]:
            assert doc.text[q["speaker"][0] : q["speaker"][1]] == q["speaker_text"]
    return doc._.kg_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker_text"]) for q in quotes_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "“We will appeal the ruling as soon as we can,” Jane Smith said.",
        "“We will appeal the ruling as soon as we can,” said Jane Smith, the county attorney.",
        "Jane Smith said: “We will appeal the ruling as soon as we can.”",
        'Jane Smith, the county attorney, told reporters, "We will appeal the ruling as soon as we can."',
        '“We will appeal the ruling as soon as we can," Jane Smith said in a statement.',
    ],
)
def test_speaker_before_or_after(text):
    found = [(quote.rstrip("."), who) for quote, who in speakers(text)]
    assert found == [("We will appeal the ruling as soon as we can", "Jane Smith")]


def test_pronoun_resolves_to_the_person_named_before():
    text = "Governor Maria Lopez visited the border on Tuesday.\n\n“The state will not pay for a federal wall,” she said."
    assert speakers(text) == [("The state will not pay for a federal wall", "Maria Lopez")]


def test_surname_after_quote_and_colon_intro_paragraph():
    text = (
        "Senator Tom Park met reporters on Monday.\n\nHere is what he told them:\n\n"
        "“We are not going to back down from this fight, whatever the cost.”\n\n"
        "“The vote will happen next week,” Park continued."
    )
    assert speakers(text) == [
        ("We are not going to back down from this fight, whatever the cost.", "Tom Park"),
        ("The vote will happen next week", "Park"),
    ]


def test_multi_paragraph_quote_shares_its_speaker():
    text = (
        "“The first paragraph of the statement explains the decision.\n\n"
        "“The second paragraph ends the statement,” said Ann Lee, the agency director."
    )
    found = quotes_of(text)
    assert [q["speaker_text"] for q in found] == ["Ann Lee", "Ann Lee"]
    assert found[0]["group"] == found[1]["group"] is not None


def test_two_speakers_in_one_paragraph():
    text = "“We will win this case in court,” said Ann Lee. “We will appeal any loss,” said Tom Park."
    assert speakers(text) == [("We will win this case in court", "Ann Lee"), ("We will appeal any loss", "Tom Park")]


def test_second_quote_without_cue_continues_the_speaker():
    text = "“We will win this case in court,” Ann Lee said. “Nobody should doubt that at all.”"
    assert speakers(text) == [("We will win this case in court", "Ann Lee"), ("Nobody should doubt that at all.", "Ann Lee")]


def test_according_to():
    text = "According to Ann Lee, “the department has no plans to change the policy this year.”"
    assert speakers(text) == [("the department has no plans to change the policy this year.", "Ann Lee")]


def test_scare_quotes_and_titles_are_not_quotations():
    text = (
        'The city calls itself a "sanctuary city" under its "Trust Ordinance" and the mayor went on '
        '"Meet the Press" to defend what critics call a "failed experiment in open borders".'
    )
    assert quotes_of(text) == []


def test_quote_in_a_caption_is_skipped():
    text = (
        "FILE – In this 2019 file photo, Mayor Jane Smith says “We are ready for the storm,” at a briefing. "
        "(AP Photo/John Doe, File)\n\nThe storm arrived on Monday, officials said."
    )
    assert quotes_of(text) == []


def test_unnamed_speaker_does_not_inherit_the_previous_one():
    text = (
        "“We won this round in court,” said Ann Lee. A spokesman for the county said, "
        "“We will appeal the decision to the state supreme court next week.”"
    )
    assert speakers(text) == [
        ("We won this round in court", "Ann Lee"),
        ("We will appeal the decision to the state supreme court next week.", None),
    ]


def test_blank_pipeline_finds_quotes_without_a_parse():
    doc = blank()("“We will appeal the ruling as soon as we can,” Jane Smith said.\n\nThe city agreed.")
    assert [(q["text"], q["speaker_text"]) for q in doc._.kg_quotes] == [
        ("We will appeal the ruling as soon as we can", "Jane Smith")
    ]


# -- the seeds: the 18 reference quotes ----------------------------------------------------
def seed_quote_score() -> tuple[int, int, list[str]]:
    ref = gold()
    names = {e["id"]: [norm(n) for n in [e["name"], *e.get("aliases", [])]] for e in ref["entities"]}
    found = attributed = 0
    misses = []
    built = {doc: parsed(seed_text(doc))._.kg_quotes for doc in {q["doc"] for q in ref["quotes"]}}
    for q in ref["quotes"]:
        hits = [b for b in built[q["doc"]] if norm(q["starts"]) in norm(b["text"])]
        found += bool(hits)
        ok = [
            b
            for b in hits
            if b["speaker_text"]
            and any(
                norm(b["speaker_text"]) == n or norm(b["speaker_text"]) in n.split() or norm(b["speaker_text"]) in n
                for n in names[q["speaker"]]
            )
        ]
        attributed += bool(ok)
        if not ok:
            misses.append(f"{q['doc']}: {q['starts'][:40]!r} -> {[b['speaker_text'] for b in hits]}")
    return found, attributed, misses


def test_seed_quotes_found_and_attributed():
    found, attributed, misses = seed_quote_score()
    total = len(gold()["quotes"])
    print(f"seed quotes: found {found}/{total}, attributed {attributed}/{total}")
    assert found / total >= 0.95 and attributed / total >= 0.95, misses


def test_a_doubled_opening_mark_still_opens_the_quote():
    assert marks("“”We will not be put in that position,” Ann Lee said.") == ["We will not be put in that position"]
    assert marks("He wrote “” and left.") == []


def test_a_short_sentence_announced_by_a_colon_is_a_quotation():
    text = 'Ann Lee was quick to praise the decision, tweeting on Thursday: "Right decision. Strong!"'
    assert speakers(text) == [("Right decision. Strong!", "Ann Lee")]


def test_the_owner_of_a_written_text_is_its_speaker():
    text = '"These cities have caused great harm to the people of this state," Ann Lee\'s order read.'
    # (the model's own entity here may hold the "'s": this test runs without kg_entities, which trims it)
    assert [(q, s.removesuffix("'s")) for q, s in speakers(text)] == [
        ("These cities have caused great harm to the people of this state", "Ann Lee")
    ]


def test_a_joint_statement_is_attributed_to_the_first_person_named():
    text = (
        '"The court upheld a practice both parties have used for decades," said Assembly Speaker Ann Lee '
        "and Senate Majority Leader Tom Ruiz."
    )
    assert [s for _, s in speakers(text)] == ["Ann Lee"]


def test_words_closed_by_a_comma_before_a_speech_verb_are_a_quotation():
    text = "Senator Jane Roe spoke on Sunday.\n\n\u201cIn my view failure is not an option,\u201d she said."
    assert [(q["text"], q["speaker_text"]) for q in quotes_of(text)] == [("In my view failure is not an option", "Jane Roe")]
    title = "Senator Jane Roe spoke on Sunday.\n\nShe praised \u201cThe Long Way Home,\u201d a new film."
    assert quotes_of(title) == []
    show = "In an interview on the station\u2019s \u201cFace the Nation Tonight,\u201d Commissioner Jane Roe declared it."
    assert quotes_of(show) == []


def test_mistyped_and_lost_marks_still_close_a_quote():
    lost = 'Roe told a crowd:\n\n"Today we grieve and remember them. Each of us holds on. "We all spend less time on it."'
    assert marks(lost) == ["Today we grieve and remember them. Each of us holds on.", "We all spend less time on it."]
    assert marks('"This is a victory for all of us. We keep fighting.“\n\nNext.') == [
        "This is a victory for all of us. We keep fighting."
    ]
    assert marks("'We are not going to put our names on it there.\"\n\nNext.") == [
        "We are not going to put our names on it there."
    ]
    closed_single = "“Make no mistake, this is a step. It ends a right to continue a pregnancy,’ said Jo Roe.\n\nNext."
    assert marks(closed_single) == ["Make no mistake, this is a step. It ends a right to continue a pregnancy"]
    assert marks("“He told me ‘go home,’ and left.\n\nNext.") == []  # a nested quote, not the closing mark
    assert marks('He said "we will win it. "') == []


def test_a_curly_single_mark_is_not_a_mistyped_double_one():
    assert marks("‘Fetal heartbeat’ means the activity of the heart within the sac.”\n\nNext.") == []
