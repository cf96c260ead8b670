"""Dates and times as council papers print them -> ISO dates and 24-hour times, with roles."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.finders import dates
from extract.records import Line


@pytest.fixture(autouse=True)
def frozen_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "today", lambda: dt.date(2017, 11, 8))
    dates.parse_date.cache_clear()


@pytest.mark.parametrize("text, expected", [
    ("Thursday 15th June 2017", "2017-06-15"),          # UK, weekday and ordinal
    ("Thursday, 30 January 2025", "2025-01-30"),        # ModernGov
    ("the 30th of August 2024", "2024-08-30"),
    ("October 28, 2025", "2025-10-28"),                 # North American
    ("Tuesday, October 28, 2025", "2025-10-28"),
    ("15/06/2017", "2017-06-15"),                       # numeric, day first
    ("6/11/2017", "2017-11-06"),
    ("26.09.24", "2024-09-26"),
    ("2017-11-06", "2017-11-06"),
    ("18 th December 2017", "2017-12-18"),
])
def test_full_dates(text: str, expected: str) -> None:
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize("text", ["31 June 2017", "Monday 15th June 2017", "not a date", ""])
def test_impossible_dates_are_rejected(text: str) -> None:
    assert dates.parse_date(text) is None


@pytest.mark.parametrize("text, anchor, expected", [
    ("Monday 9th October", "2017-11-06", "2017-10-09"),   # minutes approving the last meeting
    ("9 January", "2017-12-18", "2018-01-09"),            # next meeting, into the new year
    ("Wednesday 9th November", "2018-10-16", None),       # 9 Nov 2018 was a Friday: not guessed
])
def test_year_less_dates_take_the_year_nearest_the_anchor(text: str, anchor: str, expected: str | None) -> None:
    assert dates.parse_date(text, anchor) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nov 2017", "2017-11-01"), ("2017", "2017-01-01"), ("last week", "2017-11-01"), ("Monday", "2017-11-06"),
])
def test_command_line_dates_count_from_today(text: str, expected: str) -> None:
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2.00 pm", "14:00"), ("10:00am", "10:00"), ("10.30 am", "10:30"), ("6:30 p.m.", "18:30"),
    ("7.30pm", "19:30"), ("14:00", "14:00"), ("12 noon", "12:00"), ("12.15 am", "00:15"), ("no time", None),
])
def test_times(text: str, expected: str | None) -> None:
    assert dates.parse_time(text) == expected


def test_phrases_skip_words_that_look_like_months() -> None:
    found = [m.group(0) for m in dates.date_phrases("Item 4 may be deferred to 10 May; version 1.2.3 of 2016.")]
    assert found == ["10 May"]


def test_roles_in_uk_minutes() -> None:
    lines = [
        Line("KIRKLEES COUNCIL", 1),
        Line("Monday 6th November 2017", 1),
        Line("The minutes of the meeting on Monday 9th October were approved as a correct record.", 1),
        Line("Responses to be sent by 1st December 2017.", 2),
        Line("Date of next meeting:", 3),
        Line("Monday 18th December 2017 at 10:00am", 3),
    ]
    found = [(m.date, m.role, m.page) for m in dates.lines_to_dates(lines, "2017-11-06")]
    assert found == [("2017-11-06", "meeting", 1), ("2017-10-09", "mentioned", 1), ("2017-12-01", "deadline", 2),
                     ("2017-12-18", "next_meeting", 3)]


def test_roles_in_an_inspection_letter_and_us_minutes() -> None:
    lines = [
        Line("Inspection dates: 8 July 2024", 1),
        Line("Published: 30 August 2024", 1),
        Line("The next regular meeting will be held November 18, 2025.", 2),
    ]
    found = [(m.date, m.role) for m in dates.lines_to_dates(lines, None)]
    assert found == [("2024-07-08", "inspection"), ("2024-08-30", "publication"), ("2025-11-18", "next_meeting")]


def test_year_less_dates_need_an_anchor() -> None:
    assert dates.lines_to_dates([Line("Held on Monday 9th October.", 1)], None) == []


@pytest.mark.parametrize("line, text, date", [
    ("This letter summarises the focused visit to Anyshire on 19 and 20 September 2023.",
     "19 and 20 September 2023", "2023-09-19"),
    ("The visit took place on 6 and 7 February 2024. Inspectors met leaders.", "6 and 7 February 2024", "2024-02-06"),
    ("Inspection dates: 15 to 19 April 2024", "15 to 19 April 2024", "2024-04-15"),
    ("Inspectors visited the service from 8 to 19 January 2024.", "8 to 19 January 2024", "2024-01-08"),
    ("Inspection fieldwork: 19\u201320 September 2023", "19\u201320 September 2023", "2023-09-19"),
    ("Inspection dates\t28 February to 3 March 2024", "28 February to 3 March 2024", "2024-02-28"),
])
def test_issue_heldout3_a_range_is_one_inspection_date_that_starts_it(line: str, text: str, date: str) -> None:
    found = [(m.text, m.date, m.role) for m in dates.lines_to_dates([Line(line, 1)], None)]
    assert found == [(text, date, "inspection")]


@pytest.mark.parametrize("line, text, date", [
    ("The sufficiency strategy agreed by Cabinet on 12 Dec 23.", "12 Dec 23", "2023-12-12"),
    ("4.1 The Partnership will report to the Board on 12 Mar 24.", "12 Mar 24", "2024-03-12"),
    ("Consultation opened\t1st Sept. 24", "1st Sept. 24", "2024-09-01"),
])
def test_issue_heldout3_an_abbreviated_month_with_a_two_digit_year(line: str, text: str, date: str) -> None:
    assert [(m.text, m.date) for m in dates.lines_to_dates([Line(line, 1)], None)] == [(text, date)]


def test_issue_heldout3_a_two_digit_number_after_a_month_is_not_always_a_year() -> None:
    found = [m.group(0) for m in dates.date_phrases("Met on 12 Mar 10.00 am; on 3 March 24 members voted; 1 Jun 9am.")]
    assert found == ["12 Mar", "3 March", "1 Jun"]


@pytest.mark.parametrize("heading, role", [
    ("FC/24/036 Date of next meeting", "next_meeting"),
    ("7. DATE OF NEXT MEETING", "next_meeting"),
    ("Publication date", "publication"),
    ("Published", "publication"),
])
def test_issue_heldout3_a_heading_without_colon_gives_the_next_lines_date_its_role(heading: str, role: str) -> None:
    lines = [Line(heading, 1), Line("Tuesday 9 April 2024 at 6.30pm.", 1)]
    assert [(m.date, m.role) for m in dates.lines_to_dates(lines, "2024-03-12")] == [("2024-04-09", role)]


def test_issue_heldout3_a_sentence_before_a_date_gives_it_no_role() -> None:
    lines = [Line("The next meeting was discussed at length.", 1), Line("Tuesday 9 April 2024 at 6.30pm.", 1)]
    assert [m.role for m in dates.lines_to_dates(lines, "2024-03-12")] == ["mentioned"]


@pytest.mark.parametrize("line, date", [
    ("MINUTES OF PROCEEDINGS ... ON THURSDAY, 10\u2122 DECEMBER, 2015, AT 9.00 A.M.", "2015-12-10"),
    ("ON WEDNESDAY, 1\u00b0 OCTOBER, 2014, AT 10.00 A.M.", "2014-10-01"),
    ("Circulated, copy of draft Minutes of Meeting held on 10\" November, 2015.", "2015-11-10"),
    ("(b) Ordinary Meeting of the Municipal District held on 15\u201d January, 2015.", "2015-01-15"),
])
def test_issue_11_a_scanned_raised_ordinal_is_an_ordinal(line: str, date: str) -> None:
    assert [m.date for m in dates.lines_to_dates([Line(line, 1)], None)] == [date]


@pytest.mark.parametrize("heading, expected", [
    ("Minutes from Monday, January 29, 2018 - 9:00am", "2018-01-12"),      # North American: month first
    ("Minutes of the meeting held on Monday 29 January 2018", "2018-12-01"),  # British: day first
])
def test_issue_11_numeric_dates_are_read_in_the_order_the_paper_writes_its_dates(heading: str, expected: str) -> None:
    lines = [Line(heading, 1), Line("Minutes from 1/12/18 meeting approved", 1)]
    assert [m.date for m in dates.lines_to_dates(lines, None)][1:] == [expected]


def test_issue_11_a_month_first_numeric_date_is_a_date_phrase() -> None:
    assert [m.group(0) for m in dates.date_phrases("Minutes from 11/30/17 meeting approved")] == ["11/30/17"]
    assert dates.parse_date("11/30/17") == "2017-11-30"


@pytest.mark.parametrize("line", ["21.01.01 Election of Chair", "19.09.04 Matters Arising"])
def test_issue_11_a_minute_numbered_by_year_and_month_is_not_a_date(line: str) -> None:
    assert dates.date_phrases(line) == []
    assert [m.group(0) for m in dates.date_phrases("The order was placed on 21.01.21 by the Clerk")] == ["21.01.21"]


@pytest.mark.parametrize("text, expected", [
    ("Wednesday the fifth of March 2025", "2025-03-05"),
    ("the twenty-second day of October 2023", "2023-10-22"),
    ("Friday, the thirty first of January 2025", "2025-01-31"),
    ("the 9th day of July 2024", "2024-07-09"),
])
def test_issue_11_day_in_words_or_with_day_of(text: str, expected: str) -> None:
    assert [m.group(0) for m in dates.date_phrases(f"held on {text} at 7pm")] == [text]
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "the first June meeting", "a second March 2024 visit", "Sunday the fifth of March 2025",
])
def test_issue_11_ordinal_words_without_of_and_year_or_with_a_wrong_weekday_are_no_date(text: str) -> None:
    found = dates.date_phrases(text)
    assert not found or dates.parse_date(found[0].group(0)) is None
