"""What the words on a democracy site mean to fetching: which pages are bot-shield challenges,
which documents are restricted, which meeting-level links are its minutes or its agenda pack,
which meetings did not take place. Lowercase phrases, matched as words in lowercased text."""
from __future__ import annotations

import re

# Phrases of the challenge pages bot shields (Cloudflare, Imperva/Incapsula, Akamai, Azure Front
# Door and council WAFs) answer a client they do not trust with, usually with status 403.
CHALLENGE_PHRASES = (
    "just a moment", "checking your browser", "attention required", "cf-chl", "cf_chl", "challenge-platform",
    "captcha", "incapsula", "request unsuccessful", "access denied", "enable javascript and cookies",
    "ddos protection", "are you a robot", "bot protection",
)

# How a site marks a document the public may not read (ModernGov: "Restricted enclosure",
# "Restricted reports pack", exempt items under Schedule 12A, "Not for publication").
RESTRICTED_WORDS = re.compile(r"\b(?:restricted|exempt|confidential|not for publication)\b")

# A meeting-level ModernGov document (documents/g<meeting id>/...) by the words of its link or
# file name, first match wins: the printed minutes, or the agenda as one file.
MEETING_DOCUMENT_KINDS = (
    ("minutes", "minutes"),
    ("reports pack", "agenda"),
    ("public pack", "agenda"),
    ("agenda pack", "agenda"),
    ("supplement", "agenda"),
    ("frontsheet", "agenda"),
    ("agenda", "agenda"),
)
# The agenda frontsheet is the first pages of the reports pack: where a pack is published, the
# frontsheet alone is not fetched as well.
WHOLE_AGENDA = re.compile(r"\bpack\b")
AGENDA_PART = re.compile(r"\bfrontsheet\b")

# A meeting that did not or will not take place publishes nothing to fetch.
CANCELLED_WORDS = re.compile(r"\b(?:cancelled|canceled|postponed|abandoned)\b")


def is_challenge(text: str) -> bool:
    lowered = text.lower()
    return any(phrase in lowered for phrase in CHALLENGE_PHRASES)


def is_restricted(*texts: str) -> bool:
    return any(RESTRICTED_WORDS.search(text.lower()) for text in texts if text)


def is_cancelled(text: str) -> bool:
    return bool(CANCELLED_WORDS.search(text.lower()))


def meeting_document_kind(*texts: str) -> str | None:
    """The kind of a meeting-level document from its link text, then its file name; None for
    the rest (printed decisions, webcast notes...), which fetching leaves alone."""
    for text in texts:
        lowered = text.lower()
        for phrase, kind in MEETING_DOCUMENT_KINDS:
            if phrase in lowered:
                return kind
    return None
