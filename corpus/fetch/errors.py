"""Errors of fetching a site or a document; each message is one sentence naming it and why."""


class FetchError(Exception):
    """A site or document that cannot be fetched (not ModernGov, refused, not found, too large,
    not a PDF...). Raised for the site, fetching stops; for one document, the rest go on."""
