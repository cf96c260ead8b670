"""The page's current results as rows, for its CSV and JSON downloads.

Column names follow `minutebook export` (Open Civic Data / Popolo where one fits), so a
spreadsheet made from the page and one made from the command line line up."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

SEARCH_COLUMNS = ["kind", "organization", "start_date", "agenda_item_order", "agenda_item_description", "text",
                  "source_path", "source_page"]
HISTORY_COLUMNS = ["start_date", "organization", "agenda_item_order", "agenda_item_description", "kind", "text",
                   "source_path", "source_page"]
ACTION_COLUMNS = ["id", "organization", "start_date", "agenda_item_order", "agenda_item_description", "text",
                  "owner", "due_date", "status", "overdue", "status_evidence", "source_path", "source_page"]
HISTORY_KINDS = {"resolutions": "resolution", "decisions": "decision", "actions": "action", "findings": "finding"}


def hits_to_rows(hits: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for hit in hits:
        yield {"kind": hit["kind"], "organization": hit["meeting"]["body"], "start_date": hit["meeting"]["date"],
               "agenda_item_order": hit["item"]["number"], "agenda_item_description": hit["item"]["title"],
               "text": hit["text"], "source_path": hit["source"]["path"], "source_page": hit["source"]["page"]}


def history_to_rows(history: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per thing that happened, oldest meeting first; a page of a document that
    mentions the issue is a row of kind "mention" with its snippet, at that page."""
    for meeting in history["meetings"]:
        for item in meeting["items"]:
            happened = [(kind, outcome) for name, kind in HISTORY_KINDS.items() for outcome in item[name]]
            happened += [("mention", {**mention, "path": item["path"]}) for mention in item["mentions"]]
            for kind, outcome in happened:
                yield {"start_date": meeting["date"], "organization": meeting["body"],
                       "agenda_item_order": item["number"], "agenda_item_description": item["title"],
                       "kind": kind, "text": outcome["text"], "source_path": outcome["path"],
                       "source_page": outcome["page"]}


def actions_to_rows(actions: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows from `actions --json` entries."""
    for action in actions:
        evidence = action["closed_by"]
        yield {"id": action["id"], "organization": action["meeting"]["body"], "start_date": action["meeting"]["date"],
               "agenda_item_order": action["item"]["number"], "agenda_item_description": action["item"]["title"],
               "text": action["text"], "owner": action["owner"], "due_date": action["due"],
               "status": action["status"], "overdue": action["overdue"],
               "status_evidence": evidence["text"] if evidence else None,
               "source_path": action["source"]["path"], "source_page": action["source"]["page"]}


def rows_to_csv(rows: Iterable[dict[str, Any]], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
