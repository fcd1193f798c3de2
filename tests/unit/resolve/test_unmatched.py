"""An aliases file's name that matches no entity is reported, one line per name (issue 21)."""

from __future__ import annotations

from kg.core.records import Extraction, LocalEntity
from kg.resolve.unmatched import unmatched_aliases

ALIASES = """
[[merge]]
names = ["Bill de Blasio", "Warren Wilhelm Jr."]

[[split]]
name = "Charles"

[[split]]
name = "Nobody Atall"
"""


def test_names_matching_no_entity_are_listed_in_file_order(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text(ALIASES, encoding="utf-8")
    x = Extraction(
        "a1",
        entities=[
            LocalEntity("e1", "Official", "Bill de Blasio", ["Bill de Blasio", "de Blasio"]),
            LocalEntity("e2", "Person", "Marcos Charles", ["Marcos Charles", "charles"]),
        ],
    )
    assert unmatched_aliases(path, [x]) == [("merge", "Warren Wilhelm Jr."), ("split", "Nobody Atall")]
