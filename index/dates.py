"""Dates as people write them ("2017", "Nov 2017", "6/11/2017", "since March 2024") -> ranges.

The common shapes are read here without any library, so `search` starts fast; only an unusual
`--since`/`--until` value loads dateparser."""
from __future__ import annotations

import datetime as dt
import functools
import re

from index.errors import QueryError
from index.query_checks import check_date_order

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
MONTHS = {name: n for n, name in enumerate(MONTH_NAMES, 1)} | {name[:3]: n for n, name in enumerate(MONTH_NAMES, 1)}
MONTHS["sept"] = 9
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR_HINT = re.compile(r"(?:19|20)\d\d")


@functools.cache
def shapes() -> list[re.Pattern[str]]:
    """The date shapes, compiled on first use: most searches name no date."""
    return [
        re.compile(rf"{YEAR}-(?P<mnum>\d\d)-(?P<day>\d\d)"),
        re.compile(rf"(?P<day>\d{{1,2}})[/.](?P<mnum>\d{{1,2}})[/.]{YEAR}"),
        re.compile(rf"{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}", re.I),
        re.compile(rf"{MONTH}\s+{DAY},?\s+{YEAR}", re.I),
        re.compile(rf"{MONTH},?\s+{YEAR}", re.I),
        re.compile(rf"{YEAR}-(?P<mnum>\d\d)"),
        re.compile(YEAR),
    ]


DateRange = tuple[dt.date, dt.date]


def match_to_range(m: re.Match[str]) -> DateRange | None:
    parts = m.groupdict()
    year = int(parts["year"])
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS.get((parts.get("month") or "").lower().rstrip("."))
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if parts.get("day") is None:
            next_month = dt.date(year + month // 12, month % 12 + 1, 1)
            return dt.date(year, month, 1), next_month - dt.timedelta(days=1)
        day = dt.date(year, month, int(parts["day"]))
        return day, day
    except ValueError:
        return None


def shape_of(text: str) -> re.Match[str] | None:
    return next((m for m in (shape.fullmatch(text.strip()) for shape in shapes()) if m), None)


def text_to_range(text: str) -> DateRange | None:
    """The period a whole date expression covers, or None when it is not one of the shapes."""
    m = shape_of(text)
    return match_to_range(m) if m else None


def typed_to_range(text: str) -> DateRange | None:
    """text_to_range for a date a person typed: one of the shapes that names no day on the
    calendar ("31 February 2024", "2024-13-45") is a QueryError rather than ignored or guessed."""
    m = shape_of(text)
    if m is None:
        return None
    found = match_to_range(m)
    if found is None:
        raise QueryError(f"Cannot read {text.strip()!r} as a date: there is no such day "
                         "(dates are day, month, year: 6/11/2017, 6 November 2017, 2017-11-06).")
    return found


def parse_when(text: str) -> DateRange:
    """A `--since`/`--until` value -> the period it names; QueryError when it names none."""
    found = typed_to_range(text)
    if found:
        return found
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"DATE_ORDER": "DMY"})
    if parsed is None:
        raise QueryError(f"Cannot read {text!r} as a date; try e.g. 2017, Nov 2017 or 6/11/2017.")
    return parsed.date(), parsed.date()


@functools.cache
def question_date() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<word>in|during|since|from|after|before|until|by|on)\s+(?P<when>"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH.replace('?P<month>', '?:')},?\s+)?(?:19|20)\d\d)\b",
        re.I,
    )


def question_to_dates(question: str) -> tuple[str, dt.date | None, dt.date | None]:
    """Pulls "in 2017", "since March 2024", "before 2020" out of a question: the question
    without them, and the since/until they set."""
    since: dt.date | None = None
    until: dt.date | None = None
    if not YEAR_HINT.search(question):
        return question, None, None
    for m in question_date().finditer(question):
        period = typed_to_range(m.group("when"))
        if period is None:
            continue
        word = m.group("word").lower()
        if word in ("in", "during", "on"):
            since, until = period
        elif word in ("since", "from", "after"):
            since = period[0] if word != "after" else period[1] + dt.timedelta(days=1)
        else:
            until = period[1] if word != "before" else period[0] - dt.timedelta(days=1)
    check_date_order(since, until)
    return question_date().sub(" ", question), since, until
