"""Reading: files -> `Line`s (one per paragraph, heading or table row; furniture gone; 1-based pages).

PDFs are written by `corpus.pdfwrite` (reportlab), so these tests need no ../shared.
"""
from __future__ import annotations

import pathlib

import pytest

from extract.reading import pages_to_lines, path_to_pages

pytest.importorskip("reportlab")

from corpus.sample.pdfwrite import write_pdf  # noqa: E402

LONG = ("The Panel considered the report of the Service Director and asked a number of questions about "
        "the sufficiency of placements for children in care, the use of agency staff and the time taken "
        "to complete assessments, and the officers answered each of them in turn.")
NEXT = "The Chair thanked the officers for their attendance and for the clear report."


def read(path: pathlib.Path) -> list[tuple[int, str]]:
    return [(line.page, line.text) for line in pages_to_lines(path_to_pages(path)[1])]


def texts(path: pathlib.Path) -> list[str]:
    return [text for _, text in read(path)]


@pytest.mark.parametrize("options", [
    {"header": "Children's Scrutiny Panel - 6 November 2017", "page_footer": True},
    {"header": "Cabinet 30 January 2025", "page_footer": "Page {n} of 3", "footer": "Draft until agreed"},
])
def test_wrapped_lines_join_and_furniture_goes(tmp_path, options):
    pdf = write_pdf(tmp_path / "m.pdf", [[("heading", "Minutes"), LONG, NEXT], [LONG], [NEXT]], **options)
    lines = read(pdf)
    assert lines == [(1, "Minutes"), (1, LONG), (1, NEXT), (2, LONG), (3, NEXT)]


def test_page_numbers_are_one_based_and_furniture_is_found_on_long_packs(tmp_path):
    pages = [[("heading", f"Item {n}"), LONG] for n in range(1, 7)]
    pdf = write_pdf(tmp_path / "pack.pdf", pages, header="Health and Wellbeing Board - 4 March 2024",
                    page_footer=True, first_page_number=11)
    assert read(pdf) == [line for n in range(1, 7) for line in [(n, f"Item {n}"), (n, LONG)]]


def test_paragraph_broken_by_a_page_end_is_joined_on_its_first_page(tmp_path):
    filler = [f"Paragraph {n} of the filler text that takes up the page." for n in range(1, 32)]
    both = f"{LONG} {LONG}"
    pdf = write_pdf(tmp_path / "m.pdf", [[*filler, both, NEXT]], page_footer=True)
    assert read(pdf)[-2:] == [(1, both), (2, NEXT)]


def test_soft_hyphenated_words_are_closed_up(tmp_path):
    words = "The committee considered safeguarding arrangements, commissioning responsibilities, " \
            "accountability frameworks and multidisciplinary partnerships across neighbourhoods " \
            "with representatives from organisations throughout the district."
    pdf = write_pdf(tmp_path / "h.pdf", [[words]], hyphenate=True)
    assert texts(pdf) == [words]


@pytest.mark.parametrize("ruled", [True, False])
def test_table_rows_have_tab_separated_cells(tmp_path, ruled):
    rows = [["Name", "Organisation"], ["Alasdair Brown", "Third Sector Leaders"],
            ["Councillor Erin Hill (Chair)", "Kirklees Council"], ["Dr Kiara Lewis", "University of Huddersfield"]]
    pdf = write_pdf(tmp_path / "t.pdf", [[("heading", "Board Members Present:"), ("table", rows, ruled), NEXT]])
    assert texts(pdf) == ["Board Members Present:", *["\t".join(r) for r in rows], NEXT]


def test_wrapped_cell_of_a_ruled_table_stays_one_cell(tmp_path):
    rows = [["Item", "Lead"], ["Supporting our children to be rounded, resilient and ready: a highly participative "
                               "session to create a shared partnership picture", "Gill Ellis"]]
    pdf = write_pdf(tmp_path / "t.pdf", [[("table", rows)]])
    assert texts(pdf) == ["Item\tLead", "\t".join(rows[1])]


def test_two_columns_are_read_one_after_the_other(tmp_path):
    left = ["The left column opens with this paragraph, which is long enough to wrap over several lines "
            "of the narrow column.", "A second paragraph in the left column, also wrapping over lines."]
    right = ["The right column has its own paragraph, which also wraps over several lines of the column "
             "and must not be mixed with the left one.", "And a last paragraph in the right column."]
    pdf = write_pdf(tmp_path / "c.pdf", [[("heading", "Newsletter"), ("columns", [*left, ("break",), *right]),
                                          "A closing paragraph across the page."]])
    assert texts(pdf) == ["Newsletter", *left, *right, "A closing paragraph across the page."]


def test_bullets_and_numbered_points_start_new_lines(tmp_path):
    points = ["1. That the report be noted and the officers be thanked for their work on this matter.",
              "2. That a further report be brought to the next meeting of the Panel in the new year."]
    bullets = ["Daily meeting in the multi agency safeguarding hub to review every new referral received",
               "Missing profile created and shared with the police and the other partner agencies"]
    pdf = write_pdf(tmp_path / "b.pdf", [[*points, *[("bullet", b) for b in bullets]]])
    assert texts(pdf) == [*points, *[f"\u2022 {b}" for b in bullets]]


def test_agenda_item_stamp_is_kept_once_and_blank_pages_go(tmp_path):
    pdf = write_pdf(tmp_path / "p.pdf", [
        [("heading", "Agenda"), NEXT],
        ["This page is intentionally left blank"],
        [("stamp", "Agenda Item 6"), ("heading", "Annual Report"), LONG],
        [("stamp", "Agenda Item 6"), NEXT],
    ], page_footer=True)
    assert read(pdf) == [(1, "Agenda"), (1, NEXT), (3, "Agenda Item 6"), (3, "Annual Report"), (3, LONG), (4, NEXT)]


def test_text_form_feeds_are_pages_and_markup_fragments_go(tmp_path):
    path = tmp_path / "pack.txt"
    path.write_text("Minutes\n\n**Thursday 16th March 2017\nAt Broad Lea House**\n\f"
                    "3\t<p>Supporting our Children</p> <p>A session.</p>\tGill Ellis\n"
                    "<ul><li>First point</li><li>Second &amp; last</li></ul>\n| | |\n|---|---|\n", encoding="utf-8")
    assert read(path) == [(1, "Minutes"), (1, "Thursday 16th March 2017"), (1, "At Broad Lea House"),
                          (2, "3\tSupporting our Children A session.\tGill Ellis"),
                          (2, "First point Second & last")]


MARKUP_CASES = {
    "minutes.md": (
        '---\ntitle: "Minutes April"\ndate: "2018-07-29"\n---\n\n# Parish Council\n\n'
        "PRESENT: Cllr R. Crisp (Chairperson),\nCllr C. Anderson.\n\n1\\. PUBLIC FORUM **None** were raised.\n\n"
        "| Name | Organisation |\n| --- | :---: |\n| Jo Bloggs | Healthwatch |\n",
        ["Parish Council", "PRESENT: Cllr R. Crisp (Chairperson), Cllr C. Anderson.",
         "1. PUBLIC FORUM None were raised.", "Name\tOrganisation", "Jo Bloggs\tHealthwatch"]),
    "actions.markdown": (
        "## Actions\n\n- Clerk to write to the school\n- Chair to\n  call the police\n\n"
        "|Action|Owner|Due|\n|:--|--|--|\n|Repair the gate|Clerk|May 2024|\n",
        ["Actions", "- Clerk to write to the school", "- Chair to call the police",
         "Action\tOwner\tDue", "Repair the gate\tClerk\tMay 2024"]),
    "minutes.html": (
        "<html><head><title>x</title><style>p{}</style></head><body><h1>Cabinet</h1>"
        "<p>Members&nbsp;present: Cllr A &amp; Cllr B</p><table><tr><th>Action</th><th>Owner</th></tr>"
        "<tr><td>Write to the school</td><td>Clerk</td></tr></table><ul><li>One</li><li>Two</li></ul></body></html>",
        ["Cabinet", "Members present: Cllr A & Cllr B", "Action\tOwner", "Write to the school\tClerk", "One", "Two"]),
    "minutes.htm": (
        "<div>RESOLVED:<br>That the report be noted.</div><div><b>Present:</b> Cllr Smith</div>"
        "<script>var x = 1;</script><table><tr><td>Smith</td><td></td><td>Apologies</td></tr></table>",
        ["RESOLVED:", "That the report be noted.", "Present: Cllr Smith", "Smith\t\tApologies"]),
    "wrapped-at-72.txt": (
        "TOWN COUNCIL\n\nMinutes of the meeting of the Town Council held on Monday 15 May 2023 at\n"
        "7.00pm in the Council Chamber\n\nPresent: Cllr A Jones (Mayor), Cllr B Khan, Cllr C Lewis, Cllr D Moore,\n"
        "Cllr E Novak\n\n1. It was RESOLVED that the minutes of the meeting held on 17 April 2023\n"
        "be approved.\n2. Apologies were received from Cllr F Owen.\n",
        ["TOWN COUNCIL", "Minutes of the meeting of the Town Council held on Monday 15 May 2023 at 7.00pm in the "
         "Council Chamber", "Present: Cllr A Jones (Mayor), Cllr B Khan, Cllr C Lewis, Cllr D Moore, Cllr E Novak",
         "1. It was RESOLVED that the minutes of the meeting held on 17 April 2023 be approved.",
         "2. Apologies were received from Cllr F Owen."]),
    "wrapped-at-60.text": (
        "ACTIONS\n- Clerk to write to the County Council about the state of\n  the footpath at Mill Lane\n"
        "- Chair to meet the headteacher of the primary school about\n  parking at the start of the day\n"
        "Name\tOrganisation\nJo Bloggs\tHealthwatch\n",
        ["ACTIONS", "- Clerk to write to the County Council about the state of the footpath at Mill Lane",
         "- Chair to meet the headteacher of the primary school about parking at the start of the day",
         "Name\tOrganisation", "Jo Bloggs\tHealthwatch"]),
    "one-paragraph-a-line.txt": (
        "Minutes\n" + LONG + "\n" + NEXT + "\nRESOLVED:\nThat the report be noted.\n",
        ["Minutes", LONG, NEXT, "RESOLVED:", "That the report be noted."]),
}


@pytest.mark.parametrize("name", MARKUP_CASES)
def test_markup_becomes_plain_lines(tmp_path, name):
    source, expected = MARKUP_CASES[name]
    (tmp_path / name).write_text(source, encoding="utf-8")
    assert texts(tmp_path / name) == expected


@pytest.mark.golden
def test_issue_2_seed_lines_are_recovered_from_the_shared_pdfs(shared):
    import difflib

    recovered = total = 0
    for pdf in sorted((shared / "corpus" / "pdf").glob("*.pdf")):
        want = texts(shared / "corpus" / "seeds" / f"{pdf.stem}.txt")
        got = set(texts(pdf))
        total += len(want)
        recovered += sum(1 for line in want if line in got or difflib.get_close_matches(line, got, 1, 0.9))
    assert recovered / total >= 0.97


def test_issue_2_numbers_sharing_a_row_at_the_page_edge_are_not_page_numbers():
    from extract.reading.furniture import rows_without_furniture
    from extract.reading.pdftext import PdfPage, Segment
    from extract.reading.rows import segments_to_rows

    def page(number: int, *rows: list[tuple[float, str]], top: float = 40.0) -> PdfPage:
        segs = [Segment(text, x, x + 6 * len(text), top + 14 * i, top + 14 * i + 12, 10.0)
                for i, row in enumerate(rows) for x, text in row]
        return PdfPage(number, 595.0, 842.0, [*segs, Segment(str(number), 290, 300, 800, 812, 10.0)], [])

    pages = [page(1, [(63, "3"), (223, "Supporting our children")], [(63, "Level"), (300, "2015/2016")]),
             page(2, [(63, "Page 2"), (400, "Agenda Item 4")])]
    kept = [[s.text for s in p.segments] for p in rows_without_furniture(segments_to_rows(pages))]
    assert kept == [["3", "Supporting our children", "Level", "2015/2016"], ["Agenda Item 4"]]


def test_issue_2_a_line_ending_on_a_preposition_carries_on_into_a_dated_line(tmp_path):
    """Hard-wrapped text: "... repairs by" / "30 September 2023." is one paragraph, although a
    line opening with a number before a capital usually starts a list item."""
    wrapped = ("Cllr Cole reported that the survey of the hall roof had been completed and that\n"
               "the flat roof over the kitchen needed replacing.\n"
               "ACTION: Cllr Cole to obtain three quotations for the roof repairs by\n"
               "30 September 2023.\n")
    path = tmp_path / "parish.txt"
    path.write_text(wrapped, encoding="utf-8")
    texts = [line.text for line in pages_to_lines(path_to_pages(path)[1])]
    assert texts[-1] == "ACTION: Cllr Cole to obtain three quotations for the roof repairs by 30 September 2023."


Labelled = tuple[str, str, float, float]


def draw_labelled(path: pathlib.Path, blocks: list[Labelled], font: str, size: float,
                  space: float = 0.6) -> pathlib.Path:
    """A Word-like page: each block is (label, text, label x, text x); the label sits at a tab
    stop left of its text and the text's wrapped lines hang under the text, not the label;
    `space`: the space after a block, in font sizes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(font, size)
    y, right = A4[1] - 72, A4[0] - 72
    for label, text, label_x, text_x in blocks:
        if label:
            c.drawString(label_x, y, label)
        for line in simpleSplit(text, font, size, right - text_x):
            c.drawString(text_x, y, line)
            y -= size * 1.2
        y -= size * space
    c.save()
    return path


CLAUSES = ["That the virement of £350,000 from the corporate contingency to the Adult Social Care placements "
           "budget be approved, subject to the conditions set out in the report of the Director of Finance.",
           "That the Director of Finance report the final outturn for the year to the meeting in June."]


@pytest.mark.parametrize(("labels", "label_x", "text_x", "font", "size"), [
    (["(1)", "(2)"], 72, 102, "Helvetica", 10),
    (["a)", "b)"], 126, 162, "Times-Roman", 11),
])
def test_labelled_clauses_with_a_hanging_indent_are_one_line_each(tmp_path, labels, label_x, text_x, font, size):
    blocks = [("", "RESOLVED:", label_x, label_x)]
    blocks += [(label, text, label_x, text_x) for label, text in zip(labels, CLAUSES, strict=True)]
    pdf = draw_labelled(tmp_path / "r.pdf", blocks, font, size)
    assert texts(pdf) == ["RESOLVED:", *[f"{label} {text}" for label, text in zip(labels, CLAUSES, strict=True)]]


@pytest.mark.parametrize("number", ["45.", "CAB/24/12"])
def test_minute_number_in_a_gutter_reads_with_its_title_and_the_body_under_it_joins(tmp_path, number):
    body = [LONG, NEXT]
    blocks = [(number, "BUDGET MONITORING - QUARTER 3", 72, 144)] + [("", text, 144, 144) for text in body]
    pdf = draw_labelled(tmp_path / "m.pdf", blocks, "Helvetica", 10)
    assert texts(pdf) == [f"{number} BUDGET MONITORING - QUARTER 3", *body]


@pytest.mark.parametrize("ruled", [True, False])
def test_header_row_repeated_on_a_continuation_page_is_dropped(tmp_path, ruled):
    header = ["Ref", "Action", "Owner", "Due"]
    first = [header, ["A1", "Circulate the paper", "Chief Nurse", "25/01/2024"]]
    second = [header, ["A2", "Update the register", "Secretary", "28/03/2024"]]
    pdf = write_pdf(tmp_path / "t.pdf", [[("table", first, ruled)], [("table", second, ruled), NEXT]])
    assert read(pdf) == [(1, "\t".join(header)), (1, "\t".join(first[1])), (2, "\t".join(second[1])), (2, NEXT)]


@pytest.mark.parametrize(("rows", "font_size"), [
    ([["Councillor Rachel Okafor (Chair)", "Councillor Tom Brierley", "Councillor Priya Nandra"],
      ["Councillor Gareth Lyle (Vice-Chair)", "Councillor Susan Atherton", "Councillor Michael Doyle"]], 10),
    ([["Circulate the ward-level healthy life expectancy data to all Board members and partners", "Gail Summers"],
      ["Arrange the Board development session", "Colin Nash"]], 11),
])
def test_wrapped_cell_of_a_borderless_table_stays_one_cell(tmp_path, rows, font_size):
    pdf = write_pdf(tmp_path / "t.pdf", [[LONG, ("table", rows, False), NEXT]], font_size=font_size)
    assert texts(pdf) == [LONG, *["\t".join(r) for r in rows], NEXT]


def test_a_line_under_a_minute_number_is_not_a_wrapped_cell(tmp_path):
    """Kent's gutter: "84." with "(Item 1)" set under it is a number and a note, not one cell."""
    pdf = draw_labelled(tmp_path / "k.pdf", [("84.", "Apologies", 72, 108), ("", "(Item 1)", 72, 72)], "Helvetica", 10)
    assert texts(pdf) == ["84. Apologies", "(Item 1)"]


@pytest.mark.parametrize("footer", ["Chair's initials ______", "Chairman's Initials: ..........."])
def test_chairs_initials_box_goes_even_from_a_one_page_document(tmp_path, footer):
    pdf = write_pdf(tmp_path / "m.pdf", [[("heading", "Minutes"), LONG, NEXT]], footer=footer, page_footer=True)
    assert texts(pdf) == ["Minutes", LONG, NEXT]


def test_a_sub_clause_under_a_labelled_clause_starts_its_own_line(tmp_path):
    clause = CLAUSES[0] + " The following conditions apply to the virement and its reporting:"
    blocks = [("(1)", clause, 72, 102), ("(a)", "the virement is reported to the next meeting.", 102, 130)]
    pdf = draw_labelled(tmp_path / "s.pdf", blocks, "Helvetica", 10, space=0)
    assert texts(pdf) == [f"(1) {clause}", "(a) the virement is reported to the next meeting."]


JUDGEMENTS = [("The impact of leaders on social work practice with children and families", "Good"),
              ("The experiences and progress of children who need help and protection", "Good"),
              ("The experiences and progress of children in care and of care leavers, including the "
               "sufficiency of homes close to where they grew up", "Outstanding"),
              ("Overall effectiveness", "Inadequate")]


def draw_grade_table(path: pathlib.Path, rows: list[tuple[str, str]], align: str, font: str, size: float,
                     area_width: float, row_space: float, gap: float) -> pathlib.Path:
    """A borderless two-column table as Word sets it: the area wraps in its cell and the grade
    sits at the top, middle or bottom of the area's lines (half a line down when centred beside
    an even number of lines); `row_space`: the space between rows, `gap`: between the area's
    column and the grade, in font sizes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(font, size)
    leading, y = size * 1.2, A4[1] - 72
    c.drawString(72, y, LONG[:80])
    y -= leading * 2
    for area, grade in rows:
        lines = simpleSplit(area, font, size, area_width)
        for i, line in enumerate(lines):
            c.drawString(72, y - i * leading, line)
        at = {"top": 0, "middle": (len(lines) - 1) / 2, "bottom": len(lines) - 1}[align]
        c.drawString(72 + area_width + gap * size, y - at * leading, grade)
        y -= len(lines) * leading + row_space * size
    c.drawString(72, y - leading, NEXT)
    c.save()
    return path


@pytest.mark.parametrize("align", ["top", "middle", "bottom"])
@pytest.mark.parametrize(("font", "size", "area_width", "row_space", "gap", "header"), [
    ("Helvetica", 10, 220, 0.8, 1.8, ("Judgement", "Grade")),
    ("Times-Roman", 11, 180, 0.5, 1.8, None),
    # Word's cell margins: a full line of the area comes closer to the grade than a cell gap
    ("Helvetica", 10, 250, 0.6, 1.1, ("Area", "Grade")),
])
def test_grade_beside_a_wrapped_cell_of_a_borderless_table_reads_as_one_row(
        tmp_path, align, font, size, area_width, row_space, gap, header):
    rows = ([header] if header else []) + JUDGEMENTS
    pdf = draw_grade_table(tmp_path / "j.pdf", rows, align, font, size, area_width, row_space, gap)
    assert texts(pdf) == [LONG[:80], *["\t".join(r) for r in rows], NEXT]


@pytest.mark.parametrize(("header", "heading", "opening", "kept"), [
    ("Fire Authority - 15 December 2023", "DALESHIRE FIRE AND RESCUE AUTHORITY",
     "MINUTES OF THE MEETING OF THE FIRE AND RESCUE AUTHORITY HELD AT SERVICE HEADQUARTERS ON FRIDAY "
     "15 DECEMBER 2023 AT 10.30 AM", False),
    ("Cabinet - Tuesday, 12 March 2024", "Minutes",
     "Minutes of a meeting of the Cabinet held on Tuesday, 12 March 2024 at 7.00 pm", False),
    ("Draft minutes - Cabinet - 12 March 2024", "Minutes",
     "Minutes of a meeting of the Cabinet held on Tuesday, 12 March 2024 at 7.00 pm", True),
])
def test_running_header_repeating_the_heading_of_a_one_page_document_goes(tmp_path, header, heading, opening, kept):
    """A one-page document's header cannot be told by repetition; it goes only when every word of
    it is in the heading under it, so nothing is lost ("Draft" is not: that header stays)."""
    pdf = write_pdf(tmp_path / "m.pdf", [[("heading", heading), opening, NEXT]], header=header, page_footer=True)
    assert texts(pdf) == [header] * kept + [heading, opening, NEXT]
