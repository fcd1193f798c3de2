"""A person's name the model ran on from a possessive (issue 15, session 21): "wrote the Ledger’s Megan
Winfield Dorsey" is Megan Winfield Dorsey, who speaks the quote, not an organization called "Ledger’s
Megan Winfield Dorsey". Invented sentences only."""

from __future__ import annotations

import pytest
from test_quotes_stances import entity_names, speakers

TEXT = (
    "Even the newspapers agree on the outbreak. The vast majority of the sick users \u201creported using an oil "
    "in their pens,\u201d wrote the Ledger\u2019s {}. \u201cAnd many people have started using illegal cartridges.\u201d"
)


@pytest.mark.parametrize("name", ["Megan Winfield Dorsey", "Jason Del Ray"])
def test_a_name_after_a_possessive_is_the_person_who_speaks(nlp, name):
    text = TEXT.format(name)
    names = entity_names(nlp, text)
    assert name in names and not any("\u2019s " in n for n in names)
    assert speakers(nlp, text).get("And many people") == name
