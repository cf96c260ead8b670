"""Errors a user can act on: what they asked for (query, kind, date), or an index that is not
there to ask; each message is one sentence."""


class QueryError(Exception):
    """The query, a kind or a date cannot be understood."""


class IndexMissing(Exception):
    """There is no index in a home, or one an older minutebook built: `minutebook ingest` makes it."""


class IndexDamaged(IndexMissing):
    """A file of the index is damaged (truncated, changed, unreadable): the index cannot be used
    until `minutebook reindex` rebuilds it, so it counts as missing. The message names the file."""
