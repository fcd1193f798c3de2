"""The lexicon under ontology/lexicon: it loads, it is consistent, and it holds general knowledge only."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.lexicon.entries import BODY_CLASSES, ROLES, TARGETS, TITLE_CLASSES, LexiconError
from kg.lexicon.load import default_directory, fingerprint, load_lexicon

# Names that occur in the seed articles and are NOT general knowledge: none may appear anywhere in the
# lexicon's files (data rows, aliases, comments, README), nor in what its patterns expand to. (A name a
# general pattern produces for every state, like "ACLU of <State>", is knowledge of the pattern, not of a seed.)
SEED_SPECIFIC = [
    "Trust Act",
    "Lunn",
    "Boston",
    "Beantown",
    "Dorchester",
    "Escondido",
    "Michael Cox",
    "Marcos Charles",
    "Marty Walsh",
    "Martin Walsh",
    "Michelle Wu",
    "Carol Rose",
    "Laura Rótolo",
    "Rotolo",
    "Maura Healey",
    "Albence",
    "Cadman",
    "Supreme Judicial Court",
    "Boston City Council",
    "Boston Police Department",
    "Massachusetts Supreme Judicial Court",
    "Daily Caller News Foundation",
    "WBUR",
    "WCVB",
    "RedState",
    "Israeli American Council",
    "Flick International",
    "Marriott",
    "02124",
]


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def copy_lexicon(tmp_path: Path) -> Path:
    target = tmp_path / "lexicon"
    shutil.copytree(default_directory(), target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_files_load_with_enough_rows(lex):
    assert len(lex.bodies) >= 150
    assert len(lex.titles) >= 150
    assert len(lex.stances) >= 40
    states = [p for p in lex.places if p.kind == "state"]
    assert len(states) == 50
    assert {p.parent for p in states} == {"United States"}
    assert len({p.postal for p in states}) == 50
    assert lex.place("D.C.").kind == "district"


def test_every_parent_and_jurisdiction_resolves(lex):
    bodies = {b.name for b in lex.bodies}
    places = {p.name for p in lex.places}
    assert all(b.parent in bodies for b in lex.bodies if b.parent)
    assert all(b.jurisdiction in places for b in lex.bodies if b.jurisdiction)
    assert all(p.parent in places for p in lex.places if p.parent)
    assert all(p.parent in bodies for p in lex.patterns if p.parent)
    assert all(b.cls in BODY_CLASSES for b in lex.bodies)


def test_no_written_form_names_two_bodies(lex):
    owner: dict[str, str] = {}
    for b in lex.bodies:
        for form in (*b.names, *b.generic):
            assert owner.setdefault(form, b.name) == b.name, form


def test_title_rows_are_valid(lex):
    for t in lex.titles:
        assert t.role in ROLES and t.cls in TITLE_CLASSES and t.target in TARGETS, t
        assert t.title == t.title.lower()
    assert lex.title("Gov.").title == "governor"
    assert lex.title("Police Commissioner").role == "head"
    assert lex.title("chairman").cls == "body"
    assert lex.title("spokesman").cls == "Person"  # speaks for an agency, holds no office in it
    assert lex.title("sheriff’s deputy").title == "sheriff's deputy"


def test_well_known_bodies(lex):
    ice = lex.body("ICE")
    assert ice.name == "U.S. Immigration and Customs Enforcement" and ice.parent == "U.S. Department of Homeland Security"
    assert lex.body("ERO").parent == ice.name
    assert [b.name for b in lex.ancestors(lex.body("ERO"))] == [ice.name, "U.S. Department of Homeland Security"]
    assert lex.body("9th Circuit") is lex.body("Ninth Circuit Court of Appeals")
    assert lex.body("9th Circuit").cls == "Court"
    assert lex.body("FOP").name == "Fraternal Order of Police"
    assert lex.body("National Sheriffs’ Association") is lex.body("National Sheriffs' Association")
    scotus = lex.body("SCOTUS")
    assert "Supreme Court" in scotus.generic and "Supreme Court" not in scotus.names
    assert lex.body("Supreme Court") is None


def test_postal_codes_are_not_aliases(lex):
    assert lex.place("IN") is None and lex.place("OR") is None
    assert lex.postal("IN").name == "Indiana"
    assert lex.place("Calif.").name == "California"


def test_patterns_match_state_and_district_names(lex):
    by_pattern = {p.pattern: p for p in lex.patterns}
    aclu = by_pattern["ACLU of {state}"]
    assert aclu.parent == "American Civil Liberties Union"
    assert re.search(aclu.regex, "said the ACLU of Calif. on Monday").group(0) == "ACLU of Calif."
    assert re.search(aclu.regex, "the ACLU of Narnia") is None
    court = by_pattern["U.S. District Court for the {district}"]
    assert re.search(court.regex, "in the U.S. District Court for the Southern District of Texas")
    assert "ACLU of Ohio" in aclu.expand(lex)
    ag = by_pattern["{state} Attorney General's Office"]
    assert re.search(ag.regex, "the Ohio Attorney General’s Office")


# The only tables where a seed name may appear: each covers a whole class, so a name is in it because it
# belongs to the class, not because a seed uses it. city_nicknames.tsv: every US city over 250,000 people;
# federal_officers.tsv: every holder of each office it lists from 1989 to 2025 (a seed's mayor was later
# Secretary of Labor); governors.tsv: every governor 1994-2020;
# legislators.tsv: every member of Congress whose last term began in 1983 or later (a Utah representative
# of the 1980s shares his surname with a hotel company a seed names).
WHOLE_CLASS_TABLES = {"city_nicknames.tsv", "federal_officers.tsv", "governors.tsv", "legislators.tsv"}


def test_no_seed_specific_names_anywhere(lex):
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted(default_directory().iterdir())
        if p.is_file() and p.name not in WHOLE_CLASS_TABLES
    ]
    texts += [n for p in lex.patterns for n in p.expand(lex)]
    blob = "\n".join(texts).casefold()
    found = [name for name in SEED_SPECIFIC if name.casefold() in blob]
    assert found == []


def test_loader_is_cached_and_fingerprinted(tmp_path):
    assert load_lexicon() is load_lexicon(default_directory())
    d = copy_lexicon(tmp_path)
    before = fingerprint(d)
    assert load_lexicon(d).fingerprint == before
    edit(d / "stance.tsv", "support\tVERB\tsupport\t", "support\tVERB\tsupport\tedited ")
    assert fingerprint(d) != before


@pytest.mark.parametrize(
    "file, old, new, message",
    [
        ("bodies.tsv", "\tAgency\tFBI\t", "\tAgnecy\tFBI\t", r"bodies\.tsv:\d+: unknown class 'Agnecy'"),
        ("bodies.tsv", "\tAgency\tFBI\t", "\tAgency\tDOJ\t", r"bodies\.tsv:\d+: acronym 'DOJ' names two entries"),
        (
            "bodies.tsv",
            "\tU.S. Department of Justice\tUnited States\t",
            "\tDepartment of Nothing\tUnited States\t",
            r"bodies\.tsv:\d+: parent 'Department of Nothing' names no row",
        ),
        ("bodies.tsv", "\tAgency\tFBI\t", "\tAgency\tFBI\tFBI\t\t\t\t\t", r"bodies\.tsv:\d+: \d+ tab-separated cells"),
        ("laws.tsv", "\tLaw\tDACA\t", "\tAgency\tDACA\t", r"laws\.tsv:\d+: unknown class 'Agency'"),
        ("laws.tsv", "\tLaw\tFOIA\t", "\tLaw\tFBI\t", r"laws\.tsv: 'FBI' is also a name in bodies\.tsv"),
        # a state's kind and postal code come from the us package: the rows leave them empty
        ("places.tsv", "\nAlabama\t\t", "\nAlabama\tstat\t", r"places\.tsv:\d+: unknown kind 'stat'"),
        (
            "places.tsv",
            "\nIndiana\t\tHoosier State\t\t\t",
            "\nIndiana\t\tHoosier State\t\tOH\t",
            r"places\.tsv:\d+: postal code 'OH' names two",
        ),
        (
            "places.tsv",
            "\tWashington State; Wash.;",
            "\tWash.; Washington State;",
            r"places\.tsv:\d+: 'Washington' has a bare meaning but its first alias does not name the state",
        ),
        ("titles.tsv", "mayor\thead\tOfficial\tplace", "mayor\tboss\tOfficial\tplace", r"titles\.tsv:\d+: unknown role"),
        ("titles.tsv", "mayor\thead\tOfficial\tplace", "mayor\thead\tOfficial\tcity", r"titles\.tsv:\d+: unknown target"),
        (
            "titles.tsv",
            "mayor\thead\tOfficial\tplace\t",
            "mayor\thead\tOfficial\tplace\tGov.",
            r"titles\.tsv:\d+: title or alias 'gov\.' names two entries",
        ),
        (
            "bodies.tsv",
            "\tICC\t\t\t\t\tQ47488",
            "\tICC\t\t\t\t\twd:47488",
            r"bodies\.tsv:\d+: wikidata 'wd:47488' is not a Wikidata item id",
        ),
        ("stance.tsv", "lemma\tpos\tstance", "lemma\tpos\tstanse", r"stance\.tsv:\d+: header must have the columns"),
        ("body_patterns.tsv", "ACLU of {state}", "ACLU of {city}", r"body_patterns\.tsv:\d+: pattern 'ACLU of \{city\}'"),
    ],
)
def test_bad_rows_are_reported_with_file_and_line(tmp_path, file, old, new, message):
    d = copy_lexicon(tmp_path)
    edit(d / file, old, new)
    with pytest.raises(LexiconError, match=message) as info:
        load_lexicon(d)
    assert isinstance(info.value, KgError) and "\n" not in str(info.value)


def test_missing_file_is_reported(tmp_path):
    d = copy_lexicon(tmp_path)
    (d / "titles.tsv").unlink()
    with pytest.raises(LexiconError, match=r"titles\.tsv: lexicon file is missing"):
        load_lexicon(d)


def test_seed_names_appear_only_in_tables_that_cover_a_whole_class():
    from kg.language.places import big_cities

    rows = [
        line.split("\t")
        for line in (default_directory() / "city_nicknames.tsv").read_text(encoding="utf-8").splitlines()[1:]
        if line and not line.startswith("#")
    ]
    assert {(r[0], r[1]) for r in rows[1:]} == big_cities(250_000)  # every US city over 250k, and no other


def test_court_spellings_courts_db_knows_are_not_rows_and_still_name_the_court(lex):
    from kg.lexicon.courts import named_court

    assert lex.body("10th Circuit Court of Appeals").name == "U.S. Court of Appeals for the Tenth Circuit"
    for body in lex.bodies:
        cid = named_court(body.name) if body.cls == "Court" else None
        assert not cid or not [a for a in body.aliases if named_court(a) == cid], body.name


def test_a_states_compass_word_written_as_its_initial_names_the_state(lex):
    assert lex.place("N Carolina").name == "North Carolina"
    assert lex.place("S. Dakota").name == "South Dakota"
