"""Markup to lines (extract/reading/markup.py): definition lists read as two-cell rows."""
from __future__ import annotations

from extract.reading.markup import html_to_text


def rows(source: str) -> list[str]:
    return [line for line in html_to_text(source).splitlines() if line]


def test_definition_list_terms_and_definitions_are_rows() -> None:
    source = """<dl>
      <dt>Panel members</dt>
      <dd>Gillian Marsh (Chair); Peter Okafor</dd>
      <dt>Apologies</dt><dd>Fatima Noor</dd>
    </dl><p>The panel was quorate.</p>"""
    assert rows(source) == ["Panel members\tGillian Marsh (Chair); Peter Okafor", "Apologies\tFatima Noor",
                            "The panel was quorate."]


def test_a_second_definition_of_one_term_is_its_own_line() -> None:
    source = "<dl><dt><strong>Present</strong></dt><dd>A Brown</dd><dd>C Davis</dd></dl>"
    assert rows(source) == ["Present\tA Brown", "C Davis"]


def test_a_definition_without_a_term_is_its_own_line() -> None:
    assert rows("<p>Attendance</p><dd>A Brown</dd>") == ["Attendance", "A Brown"]
