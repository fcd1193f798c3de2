"""The constitutional provisions' name pattern (entity_patterns.json ``constitutional_provision``): an
ordinal's amendment is the Constitution's, an amendment named for its sponsor is a statute's rider."""

from __future__ import annotations

import pytest

from kg.language.provisions import _PROVISION, provision


@pytest.mark.parametrize(
    "name",
    [
        "First Amendment",
        "Second Amendment",
        "Fourteenth Amendment",
        "Twenty-first Amendment",
        "Twenty-Seventh Amendment",
        "14th Amendment",
        "the Constitution",
        "the U.S. Constitution",
        "Article II",
    ],
)
def test_the_constitutions_parts_are_provisions(name):
    assert _PROVISION().search(name)


@pytest.mark.parametrize("name", ["Pellman Amendment", "Harbor Amendment", "Smith-Jones Amendment", "Amendment 4"])
def test_an_amendment_named_for_a_person_or_a_place_is_not_a_provision(name):
    assert not _PROVISION().search(name)


@pytest.mark.parametrize("name", ["Section 2", "Section 212(f)", "§ 1983"])
def test_a_numbered_section_is_no_bill_or_amendment_of_the_article(name):
    assert provision(name, "amendment") and provision(name, "bill") and provision(name, "measure")


def test_a_section_may_be_what_the_law_means():
    assert not provision("Section 230", "law")
    assert not provision("Harbor Act", "bill")
