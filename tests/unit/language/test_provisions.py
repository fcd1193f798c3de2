"""The constitutional provisions' name pattern (entity_patterns.json ``constitutional_provision``): an
ordinal's amendment is the Constitution's, an amendment named for its sponsor is a statute's rider."""

from __future__ import annotations

import pytest

from kg.language.cues import _PROVISION


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
        "Section 2",
        "Section 5 of the Voting Rights Act",
        "§ 1983",
    ],
)
def test_the_constitutions_parts_are_provisions(name):
    assert _PROVISION().search(name)


@pytest.mark.parametrize("name", ["Pellman Amendment", "Harbor Amendment", "Smith-Jones Amendment", "Amendment 4"])
def test_an_amendment_named_for_a_person_or_a_place_is_not_a_provision(name):
    assert not _PROVISION().search(name)
