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
        marked=marked, long_date=long_date,
        kind_label=lambda k: KIND_LABELS.get(k, k), kind_plural=lambda k: KIND_PLURALS.get(k, k),
        outcome_label=lambda k: OUTCOME_LABELS.get(k, k),
        document_label=lambda k: DOCUMENT_LABELS.get(k, k), status_label=lambda s: STATUS_LABELS.get(s, s),
    )
    app.jinja_env.globals.update(item_label=item_label)
