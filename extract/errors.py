"""Errors a user can act on. Each message is one sentence naming the file and the reason."""


class ExtractError(Exception):
    """The file cannot be read as a document (corrupt, encrypted, no text, unknown type)."""
