"""Item numbering schemes of minutes and agendas, as named patterns.

Each scheme is a regular expression for the number that opens a heading line, with the number
itself in a group named after the scheme. They are tried in the order below, the more specific
first: "21.01.05" is a parish minute number, not item 21; "4a" is a sub-item of 4, not item 4.
"""
from __future__ import annotations

import re

# A body's code with a minute number: "CSP/23/45" (year first), "HSC/16/24" (year last), "C/24/19",
# "ICB 24/061", and a code with a running number alone, "PL/33", before the title or an
# application reference ("PL/33 24/00712/FUL - Land at ...").
CODED = r"[A-Z]{1,6}/\d{2,4}/\d{1,4}|[A-Z]{2,6}\s?\d{1,4}/\d{2,4}|[A-Z]{2,6}/\d{1,4}(?![\w/])"
# A sub-item lettered under its parent: "5a", "5(a)", "5.a", "5A". The letter is attached to the
# number, so a lettered sub-resolution "(a) That ..." is not one.
LETTER = r"(?:\.?[A-Za-z]|\([A-Za-z]\))"
# Two agenda items taken together: "Items 4 & 5", "Items 4 and 5", "4 & 5".
JOINED = r"\d{1,3}\s*&\s*\d{1,3}"
JOINED_WORDS = r"\d{1,3}\s*(?:&|and)\s*\d{1,3}"
# What may follow a bare number: a full stop (escaped in markdown), a colon, a bracket, a space or TAB.
NUMBER_END = r"(?=\\?\.|\s|:|\t|\))"

SCHEMES: dict[str, str] = {
    # "Item 4", "Agenda Item 4.1", "Items 4 & 5", "Minute 23/045", "Min. 45/23", "Minute No. 12", "Item 5a"
    "item": rf"(?:(?:Agenda\s+)?Items?|Minute|Min\.?)\s+(?:No\.?\s*)?(?P<item>{JOINED_WORDS}"
            rf"|[A-Z]{{0,6}}/?\d{{1,4}}(?:[./]\d{{1,4}}){{0,2}}(?:{LETTER}(?![\w(]))?)",
    # Town and parish minutes numbered by year and month: "21.01.05", "18.05.1" (year 21, January, 5th).
    "year_month": r"(?P<year_month>\d{2}\.(?:0?[1-9]|1[0-2])\.\d{1,3})(?=[\s:.])",
    # "5a", "5(a)", "5.a"
    "lettered": rf"(?P<lettered>\d{{1,3}}{LETTER})(?=\\?\.|\s|:|\t|\))",
    "coded": rf"(?P<coded>{CODED})",
    # "77/21": running number and year
    "slash": r"(?P<slash>\d{1,3}/\d{2,4})",
    "joined": rf"(?P<joined>{JOINED}){NUMBER_END}",
    # "6.1": a sub-item; "6.1.1": an item under a department's heading "6.1" (Australian and NZ councils)
    "sub": r"(?P<sub>\d{1,2}(?:\.\d{1,2}){1,2})(?=[\s:])",
    "plain": rf"(?P<plain>\d{{1,3}}){NUMBER_END}",
    # "A. Motion to Waive Full Reading": the items of a consent calendar, lettered in capitals.
    "capital": r"(?P<capital>[A-Z])(?=\.\s)",
}

NUMBER = re.compile("|".join(f"^{pattern}" for pattern in SCHEMES.values()))


def number_scheme(match: re.Match[str]) -> tuple[str, str]:
    """(scheme name, the number as printed with single spaces) of a NUMBER match."""
    name, number = next((k, v) for k, v in match.groupdict().items() if v)
    return name, re.sub(r"\s+", " ", number)
