"""Dates written as people write them -> ISO dates, resolved against the document's own date.

Candidate phrases are found with the regexes of `date_patterns` and each is parsed with
dateparser (day-month order, English, nothing downloaded); dateparser's own `search_dates`
is slow and takes "00 am on Monday" for a year. A phrase without a year ("Monday 9th
October" in minutes of 6 November 2017) takes the year that puts it nearest the anchor,
the document's own date. A printed weekday must agree with the date: "Wednesday 9th
November" next to a 2018 sign-off is rejected, not moved to another year, and so is a date
that cannot exist (31 June).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from extract.finders import date_patterns as dp
from extract.records import DateMention, Line

PARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
FULL_DATE = ["day", "month", "year"]
BARE_YEAR = re.compile(rf"^\s*({dp.YEAR})\s*$")
SHORT_YEAR = re.compile(r"^(\d{1,2}[/.-]\d{1,2}[/.-])(\d\d)$")
# "12 Dec 23" has a day first; "Dec 23" alone is the North American 23 December.
SHORT_YEAR_AFTER_MONTH = re.compile(rf"^((?:.*\s)?{dp.DAY}\s+{dp.MONTH_ABBREVIATION}\s+)(\d\d)$", re.IGNORECASE)
# A heading is a short line; a longer one without a full stop is a wrapped or table line.
MAX_HEADING_WORDS = 8
MONTH_WORD = re.compile(rf"\b{dp.MONTH}", re.IGNORECASE)
MONTH_FIRST = re.compile(rf"^{dp.MONTH_DAY_YEAR}$", re.IGNORECASE)


def today() -> dt.date:
    """The date relative phrases count from when no anchor is given; tests replace it."""
    return dt.date.today()


def _parse(text: str, settings: dict[str, Any]) -> dt.date | None:
    import dateparser

    try:
        parsed = dateparser.parse(text, languages=["en"], settings={**PARSER_SETTINGS, **settings})
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _printed_weekday(text: str) -> int | None:
    match = dp.PRINTED_WEEKDAY.match(text)
    if not match:
        return None
    prefix = match.group(1).lower()[:3]
    return next((i for i, name in enumerate(dp.WEEKDAYS) if name.startswith(prefix)), None)


def _without_weekday(text: str) -> str:
    match = dp.PRINTED_WEEKDAY.match(text)
    rest = text[match.end():] if match else text
    rest = dp.WORDED_DAY.sub(lambda m: str(dp.ordinal_word_value(m.group(0))), rest)
    rest = re.sub(r"^the\s+|\s+day(?=\s+of\s)|\s+of(?=\s)", "", rest.strip(" ,"), flags=re.IGNORECASE)
    # "26.09.24": a two-digit year in a council paper is this century, whatever "today" is.
    rest = SHORT_YEAR.sub(r"\g<1>20\2", rest)
    rest = SHORT_YEAR_AFTER_MONTH.sub(r"\g<1>20\2", rest)
    return dp.ORDINAL_SUFFIX.sub("", rest)


def _nearest_year(text: str, anchor: dt.date) -> dt.date | None:
    """A year-less day and month placed in the year that brings it nearest the anchor."""
    base = _parse(f"{text} {anchor.year}", {"REQUIRE_PARTS": FULL_DATE})
    if base is None:
        return None
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(base.replace(year=year))
        except ValueError:  # 29 February outside a leap year
            continue
    return min(candidates, key=lambda d: abs((d - anchor).days))


@functools.lru_cache(maxsize=4096)
def parse_date(text: str, anchor: str | None = None, month_first: bool = False) -> str | None:
    """One date as a person writes it ("Thursday 15th June 2017", "6/11/2017", "Nov 2017",
    "2017", "last week") -> ISO date, or None when it is no date or an impossible one.

    A phrase without a year is placed nearest `anchor` (ISO), or today without one; a month
    or a year alone means its first day. `month_first` reads "1/12/18" as 12 January, as a
    North American paper means it (see `writes_month_first`)."""
    text = text.strip()
    if not text:
        return None
    base = dt.date.fromisoformat(anchor) if anchor else today()
    year = BARE_YEAR.match(text)
    if year:
        return f"{year.group(1)}-01-01"
    date_range = dp.DATE_RANGE.fullmatch(text)
    if date_range:
        return _range_start(date_range, anchor)
    weekday = _printed_weekday(text)
    core = _without_weekday(text) or text
    if dp.DATE_PHRASE.fullmatch(text) and not dp.HAS_YEAR.search(text):
        date = _nearest_year(core, base)
    else:
        relative_base = dt.datetime.combine(base, dt.time())
        order = {"DATE_ORDER": "MDY"} if month_first else {}
        date = _parse(core, {"RELATIVE_BASE": relative_base, "PREFER_DATES_FROM": "past", **order})
    if date is None or (weekday is not None and date.weekday() != weekday):
        return None
    return date.isoformat()


def _range_start(date_range: re.Match[str], anchor: str | None) -> str | None:
    """The first day of "19 and 20 September 2023" or "28 February to 3 March 2024": the month and
    year are printed once, after the last day."""
    last = parse_date(date_range["last"], anchor)
    if last is None:
        return None
    end = dt.date.fromisoformat(last)
    first_day = dp.ORDINAL_SUFFIX.sub("", date_range["first_day"])
    if date_range["first_month"]:
        start = parse_date(f"{first_day} {date_range['first_month']} {end.year}", anchor)
        if start is not None and start > last:  # "30 December to 2 January 2024"
            start = parse_date(f"{first_day} {date_range['first_month']} {end.year - 1}", anchor)
        return start
    try:
        start_date = end.replace(day=int(first_day))
    except ValueError:
        return None
    return start_date.isoformat() if start_date <= end else None


def parse_time(text: str) -> str | None:
    """The first clock time in `text` ("2.00 pm", "10:00am", "6:30 p.m.", "14:00") -> "HH:MM"."""
    match = dp.TIME_PHRASE.search(text)
    if not match:
        return None
    if match.group("noon"):
        return "12:00"
    if match.group("hour24"):
        return f"{int(match.group('hour24')):02d}:{match.group('minute24')}"
    hour = int(match.group("hour"))
    if hour > 12:
        return None
    hour = hour % 12 + (12 if match.group("half").lower() == "p" else 0)
    return f"{hour:02d}:{match.group('minute') or '00'}"


def date_phrases(text: str) -> list[re.Match[str]]:
    """Candidate date phrases in one line. A year-less phrase must print its month with a
    capital, so "item 4 may be deferred" is no date, and a minute's number before its title
    ("21.01.01 Apologies") is none either."""
    found = []
    for match in dp.DATE_PHRASE.finditer(text):
        phrase = match.group(0)
        if match.start() == 0 and dp.MINUTE_NUMBER.match(text):
            continue
        month = MONTH_WORD.search(phrase)
        if not dp.HAS_YEAR.search(phrase) and month and not month.group(0)[0].isupper():
            continue
        found.append(match)
    return found


def writes_month_first(lines: list[Line]) -> bool:
    """A paper that prints its dates month first ("January 29, 2018") is North American, and so
    are its numeric dates ("1/12/18": 12 January); a day-first paper ("29 January 2018") is not."""
    month_first = day_first = 0
    for line in lines:
        for match in date_phrases(line.text):
            if MONTH_FIRST.match(match.group(0)):
                month_first += 1
            elif MONTH_WORD.search(match.group(0)):
                day_first += 1
    return month_first > day_first


def date_role(before: str, label: str, date: str, anchor: str | None) -> str:
    """The role of a date from the words just before it on its line and the label line above."""
    if anchor and date == anchor:
        return "meeting"
    context = f"{label} {before[-dp.ROLE_REACH:]}"
    for role, cue in dp.ROLE_CUES:
        text = before[-dp.DEADLINE_REACH:] if role == "deadline" else context
        if cue.search(text):
            return role
    return "mentioned"


def lines_to_dates(lines: list[Line], anchor: str | None) -> list[DateMention]:
    """Every date mentioned in a document, with its role. Year-less dates need an anchor."""
    mentions = []
    label = ""
    month_first = writes_month_first(lines)
    for line in lines:
        for match in date_phrases(line.text):
            phrase = match.group(0)
            if anchor is None and not dp.HAS_YEAR.search(phrase):
                continue
            date = parse_date(phrase, anchor, month_first)
            if date:
                role = date_role(line.text[:match.start()], label, date, anchor)
                mentions.append(DateMention(text=phrase, date=date, role=role, page=line.page))
        label = line.text if _is_label(line.text) else ""
    return mentions


def _is_label(text: str) -> bool:
    """A line that gives the date on the next line its role: "Date of next meeting:", or a
    heading without a colon ("FC/24/036 Date of next meeting", "Publication date") that holds
    no date of its own."""
    text = text.rstrip()
    if text.endswith(":"):
        return True
    return len(text.split()) <= MAX_HEADING_WORDS and not text.endswith(tuple(".;,")) and not date_phrases(text)
