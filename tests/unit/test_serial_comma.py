"""kg.lexicon.entries.serial_comma: a body's name written with or without the serial comma is one of its names."""

from __future__ import annotations

from kg.lexicon.entries import Body, serial_comma


def test_serial_comma_forms():
    assert serial_comma("Committee on Roads, Rails and Ports") == "Committee on Roads, Rails, and Ports"
    assert serial_comma("Committee on Roads, Rails, and Ports") == "Committee on Roads, Rails and Ports"
    assert serial_comma("Committee on Roads and Ports") is None  # no list: nothing to write otherwise
    assert serial_comma("Roads, Rails") is None


def test_both_forms_are_names_of_the_body():
    body = Body("Committee on Roads, Rails and Ports", "Agency", aliases=("Roads, Rails and Ports Committee",))
    assert {"Committee on Roads, Rails, and Ports", "Roads, Rails, and Ports Committee"} <= set(body.names)
