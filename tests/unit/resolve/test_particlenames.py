"""Surnames that open with a particle, which the model typed as places (kg.resolve.particlenames)."""

from __future__ import annotations

from kg.resolve.particlenames import particle_surnames


def _m(*named: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    return [(i * 100, i * 100 + len(n), n, lb) for i, (n, lb) in enumerate(named)]


def test_a_particle_surname_of_a_person_named_in_full_is_a_person():
    assert particle_surnames(_m(("Marla St. Cyrille", "Person"), ("St. Cyrille", "Place"))) == {1}
    assert particle_surnames(_m(("Joan T. Van Orsdel", "Official"), ("Van Orsdel", "Organization"))) == {1}


def test_without_a_person_of_that_surname_or_a_particle_it_stays():
    assert particle_surnames(_m(("Marla Hughes", "Person"), ("St. Cyrille", "Place"))) == set()
    assert particle_surnames(_m(("Marla Port Cyrille", "Person"), ("Port Cyrille", "Place"))) == set()
    assert particle_surnames(_m(("Marla St. Cyrille", "Person"), ("St. Cyrille", "Agency"))) == set()
    assert particle_surnames(_m(("Carmen Ellis St. Cyrille", "Person"), ("St. Cyrille", "Place"))) == set()  # two given names
