"""A body's leader written in a participle after its name, for ``kg_titles``: "the Oversight Committee,
led by Rep. X, ...", "the Harbor Alliance, headed by X," (issue 15: a class of heads facts the pooled
references miss). The verbs are the lexicon's verbs of heading (``role_verbs`` of entity_patterns.json:
lead, head, chair, run ...), in the passive with "by", right after the comma after the body's name
(without the comma, "the wing of the GOP led by X", the participle may modify another noun). The leader
is one person named right after "by", or after a title written before the name ("Rep.", "Chairman"):
never "former", never one of several ("led by A and B"), never a possessor ("led by X's son"), never
a name that modifies a noun ("led by Trump critic X"), never a place ("a city run by ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .titleclauses import role_record

BODIES = ("Agency", "Court", "Organization")
PERSONS = ("Person", "Official")
WORDS_OF_NAME = ("NOUN", "PROPN", "PART", "ADJ", "NUM")  # the name is a modifier of what follows
MAX_TITLE = 3  # "led by Senate Majority Leader X"


def led_by(doc: Doc, ents: list[Span], head_verbs: set[str]) -> list[dict]:
    """Records of ``kg_titles`` (role "head", no title) for each body led by a person so written."""
    starts = {e.start: e for e in ents if e.label_ in PERSONS}
    out = []
    for body in (e for e in ents if e.label_ in BODIES):
        v = body.end + 1  # set off by a comma: "the wing of the GOP led by X" leads the wing
        if (
            v + 2 >= len(doc)
            or doc[body.end].text != ","
            or doc[v].tag_ != "VBN"
            or doc[v].lemma_ not in head_verbs
            or doc[v + 1].lower_ != "by"
        ):
            continue
        k = v + 2
        while k not in starts and k < v + 2 + MAX_TITLE and doc[k].text[:1].isupper() and not doc[k].ent_type_:
            k += 1  # "Rep.", "Chairman", "Senate Majority Leader": a title before the name
        person = starts.get(k)
        after = doc[person.end] if person is not None and person.end < len(doc) else None
        if person is None or (after is not None and (after.lower_ in ("and", "&") or after.pos_ in WORDS_OF_NAME)):
            continue  # "led by A and B", "led by X's son", "headed by Trump administration ally Y"
        out.append(role_record(person, body, "head", "role-led-by"))
    return out
