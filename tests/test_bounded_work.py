"""Bounded work (issue 13): memory per page, not per document; work per line, not per document.

Counts, not timings (the figures live in benchmarks/pack_memory.py and benchmarks/text_scaling.py).
"""
from __future__ import annotations

import gc
import pathlib
import weakref

import pytest
from click.testing import CliRunner

import cli
from extract.reading import path_to_pages, tables

ROWS = [["Ref", "Action", "Owner"], ["A1", "Write to the school", "Clerk"], ["A2", "Report back", "Chair"]]


def test_issue_13_reading_a_pack_keeps_no_earlier_plumber_page_alive(tmp_path: pathlib.Path, monkeypatch) -> None:
    """pdfplumber's page caches (every character and its layout) are megabytes a page: each page
    is released before the next is read, not kept until the file is done."""
    pytest.importorskip("reportlab")
    from corpus.sample.pdfwrite import write_pdf

    pdf = write_pdf(tmp_path / "pack.pdf", [[f"Item {n} of the pack.", ("table", ROWS)] for n in range(1, 13)])
    pages: list[weakref.ref] = []
    alive: list[int] = []
    read = tables.plumber_page_to_tables

    def spy(page):
        gc.collect()
        alive.append(sum(1 for ref in pages if ref() is not None))
        pages.append(weakref.ref(page))
        return read(page)

    monkeypatch.setattr(tables, "plumber_page_to_tables", spy)
    path_to_pages(pdf)
    assert len(pages) == 12
    assert max(alive) == 0


def test_issue_13_a_decision_is_compared_with_a_bounded_number_of_resolutions(monkeypatch) -> None:
    """An item of hundreds of resolutions and decisions (a licensing board's list) compares each
    decision with the resolutions beside it, not with every resolution of the item."""
    from extract.finders import decisions
    from extract.records import Line
    from extract.structure.items import block_to_item

    calls = {"restates": 0, "content_stems": 0}

    def counted(name: str):
        real = getattr(decisions, name)

        def call(*args):
            calls[name] += 1
            return real(*args)
        return call

    for name in calls:
        monkeypatch.setattr(decisions, name, counted(name))
    body = [Line(text, 1) for n in range(300) for text in (
        f"RESOLVED that the application for premises {n} on the high street be granted.",
        f"It was agreed that the licence conditions for venue {n} would be reviewed in the spring.")]
    item = block_to_item("1", "Licensing applications", 1, body, None)
    assert len(item.resolutions) == 300 and len(item.decisions) == 300
    # each record's words are read once; each decision is set beside a bounded number of resolutions
    assert calls["content_stems"] == len(item.resolutions) + len(item.decisions)
    assert calls["restates"] <= 2 * decisions.RESTATES_NEAREST * len(item.decisions)


def test_issue_13_a_decision_beside_its_resolution_is_still_that_resolution() -> None:
    from extract.records import Line
    from extract.structure.items import block_to_item

    body = [Line(f"RESOLVED that the report on route {n} be noted.", 1) for n in range(60)]
    body[30:30] = [Line("The Chair agreed to forward the residents' questions on parking to the highways officer.", 1),
                   Line("RESOLVED - That the residents' questions on parking be forwarded to the highways officer.", 1)]
    item = block_to_item("1", "Questions", 1, body, None)
    assert len(item.resolutions) == 61 and item.decisions == []


def test_issue_13_item_headings_look_at_each_line_once_however_many_lists_restart(monkeypatch) -> None:
    """A long item holding hundreds of numbered lists ("1) ...", "2) ...") asks, for each, whether
    a section heading stands before it: the lines are looked at once, not once a list."""
    from extract.records import Line
    from extract.structure import headings

    calls = 0
    is_caps_line = headings.is_caps_line

    def counted(text: str) -> bool:
        nonlocal calls
        calls += 1
        return is_caps_line(text)

    monkeypatch.setattr(headings, "is_caps_line", counted)
    lines = [Line("1. Apologies for absence", 1), Line("None were received.", 1), Line("2. Planning applications", 1)]
    for n in range(200):
        lines += [Line(f"The committee considered application {n} in detail.", 1),
                  Line("1) Access to the site", 1), Line("2) Parking on the road", 1)]
    lines.append(Line("3. Any other business", 1))
    assert [h.number for h in headings.lines_to_headings(lines)] == ["1", "2", "3"]
    assert calls <= len(lines)


MINUTES = ("Parish Council\nMinutes of the meeting held on 3 April 2018\n"
           "1. Apologies\nNone were received.\n2. Precept\nRESOLVED that the precept be set at 12,000.\n")


def test_issue_13_extract_refuses_a_pdf_over_the_page_limit_in_one_line(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("reportlab")
    from corpus.sample.pdfwrite import write_pdf

    pdf = write_pdf(tmp_path / "pack.pdf", [[f"Page {n} of the pack."] for n in range(1, 4)])
    result = CliRunner().invoke(cli.main, ["extract", "--max-pages", "2", str(pdf)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: Cannot read {pdf}: it has 3 pages, over the limit of 2 (--max-pages)."
    assert CliRunner().invoke(cli.main, ["extract", "--max-pages", "3", str(pdf)]).exit_code == 0


def test_issue_13_extract_refuses_a_file_over_the_size_limit_without_reading_it(tmp_path: pathlib.Path,
                                                                                 monkeypatch) -> None:
    big = tmp_path / "book.txt"
    big.write_text(MINUTES * 1000, encoding="utf-8")

    def unread(path: pathlib.Path) -> bytes:
        raise AssertionError(f"{path} was read")

    monkeypatch.setattr(pathlib.Path, "read_bytes", unread)
    result = CliRunner().invoke(cli.main, ["extract", "--max-mb", "0.1", str(big)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: Cannot read {big}: it is 0.15 MB, over the limit of 0.1 MB (--max-mb)."


def test_issue_13_ingest_reports_a_file_over_a_limit_and_goes_on(tmp_path: pathlib.Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "april.txt").write_text(MINUTES, encoding="utf-8")
    (src / "book.txt").write_text(MINUTES * 1000, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["--home", str(tmp_path / "home"), "ingest", "--max-mb", "0.05", str(src)])
    assert result.exit_code == 1
    failed = [line for line in result.output.splitlines() if line.startswith("failed: ")]
    assert failed == [f"failed: Cannot read {src / 'book.txt'}: it is 0.15 MB, over the limit of 0.05 MB (--max-mb)."]
    assert "1 added, 0 unchanged, 1 failed" in result.output


def test_issue_13_default_limits_let_an_ordinary_pack_through() -> None:
    from extract.limits import DEFAULT_LIMITS

    assert DEFAULT_LIMITS.max_pages >= 2000 and DEFAULT_LIMITS.max_mb >= 50


def test_issue_13_a_substitute_is_looked_up_by_name_not_against_everyone_listed(monkeypatch) -> None:
    """A line "Cllr A substituted for Cllr B" completes A's entry if A is listed present: found through an
    index of names, not by comparing A with every attendee found so far."""
    from extract.finders import attendance_sentences, attendance_state
    from extract.finders.attendance import lines_to_attendees
    from extract.records import Line

    calls = 0
    name_key = attendance_state.name_key

    def counted(name: str) -> str:
        nonlocal calls
        calls += 1
        return name_key(name)

    for module in (attendance_state, attendance_sentences):
        monkeypatch.setattr(module, "name_key", counted)
    surnames = [a + b for a in "BCDFGHKLMNPRST" for b in ("ane", "ode", "ing", "ley")][:50]
    lines = [Line("Present: Councillor Alan Smith, Councillor Beth Jones", 1)]
    for surname in surnames:
        lines += [Line(f"Councillor Anna {surname}ton substituted for Councillor Brian {surname}ford.", 1),
                  Line("The Panel discussed the report.", 1)]
    lines.append(Line("Councillor Alan Smith substituted for Councillor Carol White.", 1))
    found = lines_to_attendees(lines)
    assert len(found) == 2 + len(surnames)
    assert next(a for a in found if a.name == "Alan Smith").substitute_for == "Carol White"
    assert calls <= 4 * len(found)


SURNAMES = [a + b for a in "BCDFGHKLMNPRST" for b in ("ane", "ode", "ing", "ley", "ett")]


def long_item_minutes(applications: int) -> str:
    """One meeting whose one item lists `applications` applications, each with a substitute, a
    numbered list, a resolution, a decision and a judgement-like line: every kind of line whose
    work could grow with the length of the item or the document."""
    out = ["Minutes of the meeting of the Licensing Committee held on 4 March 2025", "",
           "Present: Councillor Alan Smith (Chair), Councillor Beth Jones", "", "1. Apologies", "None.", "",
           "2. Licensing applications", ""]
    for n in range(applications):
        surname = SURNAMES[n % len(SURNAMES)] + "a" * (n // len(SURNAMES))
        out += [f"Councillor Anna {surname}ton substituted for Councillor Brian {surname}ford.",
                f"The Committee considered application {n} for premises on the high street.",
                "1) Access to the site", "2) Parking on the road",
                f"RESOLVED that the application for premises {n} be granted.",
                f"It was agreed that the licence conditions for venue {n} would be reviewed in the spring.",
                "Overall effectiveness: Good", ""]
    return "\n".join(out + ["3. Any other business", "None."]) + "\n"


def extract_call_counts(path: pathlib.Path) -> dict[str, int]:
    """How many times each function of `extract` is called extracting `path`."""
    import cProfile
    import pstats

    import extract
    from extract.pipeline import extract_file

    package = str(pathlib.Path(extract.__file__).parent)
    profile = cProfile.Profile()
    profile.runcall(extract_file, path)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return {f"{file}:{line}({name})": calls[1] for (file, line, name), calls in stats.items()
            if file.startswith(package)}


def test_issue_13_no_function_of_extraction_runs_more_often_than_the_text_grows(tmp_path: pathlib.Path) -> None:
    """Four times the text calls each function of extraction about four times as often, not
    sixteen: no stage compares each line with every other."""
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(long_item_minutes(50), encoding="utf-8")
    large.write_text(long_item_minutes(200), encoding="utf-8")
    before, after = extract_call_counts(small), extract_call_counts(large)
    grew = {name: (before.get(name, 0), calls) for name, calls in after.items()
            if calls > 6 * before.get(name, 0) + 50}
    assert not grew


def test_issue_13_a_log_row_goes_to_the_item_above_it_when_numbers_repeat(tmp_path: pathlib.Path) -> None:
    """A file holding two meetings that number their items alike, each with its action tracker:
    a row goes to its own meeting's item, not to every item of that number (which also made the
    work grow with the square of the number of meetings)."""
    from extract.pipeline import extract_file

    def meeting(day: int, action: str) -> str:
        return (f"### 1. Welcome and apologies\n\nThe Chair welcomed members.\n\n"
                f"### 2. Training programme\n\nThe group discussed training.\n\n## Action tracker\n\n"
                "| Ref | Date raised | Item | Action | Lead | Deadline | Status |\n"
                "| --- | --- | --- | --- | --- | --- | --- |\n"
                f"| 24/{day} | {day}/09/2024 | 2 | {action} | RO | 30/10/2024 | Open |\n\n")

    path = tmp_path / "book.md"
    path.write_text("# Harrowgate Safeguarding Children Partnership\n\n## Executive Group - Minutes\n\n"
                    "Thursday 12 September 2024\n\n" + meeting(12, "Write to headteachers")
                    + meeting(13, "Publish the annual report"), encoding="utf-8")
    items = [item for document in extract_file(path).documents for item in document.items]
    assert [(i.number, [a.text for a in i.actions]) for i in items if i.number == "2"] == [
        ("2", ["Write to headteachers"]), ("2", ["Publish the annual report"])]
