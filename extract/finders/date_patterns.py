"""How council papers write dates and times, and the words that give a date its role.

Regular expressions rather than spaCy patterns: a date phrase is a short run of characters
(ordinals, slashes, "2.00 pm") that regexes find at a fraction of the tokenizer's cost.
"""
from __future__ import annotations

import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"
MONTH_ABBREVIATION = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    rf"{MONTH_ABBREVIATION})"
)
# OCR of a scanned page reads a raised ordinal ("10th" with a superscript "th") as one mark:
# "10™ DECEMBER", "1° OCTOBER", '3" September', "15” January".
OCR_ORDINAL = "[\u2122\u00b0\u00ba\"\u201d]"
DAY = rf"(?:[0-3]?\d)(?:\s?(?:st|nd|rd|th)|{OCR_ORDINAL})?"
YEAR = r"(?:19|20)\d\d"
# "12 Dec 23": a two-digit year only after an abbreviated month (the short style), and not the
# hour of a time ("12 Mar 10.00 am") or a count ("on 12 March 24 members").
SHORT_YEAR_AFTER_MONTH = r"(?<=[a-z.])\s+\d\d(?![\d.:]?\d|\s*[ap]\.?m\b)"

# "Thursday 15th June 2017", "Monday, 9th October", "the 30th of August 2024", "12 Dec 23"
DAY_MONTH_YEAR = (
    rf"(?:{WEEKDAY},?\s+(?:the\s+)?)?(?:the\s+)?{DAY}(?:\s+day)?(?:\s+of)?\s+"
    rf"(?:{MONTH_ABBREVIATION}{SHORT_YEAR_AFTER_MONTH}|{MONTH}(?:,?\s+{YEAR})?)"
)
# "the thirteenth of August 2024", "Tuesday the twenty-first day of May 2024": a day in words,
# as formal minutes and deeds print it; only before "of" and a month with its year, so "the
# first June meeting" and "a second March" are no dates.
ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
)
ORDINAL_TENS = {"twenty": 20, "thirty": 30}
WORD_DAY = (
    rf"(?:(?:{'|'.join(ORDINAL_TENS)})[-\s]?(?:{'|'.join(ORDINAL_WORDS[:9])})|thirtieth|"
    rf"{'|'.join(sorted(ORDINAL_WORDS, key=len, reverse=True))})"
)
WORDED_DAY_MONTH_YEAR = rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{WORD_DAY}(?:\s+day)?\s+of\s+{MONTH},?\s+{YEAR}"
WORDED_DAY = re.compile(rf"\b{WORD_DAY}\b", re.IGNORECASE)
# "19 and 20 September 2023", "15 to 19 April 2024", "19\u201320 September 2023", "28 February to
# 3 March 2024": the first day of a range, before the date that ends it (which prints the year).
RANGE_JOIN = r"\s*(?:\s(?:and|to|until)\s|[-\u2013\u2014])\s*"
RANGE_START = rf"{DAY}(?:\s+{MONTH})?{RANGE_JOIN}(?={DAY}\s+{MONTH},?\s+{YEAR})"
DATE_RANGE = re.compile(
    rf"(?P<first_day>{DAY})(?:\s+(?P<first_month>{MONTH}))?{RANGE_JOIN}(?P<last>{DAY}\s+{MONTH},?\s+{YEAR})",
    re.IGNORECASE,
)
# "October 28, 2025", "Tuesday, October 28, 2025", "September 12th 2016"
MONTH_DAY_YEAR = rf"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?!\d)(?:,?\s+{YEAR})?"
# "15/06/2017", "26.09.24", "6-11-2017"; "11/30/17" in a North American paper (month first)
NUMERIC = r"[0-3]?\d[/.-][0-3]?\d[/.-](?:(?:19|20)\d\d|\d\d)(?![\d/.-]?\d)"
ISO = rf"{YEAR}-[01]\d-[0-3]\d"
# Minutes numbered by year, month and item ("21.01.01 Apologies", "19.09.04 Matters Arising")
# open a line with what reads as a short numeric date.
MINUTE_NUMBER = re.compile(r"^\d\d\.\d\d\.\d\d +[A-Za-z]")

DATE_PHRASE = re.compile(
    rf"(?<![\w/.-])(?:{ISO}|{NUMERIC}|(?:{RANGE_START})?{DAY_MONTH_YEAR}|{MONTH_DAY_YEAR}|{WORDED_DAY_MONTH_YEAR})(?![\w/])",
    re.IGNORECASE,
)
HAS_YEAR = re.compile(
    rf"(?<!\d){YEAR}(?!\d)|\d[/.-]\d\d?[/.-]\d\d|{DAY}\s+{MONTH_ABBREVIATION}\s+\d\d(?!\d)", re.IGNORECASE
)


def ordinal_word_value(word: str) -> int:
    """"thirteenth" -> 13, "twenty-first" -> 21, "thirtieth" -> 30."""
    parts = re.split(r"[-\s]+", word.lower())
    if parts == ["thirtieth"]:
        return 30
    tens = ORDINAL_TENS.get(parts[0], 0) if len(parts) == 2 else 0
    return tens + ORDINAL_WORDS.index(parts[-1]) + 1


PRINTED_WEEKDAY = re.compile(rf"^\s*({WEEKDAY})", re.IGNORECASE)
ORDINAL_SUFFIX = re.compile(rf"(?<=\d)(?:\s?(?:st|nd|rd|th)\b|{OCR_ORDINAL})", re.IGNORECASE)

# "2.00 pm", "10:00am", "6:30 p.m.", "14:00", "noon"
TIME_PHRASE = re.compile(
    r"(?<![\d.:])(?P<hour>[01]?\d|2[0-3])(?:[.:](?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?\s?m\b\.?"
    r"|(?<![\d.:])(?P<hour24>[01]?\d|2[0-3])[:](?P<minute24>[0-5]\d)(?![\d.:])(?:\s*(?:hrs|hours|h)\b)?"
    r"|\b(?P<noon>noon|midday)\b",
    re.IGNORECASE,
)

# The role of a date is given by the words just before it (or by the label on the line before).
ROLE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("next_meeting", re.compile(
        r"\b(?:next|future|following|forthcoming)\s+(?:\w+\s+){0,3}meeting|\bto be held on\b|"
        r"\bdate (?:and time )?of (?:the )?next\b|\bnext meets?\b", re.IGNORECASE)),
    ("inspection", re.compile(
        r"\binspection dates?\b|\binspected\b|\binspection (?:took place|was carried out|was undertaken)|"
        r"\bmonitoring visits?\b|\binspection (?:on|between|from)\b|"
        # letters of focused and monitoring visits: "the focused visit to X on", "the visit took
        # place on", "inspectors visited", "fieldwork"
        r"\b(?:focused|monitoring|inspection|inspectors'?|ofsted|joint targeted area) visits?\b|"
        r"\bvisit (?:took place|was carried out|was undertaken)\b|"
        r"\b(?:inspectors?|ofsted|hmi|we)(?:\s+\w+){0,2}\s+visited\b|\bfieldwork\b", re.IGNORECASE)),
    ("deadline", re.compile(
        r"\b(?:by|before|no later than|deadline(?: of| is|:)?|due(?: date| by| on|:)?|until|closing date:?)\s*$",
        re.IGNORECASE)),
    ("publication", re.compile(
        r"\b(?:published|publication(?: date)?|date of (?:issue|publication)|issued|dated|updated)\b",
        re.IGNORECASE)),
)
# How many characters before a date phrase its cue may start: a deadline's word is next to
# the date; the others sit in the clause before it, not anywhere on a long line.
DEADLINE_REACH = 25
ROLE_REACH = 60
