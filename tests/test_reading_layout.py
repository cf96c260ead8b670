"""Reading carries how the page sets each `Line` (issue 11: structure from the page, not from
wording): `size` over the body text's, `bold`, `italic`, `indent` in ems from the text margin, and
a `heading` level, from PDF fonts and from Markdown and HTML markup alike."""
from __future__ import annotations

import pathlib
from dataclasses import dataclass

import pytest

from extract.reading import pages_to_lines, path_to_pages
from extract.reading.heading_levels import lines_with_heading_levels
from extract.records import Line

LONG = ("The Panel considered the report of the Service Director and asked a number of questions about "
        "the sufficiency of placements for children in care and the time taken to complete assessments.")
# Sizes come from the characters' boxes, whose height varies a little from font to font.
BODY_SIZE = pytest.approx(1.0, abs=0.05)


@dataclass
class Block:
    """A paragraph drawn from `x`, wrapped at the right margin."""

    text: str
    font: str = "Helvetica"
    size: float = 10
    x: float = 72
    beside: tuple[str, str, float] | None = None  # (text, font, x): a cell or a title on its first line
    stroked: bool = False  # filled and stroked (text render mode 2)
    underlined: bool = False  # a rule under the first line, as a word processor draws it


def draw(path: pathlib.Path, blocks: list[Block]) -> pathlib.Path:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 72
    for block in blocks:
        for i, line in enumerate(simpleSplit(block.text, block.font, block.size, A4[0] - 72 - block.x)):
            c.saveState()
            text = c.beginText(block.x, y)
            text.setFont(block.font, block.size)
            text.setTextRenderMode(2 if block.stroked else 0)
            text.textOut(line)
            c.drawText(text)
            c.restoreState()
            end = block.x + c.stringWidth(line, block.font, block.size)
            if block.beside and i == 0:
                beside, font, x = block.beside
                c.setFont(font, block.size)
                c.drawString(x, y, beside)
                end = x + c.stringWidth(beside, font, block.size)
            if block.underlined and i == 0:
                c.setLineWidth(block.size / 20)
                c.line(block.x, y - block.size / 8, end, y - block.size / 8)
            y -= block.size * 1.25
        y -= block.size * 0.8
    c.save()
    return path


def read(path: pathlib.Path) -> dict[str, Line]:
    return {line.text: line for line in pages_to_lines(path_to_pages(path)[1])}


def test_issue_11_a_helvetica_page_sets_title_heading_indent_and_italics(tmp_path):
    lines = read(draw(tmp_path / "cabinet.pdf", [
        Block("CABINET", "Helvetica-Bold", 16, x=240),
        Block("Minutes of the meeting held on Thursday, 9 January 2025."),
        Block("Apologies for Absence", "Helvetica-Bold"),
        Block(LONG),
        Block("Apologies were received from Mr Brown and Mrs Green, who were both unwell.", x=108),
        Block("These minutes are a draft until they are agreed.", "Helvetica-Oblique"),
    ]))
    title, heading, body = lines["CABINET"], lines["Apologies for Absence"], lines[LONG]
    assert (title.bold, title.heading, title.size) == (True, 1, pytest.approx(1.6, abs=0.05))
    assert (heading.bold, heading.heading, heading.size, heading.indent) == (True, 2, BODY_SIZE, 0.0)
    assert (body.bold, body.italic, body.heading, body.size, body.indent) == (False, False, 0, BODY_SIZE, 0.0)
    assert lines["Apologies were received from Mr Brown and Mrs Green, who were both unwell."].indent == (
        pytest.approx(3.6, abs=0.15))
    assert lines["These minutes are a draft until they are agreed."].italic


def test_issue_11_a_times_page_sets_a_numbered_bold_item_and_a_plain_table_row(tmp_path):
    lines = read(draw(tmp_path / "parish.pdf", [
        Block("PARISH COUNCIL MINUTES", "Times-Bold", 18, x=180),
        Block("Cllr A Smith", "Times-Roman", 12, beside=("Chairman", "Times-Roman", 300)),
        Block("Cllr B Jones", "Times-Roman", 12, beside=("Vice-Chairman", "Times-Roman", 300)),
        Block("12.", "Times-Roman", 12, beside=("Planning Applications", "Times-Bold", 108)),
        Block(LONG, "Times-Roman", 12, x=108),
        Block("The meeting closed at 9.15 pm.", "Times-Roman", 12),
    ]))
    title, item, row = (lines["PARISH COUNCIL MINUTES"], lines["12. Planning Applications"],
                        lines["Cllr A Smith\tChairman"])
    assert (title.bold, title.heading, title.size) == (True, 1, pytest.approx(1.5, abs=0.05))
    assert (item.bold, item.heading, item.size, item.indent) == (True, 2, BODY_SIZE, 0.0)
    assert (row.bold, row.heading, row.size) == (False, 0, BODY_SIZE)
    assert lines[LONG].indent == pytest.approx(3.0, abs=0.15) and not lines[LONG].heading
    assert lines["The meeting closed at 9.15 pm."].indent == 0.0


def test_issue_11_text_filled_and_stroked_is_bold(tmp_path):
    """Word thickens a font that has no bold face by stroking its outline too."""
    lines = read(draw(tmp_path / "stroked.pdf", [Block("Matters Arising", stroked=True), Block(LONG)]))
    assert lines["Matters Arising"].bold and lines["Matters Arising"].heading == 1
    assert not lines[LONG].bold


def test_issue_11_underlined_item_titles_are_headings(tmp_path):
    """Parish minutes often underline their item titles in a plain font (no bold anywhere)."""
    lines = read(draw(tmp_path / "parish.pdf", [
        Block("Milburn Parish Council - 26th January 2021", "Times-Roman", 12, x=200, underlined=True),
        Block("Present", "Times-Roman", 12, underlined=True),
        Block("Councillors D Richardson (Chair), R Healey, M Armstrong and N Cresswell", "Times-Roman", 12),
        Block("21.01.03 Minutes", "Times-Roman", 12, underlined=True),
        Block(LONG, "Times-Roman", 12),
    ]))
    assert [(line.underline, line.heading, line.bold) for line in lines.values()] == [
        (True, 1, False), (True, 1, False), (False, 0, False), (True, 1, False), (False, 0, False)]


def test_issue_11_links_and_table_borders_are_not_underlines(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    y = A4[1] - 100
    c.drawString(72, y, "Background documents")
    c.line(72, y - 1.3, 72 + c.stringWidth("Background documents", "Helvetica", 10), y - 1.3)
    c.drawString(72, y - 20, "Appendix 1 Service Offer Comparison")
    c.line(72, y - 21.3, 72 + c.stringWidth("Appendix 1 Service Offer Comparison", "Helvetica", 10), y - 21.3)
    c.linkURL("https://example.org/a1", (72, y - 24, 260, y - 10))
    for row, (name, role) in enumerate([("Name", "Role"), ("Jo Bloggs", "Chair"), ("Sam Patel", "Clerk")]):
        top = y - 60 - 16 * row  # the text sits on the cell's bottom border, as close as an underline
        c.drawString(76, top - 14.5, name)
        c.drawString(176, top - 14.5, role)
        for x0, y0, x1, y1 in [(72, top, 272, top), (72, top - 16, 272, top - 16), (72, top, 72, top - 16),
                               (172, top, 172, top - 16), (272, top, 272, top - 16)]:
            c.line(x0, y0, x1, y1)  # each border its own path, as word processors draw them
    c.save()
    lines = read(path)
    assert lines["Background documents"].underline
    assert not lines["Appendix 1 Service Offer Comparison"].underline
    assert not any(lines[row].underline for row in ["Name\tRole", "Jo Bloggs\tChair", "Sam Patel\tClerk"])


def read_text(tmp_path: pathlib.Path, name: str, source: str) -> list[Line]:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return pages_to_lines(path_to_pages(path)[1])


def fields(lines: list[Line]) -> list[tuple[str, bool, float, int]]:
    return [(line.text, line.bold, line.indent, line.heading) for line in lines]


def test_issue_11_markdown_headings_bold_lines_and_list_depth(tmp_path):
    source = """# Parish Council
## Minutes of the meeting of 3 September 2019

**Present:** Cllr Ann Whitby, Cllr Mark Doyle, Cllr Heather Flint

**Apologies**

1. **Planning applications**
   - 24/0031 Barn conversion at Low Farm
2. Finance
The meeting closed at 9 pm.
"""
    assert fields(read_text(tmp_path, "m.md", source)) == [
        ("Parish Council", False, 0.0, 1),
        ("Minutes of the meeting of 3 September 2019", False, 0.0, 2),
        ("Present: Cllr Ann Whitby, Cllr Mark Doyle, Cllr Heather Flint", False, 0.0, 0),
        ("Apologies", True, 0.0, 3),
        ("1. Planning applications", True, 2.5, 3),
        ("- 24/0031 Barn conversion at Low Farm", False, 5.0, 0),
        ("2. Finance The meeting closed at 9 pm.", False, 2.5, 0),
    ]


def test_issue_11_markdown_bold_titles_without_hashes_are_headings(tmp_path):
    """Minutes exported from Word bold each line of a title on its own ("**...**" "**...**")."""
    source = """**Item 1:**

**To approve the Minutes of the Home and Social Development Strategic**
**Policy Committee meeting held 11th** **September 2017**

Proposed by Councillor Keary and seconded by Councillor McMahon.
"""
    assert fields(read_text(tmp_path, "limerick.md", source)) == [
        ("Item 1:", True, 0.0, 1),
        ("To approve the Minutes of the Home and Social Development Strategic Policy Committee meeting held 11th "
         "September 2017", True, 0.0, 0),  # bold, but too long for a heading
        ("Proposed by Councillor Keary and seconded by Councillor McMahon.", False, 0.0, 0),
    ]


def test_issue_11_html_headings_strong_emphasis_and_nested_lists(tmp_path):
    source = """<html><body><h1>Community Safety Partnership</h1><h3>Minutes</h3>
<p><strong>Apologies</strong></p><p><em>Draft until approved</em></p><p><u>Matters arising</u></p>
<ul><li>Anti-social behaviour<ul><li>Town centre patrols</li></ul></li></ul>
<table><tr><td><b>Name</b></td><td><b>Role</b></td></tr><tr><td>Jo Bloggs</td><td>Chair</td></tr></table>
</body></html>"""
    lines = read_text(tmp_path, "m.html", source)
    assert fields(lines) == [
        ("Community Safety Partnership", False, 0.0, 1),
        ("Minutes", False, 0.0, 3),
        ("Apologies", True, 0.0, 4),
        ("Draft until approved", False, 0.0, 0),
        ("Matters arising", False, 0.0, 5),  # underlined: ranked below bold
        ("Anti-social behaviour", False, 2.5, 0),
        ("Town centre patrols", False, 5.0, 0),
        ("Name\tRole", True, 0.0, 0),  # a table row is never a heading
        ("Jo Bloggs\tChair", False, 0.0, 0),
    ]
    assert [(line.italic, line.underline) for line in lines][3:5] == [(True, False), (False, True)]
    assert all(line.size is None for line in lines)


def test_issue_11_html_bold_numbered_titles_over_plain_text(tmp_path):
    source = "<p><b>1. Apologies for absence</b><br>None were received.</p><p><b>2. Minutes</b></p>"
    assert fields(read_text(tmp_path, "parish.html", source)) == [
        ("1. Apologies for absence", True, 0.0, 1), ("None were received.", False, 0.0, 0),
        ("2. Minutes", True, 0.0, 1)]


@pytest.mark.parametrize("lines, levels", [
    # a 14-point title over 11-point bold headings; a larger plain line ranks above a bold one
    ([Line("CABINET", 1, size=1.3, bold=True), Line("Apologies", 1, size=1.0, bold=True),
      Line("Summary", 1, size=1.2), Line("The Cabinet noted the report.", 1, size=1.0)], [1, 3, 2, 0]),
    # markup levels stand; a bold line ranks below them; a long bold paragraph is not a heading
    ([Line("Minutes", 1, heading=2), Line("Present:", 1, bold=True),
      Line(" ".join(["word"] * 16), 1, bold=True)], [2, 3, 0]),
])
def test_issue_11_heading_levels_rank_by_type(lines, levels):
    assert [line.heading for line in lines_with_heading_levels(lines)] == levels


def test_issue_11_a_line_still_needs_only_text_and_page():
    line = Line("Apologies", 3)
    assert (line.size, line.bold, line.italic, line.indent, line.heading) == (None, False, False, 0.0, 0)
