"""Errors about the store a user can act on; each message is one sentence."""


class StoreError(Exception):
    """The store or index is missing, locked or unusable, or a request names something it lacks."""
