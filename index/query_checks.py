"""What a question may ask, checked before any work is done on it: a bounded length, and dates
that run forwards.

The length bound is what keeps the query tree shallow: Whoosh builds an And of N parts as a
chain N deep and walks it recursively, so a pasted page of ~1,000 words ended in a
RecursionError. An officer's question is a sentence; a few paragraphs still fit."""
from __future__ import annotations

import datetime as dt

from index.errors import QueryError

MAX_QUERY_WORDS = 100
MAX_QUERY_CHARS = 1000


def check_length(question: str) -> None:
    """QueryError, in one sentence, when the question is longer than the limits."""
    words = len(question.split())
    if words > MAX_QUERY_WORDS:
        raise QueryError(f"The query has {words:,} words; minutebook searches at most {MAX_QUERY_WORDS}, "
                         "so keep the words that name the issue.")
    if len(question) > MAX_QUERY_CHARS:
        raise QueryError(f"The query is {len(question):,} characters long; minutebook searches at most "
                         f"{MAX_QUERY_CHARS:,}, so keep the words that name the issue.")


def check_date_order(since: dt.date | None, until: dt.date | None) -> None:
    """QueryError when the period asked for ends before it starts, which nothing can match."""
    if since is not None and until is not None and since > until:
        raise QueryError(f"The dates run backwards: since {day(since)} is later than until {day(until)}, "
                         "so nothing can match; swap them.")


def day(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"
