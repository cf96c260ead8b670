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


def test_issue_11_a_sites_navigation_menu_is_not_text() -> None:
    source = """<header><a href="/">Home</a><nav><ul><li><a href="/a">Village</a></li>
      <li><a href="/b">Minutes of meetings 2001-2021</a></li></ul></nav></header>
      <main><h1>Parish Council Minutes</h1><p>Present: A Brown</p></main>"""
    assert rows(source) == ["Home", "Parish Council Minutes", "Present: A Brown"]


def test_issue_11_a_navigation_bar_inside_the_page_body_is_not_text() -> None:
    source = """<body><div class="menu"><nav role="navigation">
      <a href="/">Home</a> | <a href="/m">Meetings</a></nav></div>
      <article><h2>Minutes of the Town Council</h2><p>held on 2 May 2019</p></article></body>"""
    assert rows(source) == ["Minutes of the Town Council", "held on 2 May 2019"]
