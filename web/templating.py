"""Jinja filters: the words people read in place of the plumbing (kinds, ISO dates, marks)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from index.text_output import MARK

KIND_LABELS = {
    "resolution": "Resolution", "decision": "Decision", "action": "Action", "item": "Agenda item",
    "attendee": "Attendance", "finding": "Inspection finding", "document": "Document",
}
KIND_PLURALS = {
    "resolution": "resolutions", "decision": "decisions", "action": "actions", "item": "agenda items",
    "attendee": "attendance records", "finding": "inspection findings", "document": "documents",
}
# The history table's "what happened" column, in the words of a legislation history.
OUTCOME_LABELS = {"resolutions": "Resolved", "decisions": "Decided", "actions": "Action", "findings": "Found"}
DOCUMENT_LABELS = {
    "minutes": "Minutes", "agenda": "Agenda", "report": "Report", "inspection": "Inspection report",
    "work_programme": "Work programme", "interests_form": "Declaration of interests", "other": "Document",
}
STATUS_LABELS = {"open": "Open", "carried forward": "Carried forward", "done": "Done"}


# A record this short is shown whole; longer ones show the highlighter's fragments.
WHOLE_TEXT_CHARS = 600


def restored(highlight: str, text: str) -> str:
    """A one-fragment highlight of a short record with the words the highlighter cut from its
    start and end put back, so a card shows the whole resolution, not "…agreed that the"."""
    plain = MARK.sub(lambda m: m.group(1), highlight)
    at = text.find(plain) if plain and len(text) <= WHOLE_TEXT_CHARS else -1
    return highlight if at < 0 else text[:at] + highlight + text[at + len(plain):]


def marked(text: str) -> Any:
    """A highlight with its **marks** as <mark>; the text is escaped first, so a minute that
    contains markup shows it as text."""
    from markupsafe import Markup, escape

    return Markup(MARK.sub(lambda m: f"<mark>{m.group(1)}</mark>", str(escape(text))))


def long_date(iso: str | None) -> str:
    """"2017-11-06" -> "6 November 2017", the way minutes write it."""
    if not iso:
        return "undated"
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def item_label(number: str | None, title: str | None) -> str:
    if number and title:
        return f"Item {number}: {title}"
    return title or (f"Item {number}" if number else "")


def register_filters(app: Any) -> None:
    app.jinja_env.filters.update(
        marked=marked, restored=restored, long_date=long_date,
        kind_label=lambda k: KIND_LABELS.get(k, k), kind_plural=lambda k: KIND_PLURALS.get(k, k),
        outcome_label=lambda k: OUTCOME_LABELS.get(k, k),
        document_label=lambda k: DOCUMENT_LABELS.get(k, k), status_label=lambda s: STATUS_LABELS.get(s, s),
    )
    app.jinja_env.globals.update(item_label=item_label)
