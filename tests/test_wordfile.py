"""Word .docx: body order, list numbers from numbering.xml, pages from recorded breaks (issue 11).

Documents are built here with python-docx; numbering definitions, rendered page breaks and the
other parts python-docx has no API for are written as raw WordprocessingML.
"""
from __future__ import annotations

import pathlib

import pytest

from extract.reading import pages_to_lines, path_to_pages
from extract.reading.wordfile import WordParagraph, document_to_paragraphs, open_docx, paragraphs_to_pages
from extract.reading.wordnumbering import Numbering, format_number

docx = pytest.importorskip("docx")

from docx.enum.section import WD_SECTION  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# Minute numbers "1." with lettered sub-resolutions "(a)" at the second level.
MINUTE_LIST = """
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>"""
OUTLINE_LIST = """
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3)"/></w:lvl>"""


# -- building documents --------------------------------------------------------------------

def add_list(document, num_id: int, levels: str, abstract_id: int | None = None, overrides: str = "") -> None:
    """A list instance `num_id`; with `levels`, over a new abstract definition of its own number."""
    numbering = document.part.numbering_part.element
    abstract_id = num_id if abstract_id is None else abstract_id
    if levels:
        numbering.find(qn("w:num")).addprevious(
            parse_xml(f'<w:abstractNum {WNS} w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {WNS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                               f"{overrides}</w:num>"))


def numbered(document, text: str, num_id: int, level: int = 0, style: str | None = None):
    paragraph = document.add_paragraph(text, style=style)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = num_id
    num_pr.get_or_add_ilvl().val = level
    return paragraph


def rendered_break(run) -> None:
    """Where Word broke the page when it last laid the document out: before this run's text."""
    run._r.find(qn("w:t")).addprevious(parse_xml(f"<w:lastRenderedPageBreak {WNS}/>"))


def numbered_minutes(path: pathlib.Path) -> pathlib.Path:
    """A parish council's minutes whose item numbers and sub-resolution letters are Word's."""
    document = docx.Document()
    add_list(document, 90, MINUTE_LIST)
    document.add_paragraph().add_run("LITTLE BROOK PARISH COUNCIL").bold = True
    document.add_paragraph("Minutes of the meeting of the Parish Council held on Tuesday 4 March 2025 at "
                           "7.00 pm in the Village Hall")
    document.add_paragraph("Present: Cllr J Smith (Chair), Cllr A Patel, Cllr R Green")
    document.add_paragraph("In attendance: Mrs K Brown (Clerk)")
    numbered(document, "Apologies for absence", 90)
    document.add_paragraph("Apologies were received from Cllr T White.")
    numbered(document, "Minutes of the last meeting", 90)
    document.add_paragraph("RESOLVED: that the minutes of the meeting held on 4 February 2025 be approved "
                           "as a correct record.")
    numbered(document, "Finance", 90)
    document.add_paragraph("RESOLVED:")
    numbered(document, "That the payments listed in the schedule be approved.", 90, 1)
    numbered(document, "That the budget for 2025/26 be adopted.", 90, 1)
    numbered(document, "", 90)  # an empty numbered paragraph still takes a number in Word
    numbered(document, "Playing field", 90)
    document.add_paragraph("RESOLVED:")
    numbered(document, "That the Clerk obtains three quotes for the fence.", 90, 1)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    numbered(document, "Date of next meeting", 90)
    document.add_paragraph("Tuesday 1 April 2025 at 7.00 pm.")
    document.sections[0].header.paragraphs[0].text = "Little Brook Parish Council - draft minutes"
    document.sections[0].footer.paragraphs[0].text = "Page 1"
    document.save(path)
    return path


TABLE_ROWS = [("Item", "Discussion", "Action", "Owner"),
              ("1", "Welcome and apologies", "", ""),
              ("2", "The minutes of the last meeting were agreed as a correct record.", "", ""),
              ("3", "Playground repairs: the swings are broken.", "Obtain three quotes for repairs", "Clerk"),
              ("4", "Any other business: none.", "", "")]


def table_minutes(path: pathlib.Path) -> pathlib.Path:
    """A community board's minutes kept as a table, after a heading-styled title and a page break."""
    document = docx.Document()
    document.add_heading("Riverside Community Board", 1)
    document.add_paragraph("Minutes of the meeting held on Wednesday 12 June 2024 at 6.30 pm at the "
                           "Community Centre")
    document.add_paragraph("Present: Jane Doe (Chair), Tom Lee, Priya Shah")
    document.add_paragraph("Apologies: Sam Ortiz")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    table = document.add_table(rows=len(TABLE_ROWS), cols=4)
    for r, row in enumerate(TABLE_ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(path)
    return path


def read(path: pathlib.Path) -> list[tuple[int, str]]:
    return [(line.page, line.text) for line in pages_to_lines(path_to_pages(path)[1])]


def paragraphs(path: pathlib.Path) -> list[WordParagraph]:
    return document_to_paragraphs(open_docx(path, path.read_bytes()))


# -- the two layouts -----------------------------------------------------------------------

def test_issue_11_docx_numbered_minutes_lines(tmp_path):
    assert path_to_pages(numbered_minutes(tmp_path / "m.docx"))[0] == "docx"
    assert read(tmp_path / "m.docx") == [
        (1, "LITTLE BROOK PARISH COUNCIL"),
        (1, "Minutes of the meeting of the Parish Council held on Tuesday 4 March 2025 at 7.00 pm in the Village Hall"),
        (1, "Present: Cllr J Smith (Chair), Cllr A Patel, Cllr R Green"),
        (1, "In attendance: Mrs K Brown (Clerk)"),
        (1, "1. Apologies for absence"),
        (1, "Apologies were received from Cllr T White."),
        (1, "2. Minutes of the last meeting"),
        (1, "RESOLVED: that the minutes of the meeting held on 4 February 2025 be approved as a correct record."),
        (1, "3. Finance"),
        (1, "RESOLVED:"),
        (1, "(a) That the payments listed in the schedule be approved."),
        (1, "(b) That the budget for 2025/26 be adopted."),
        (1, "5. Playing field"),
        (1, "RESOLVED:"),
        (1, "(a) That the Clerk obtains three quotes for the fence."),
        (2, "6. Date of next meeting"),
        (2, "Tuesday 1 April 2025 at 7.00 pm."),
    ]


def test_issue_11_docx_numbered_minutes_extract(tmp_path):
    from extract.pipeline import extract_file

    result = extract_file(numbered_minutes(tmp_path / "m.docx"))
    assert result.source.format == "docx" and result.source.pages == 2
    (minutes,) = result.documents
    assert minutes.kind == "minutes"
    assert minutes.meeting is not None and minutes.meeting.date == "2025-03-04"
    assert [(i.number, i.title) for i in minutes.items] == [
        ("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Finance"),
        ("5", "Playing field"), ("6", "Date of next meeting")]
    finance = minutes.items[2]
    assert [(r.number, r.text) for r in finance.resolutions] == [
        ("a", "That the payments listed in the schedule be approved."),
        ("b", "That the budget for 2025/26 be adopted.")]
    assert minutes.items[3].resolutions[0].number == "a"
    assert minutes.items[4].page == 2
    assert [(a.name, a.status, a.role) for a in minutes.attendees] == [
        ("J Smith", "present", "Chair"), ("A Patel", "present", None), ("R Green", "present", None),
        ("K Brown", "in_attendance", "Clerk"), ("T White", "apologies", None)]


def test_issue_11_docx_table_minutes_lines(tmp_path):
    assert read(table_minutes(tmp_path / "t.docx")) == [
        (1, "Riverside Community Board"),
        (1, "Minutes of the meeting held on Wednesday 12 June 2024 at 6.30 pm at the Community Centre"),
        (1, "Present: Jane Doe (Chair), Tom Lee, Priya Shah"),
        (1, "Apologies: Sam Ortiz"),
    ] + [(2, "\t".join(row)) for row in TABLE_ROWS]
    title = paragraphs(tmp_path / "t.docx")[0]
    assert (title.heading, title.bold, title.list_level) == (1, True, None)


def test_issue_11_docx_table_minutes_extract(tmp_path):
    from extract.pipeline import extract_file

    (minutes,) = extract_file(table_minutes(tmp_path / "t.docx")).documents
    assert (minutes.kind, minutes.page_start, minutes.page_end) == ("minutes", 1, 2)
    assert minutes.meeting is not None
    assert (minutes.meeting.body, minutes.meeting.date, minutes.meeting.time) == (
        "Riverside Community Board", "2024-06-12", "18:30")
    assert [(a.name, a.status) for a in minutes.attendees] == [
        ("Jane Doe", "present"), ("Tom Lee", "present"), ("Priya Shah", "present"), ("Sam Ortiz", "apologies")]
    actions = [a for item in minutes.items for a in item.actions]
    assert [(a.text, a.owner, a.page) for a in actions] == [("Obtain three quotes for repairs", "Clerk", 2)]


# -- numbering -----------------------------------------------------------------------------

def numbering(levels_by_abstract: dict[int, str], nums: str, styles: dict[str, str] | None = None) -> Numbering:
    abstracts = "".join(f'<w:abstractNum w:abstractNumId="{a}">{levels}</w:abstractNum>'
                        for a, levels in levels_by_abstract.items())
    return Numbering(parse_xml(f"<w:numbering {WNS}>{abstracts}{nums}</w:numbering>"), styles or {})


def labels(numbers: Numbering, sequence: list[tuple[str, int]]) -> list[str | None]:
    return [(found[0] if (found := numbers.next_label(num_id, ilvl)) else None) for num_id, ilvl in sequence]


def test_issue_11_numbering_deeper_levels_restart_when_a_higher_level_advances():
    numbers = numbering({1: OUTLINE_LIST}, '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    sequence = [("1", 0), ("1", 1), ("1", 1), ("1", 2), ("1", 2), ("1", 1), ("1", 2), ("1", 0), ("1", 1), ("1", 2)]
    assert labels(numbers, sequence) == ["1.", "1.1", "1.2", "i)", "ii)", "1.3", "i)", "2.", "2.1", "i)"]


def test_issue_11_numbering_lvl_restart_zero_never_restarts():
    levels = MINUTE_LIST.replace('<w:lvlText w:val="(%2)"/>', '<w:lvlText w:val="(%2)"/><w:lvlRestart w:val="0"/>')
    numbers = numbering({1: levels}, '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    assert labels(numbers, [("1", 0), ("1", 1), ("1", 1), ("1", 0), ("1", 1)]) == ["1.", "(a)", "(b)", "2.", "(c)"]


def test_issue_11_numbering_lists_of_one_definition_share_counts_and_start_overrides_restart():
    """Word's "Restart numbering" makes a new list over the same definition with a start override;
    the old list then carries on from the restarted count."""
    nums = ('<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            '<w:num w:numId="4"><w:abstractNumId w:val="1"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>')
    numbers = numbering({1: MINUTE_LIST}, nums)
    sequence = [("1", 0), ("1", 0), ("2", 0), ("3", 0), ("3", 0), ("1", 0), ("4", 0), ("4", 1), ("4", 0)]
    assert labels(numbers, sequence) == ["1.", "2.", "3.", "1.", "2.", "3.", "7.", "(a)", "8."]


def test_issue_11_numbering_formats_start_values_bullets_and_legal():
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="26"/><w:numFmt w:val="upperLetter"/>'
              '<w:lvlText w:val="%2)"/></w:lvl>'
              '<w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>'
              '<w:lvl w:ilvl="3"><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%4"/></w:lvl>'
              '<w:lvl w:ilvl="4"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>')
    numbers = numbering({1: levels}, '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    sequence = [("1", 0), ("1", 1), ("1", 1), ("1", 2), ("1", 3), ("1", 4), ("1", 0), ("1", 9), ("7", 0)]
    assert labels(numbers, sequence) == ["IV.", "Z)", "AA)", "\u2022", "4.1", None, "V.", None, None]
    assert [format_number(n, f) for n, f in [(14, "lowerRoman"), (1994, "upperRoman"), (3, "decimalZero"),
                                             (53, "lowerLetter"), (2, "ordinalText")]] == [
        "xiv", "MCMXCIV", "03", "aaa", "2"]


def test_issue_11_numbering_through_a_list_style_link():
    """A multilevel list kept as a list style: the paragraph's definition only links to the style,
    whose list has the levels."""
    nums = ('<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>')
    link = '<w:numStyleLink w:val="MinuteList"/>'
    numbers = numbering({1: MINUTE_LIST, 2: link}, nums, {"MinuteList": "1"})
    assert labels(numbers, [("2", 0), ("1", 0), ("2", 1)]) == ["1.", "2.", "(a)"]


def test_issue_11_docx_numbering_from_styles_and_direct_overrides(tmp_path):
    """Word's List Number style numbers paragraphs through the style; a paragraph's own numId 0
    takes it off; a style linked to a level gives the level."""
    document = docx.Document()
    document.add_paragraph("Chair's announcements", style="List Number")
    document.add_paragraph("Public participation", style="List Number")
    off = document.add_paragraph("Not numbered after all", style="List Number")
    off._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 0
    document.add_paragraph("Correspondence", style="List Number")
    document.add_paragraph("Grass cutting", style="List Bullet")
    add_list(document, 91, OUTLINE_LIST.replace('<w:lvl w:ilvl="1">', '<w:lvl w:ilvl="1"><w:pStyle w:val="Heading2"/>'))
    heading = document.add_heading("Budget", 2)
    heading._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 91
    path = tmp_path / "styles.docx"
    document.save(path)
    assert [(p.text, p.list_level, p.heading) for p in paragraphs(path)] == [
        ("1. Chair's announcements", 0, None), ("2. Public participation", 0, None),
        ("Not numbered after all", None, None), ("3. Correspondence", 0, None),
        ("\u2022 Grass cutting", 0, None), ("1.1 Budget", 1, 2)]


# -- pages ---------------------------------------------------------------------------------

def test_issue_11_docx_pages_from_explicit_and_rendered_breaks(tmp_path):
    document = docx.Document()
    document.add_paragraph("One")
    run = document.add_paragraph("Two").runs[0]
    run.add_break(WD_BREAK.PAGE)
    rendered_break(document.add_paragraph("Three").runs[0])  # Word's record of the break just made
    long = document.add_paragraph()
    long.add_run("Four starts here and")
    rendered_break(long.add_run(" runs on to the next page"))
    document.add_paragraph("Five")
    document.add_paragraph("Six").paragraph_format.page_break_before = True
    document.add_section(WD_SECTION.CONTINUOUS)
    document.add_paragraph("Seven")
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph("Eight")
    first = document.add_paragraph("Nine")
    first.paragraph_format.page_break_before = True
    rendered_break(first.runs[0])
    path = tmp_path / "pages.docx"
    document.save(path)
    assert read(path) == [(1, "One"), (1, "Two"), (2, "Three"), (2, "Four starts here and runs on to the next page"),
                          (3, "Five"), (4, "Six"), (4, "Seven"), (5, "Eight"), (6, "Nine")]


def test_issue_11_docx_a_page_break_inside_a_paragraph_ends_its_line(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Signed")
    paragraph.runs[0].add_break(WD_BREAK.PAGE)
    paragraph.add_run("Appendix A")
    address = document.add_paragraph("The Village Hall")
    address.runs[0].add_break()
    address.add_run("Church Lane")
    path = tmp_path / "breaks.docx"
    document.save(path)
    assert read(path) == [(1, "Signed"), (2, "Appendix A"), (2, "The Village Hall"), (2, "Church Lane")]


def test_issue_11_docx_a_row_running_on_counts_one_page(tmp_path):
    """Word records a rendered break in each cell of a row that runs on to the next page."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("1", "Welcome", "Chair"), ("2", "Budget", "Clerk"), ("3", "Close", "Chair")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
            if r == 1:
                rendered_break(table.cell(r, c).paragraphs[0].runs[0])
    path = tmp_path / "rows.docx"
    document.save(path)
    assert read(path) == [(1, "1\tWelcome\tChair"), (2, "2\tBudget\tClerk"), (2, "3\tClose\tChair")]


# -- body order and tables -----------------------------------------------------------------

def test_issue_11_docx_body_order_merged_and_nested_tables(tmp_path):
    document = docx.Document()
    document.add_paragraph("Before the table")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("Name", "Status", "Notes"), ("Cllr A Smith", "Present", ""), ("Cllr B Jones", "", "")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 2).merge(table.cell(2, 2)).text = "Both left at 8 pm"
    table.cell(2, 0).merge(table.cell(2, 1))
    inner = table.cell(0, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "see"
    inner.cell(0, 1).text = "annex"
    box = document.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "RESOLVED that the report be noted."
    box.cell(0, 0).add_paragraph("Councillor Smith abstained.")
    document.add_paragraph("After the tables")
    path = tmp_path / "tables.docx"
    document.save(path)
    assert [text for _, text in read(path)] == [
        "Before the table",
        "Name\tStatus\tNotes see annex",
        "Cllr A Smith\tPresent\tBoth left at 8 pm",
        "Cllr B Jones\t\t",
        "RESOLVED that the report be noted.",
        "Councillor Smith abstained.",
        "After the tables",
    ]


def test_issue_11_docx_text_that_is_not_printed_is_not_read(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("The motion was ")
    paragraph._p.append(parse_xml(f'<w:del {WNS} w:id="1" w:author="Clerk"><w:r><w:delText>not </w:delText>'
                                  "</w:r></w:del>"))
    paragraph._p.append(parse_xml(f'<w:ins {WNS} w:id="2" w:author="Clerk"><w:r><w:t>carried</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(f'<w:hyperlink {WNS}><w:r><w:t xml:space="preserve"> (see online)</w:t></w:r>'
                                  "</w:hyperlink>"))
    document.add_paragraph("\tRESOLVED\t\tThat the report be noted.\t")
    path = tmp_path / "revisions.docx"
    document.save(path)
    assert [text for _, text in read(path)] == ["The motion was carried (see online)",
                                                "RESOLVED\tThat the report be noted."]


def test_issue_11_docx_text_boxes_are_read_once_after_their_paragraph(tmp_path):
    """Word keeps a text box twice: as a drawing and as a fallback VML shape for older readers."""
    box = "<w:txbxContent><w:p><w:r><w:t>Clerk: Mrs K Brown</w:t></w:r></w:p></w:txbxContent>"
    shape = (f'<w:r {WNS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
             'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
             'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
             f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
             f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
             "</mc:AlternateContent></w:r>")
    document = docx.Document()
    anchor = document.add_paragraph("Little Brook Parish Council")
    anchor._p.append(parse_xml(shape))
    document.add_paragraph("Minutes")
    path = tmp_path / "box.docx"
    document.save(path)
    assert [text for _, text in read(path)] == ["Little Brook Parish Council", "Clerk: Mrs K Brown", "Minutes"]


def test_issue_11_docx_ticks_in_symbol_fonts_read_as_ticks(tmp_path):
    """An attendance grid ticked with Insert Symbol (w:sym) in one row and with a character typed
    in Wingdings or Wingdings 2 in others: Word prints each as a tick."""
    from extract.pipeline import extract_file

    document = docx.Document()
    document.add_heading("Little Brook Parish Council", 1)
    document.add_paragraph("Minutes of the meeting held on Tuesday 4 March 2025 at 7.00 pm in the Village Hall")
    grid = document.add_table(rows=4, cols=3)
    for c, header in enumerate(["Councillor", "Present", "Apologies"]):
        grid.cell(0, c).text = header
    for r, name in enumerate(["Cllr J Smith", "Cllr A Patel", "Cllr R Green"], start=1):
        grid.cell(r, 0).text = name
    grid.cell(1, 1).paragraphs[0].add_run()._r.append(parse_xml(f'<w:sym {WNS} w:font="Wingdings" w:char="F0FC"/>'))
    grid.cell(2, 2).paragraphs[0].add_run("\u00fc").font.name = "Wingdings"
    grid.cell(3, 1).paragraphs[0].add_run("P").font.name = "Wingdings 2"
    path = tmp_path / "ticks.docx"
    document.save(path)
    assert [text for _, text in read(path)][2:] == [
        "Councillor\tPresent\tApologies", "Cllr J Smith\t\u2714\t", "Cllr A Patel\t\t\u2714", "Cllr R Green\t\u2714\t"]
    (minutes,) = extract_file(path).documents
    assert [(a.name, a.status) for a in minutes.attendees] == [
        ("J Smith", "present"), ("A Patel", "apologies"), ("R Green", "present")]


def test_issue_11_docx_style_evidence(tmp_path):
    document = docx.Document()
    document.add_heading("Minutes", 0)
    document.add_heading("Planning", 2)
    mixed = document.add_paragraph()
    mixed.add_run("Present: ").bold = True
    mixed.add_run("Cllr A Smith")
    outline = document.add_paragraph("Finance")
    outline._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {WNS} w:val="2"/>'))
    path = tmp_path / "styles.docx"
    document.save(path)
    assert [(p.text, p.heading, p.bold) for p in paragraphs(path)] == [
        ("Minutes", 1, False), ("Planning", 2, True), ("Present: Cllr A Smith", None, False), ("Finance", 3, False)]


def test_issue_11_docx_paragraphs_to_pages_keeps_blank_pages_numbered():
    pages = paragraphs_to_pages([WordParagraph("Cover", 1), WordParagraph("Minutes", 3)])
    assert [(p.number, [line.text for line in p.lines]) for p in pages] == [(1, ["Cover"]), (2, []), (3, ["Minutes"])]


def test_issue_11_word_style_evidence_reaches_line_layout_fields():
    heading, numbered = paragraphs_to_pages([WordParagraph("MINUTES", 1, heading=1, bold=True),
                                             WordParagraph("(a) That the report be noted.", 1, list_level=1)])[0].lines
    assert (heading.heading, heading.bold) == (1, True)
    assert (numbered.heading, numbered.bold, numbered.indent) == (0, False, 2.0)


def run_in_minutes(path: pathlib.Path, paragraphs: list[tuple[str, str]], close: str) -> pathlib.Path:
    """Parish minutes whose items have no numbers: a bold title run in before plain text."""
    document = docx.Document()
    document.add_paragraph("Eastmere Parish Council").runs[0].bold = True
    document.add_paragraph("Minutes of the meeting held on Tuesday 4th March 2025 in the Village Hall")
    document.add_paragraph("Present: Cllrs A. Hale (Chair), B. Owusu and C. Grant.")
    for title, text in paragraphs:
        paragraph = document.add_paragraph()
        paragraph.add_run(title + close).bold = True
        paragraph.add_run(" " + text)
    document.save(path)
    return path


@pytest.mark.parametrize("close", [".", " -"])
def test_issue_11_docx_bold_run_in_titles_are_items(tmp_path, close):
    from extract.pipeline import extract_file

    path = run_in_minutes(tmp_path / "m.docx", [
        ("Allotments", "The waiting list now stands at nine. It was agreed to divide plot 4."),
        ("Village hall", "The boiler has been serviced and the Clerk reported the cost."),
        ("Footpaths", "Members noted the overgrown stile on footpath 7.")], close)
    lines = pages_to_lines(path_to_pages(path)[1])
    assert [line.lead for line in lines][-3:] == [f"Allotments{close}", f"Village hall{close}", f"Footpaths{close}"]
    minutes = extract_file(path).documents[0]
    assert [(item.number, item.title) for item in minutes.items] == [
        (None, "Allotments"), (None, "Village hall"), (None, "Footpaths")]
