"""Errors in what a user asked for (query, kind, date); each message is one sentence."""


class QueryError(Exception):
    """The query, a kind or a date cannot be understood."""
