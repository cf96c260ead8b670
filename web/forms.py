"""What a page was asked, read from its query string, and the links that change one part of it
(a facet, a filter removed, more hits). Values are kept as typed; the library judges them."""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

PAGE_HITS = 20
MAX_HITS = 200


def clean(value: str | None) -> str:
    return (value or "").strip()


@dataclass(frozen=True)
class SearchForm:
    q: str = ""
    kind: str = ""
    body: str = ""
    since: str = ""
    until: str = ""
    open: bool = False
    limit: int = PAGE_HITS

    @classmethod
    def from_args(cls, args: Any) -> SearchForm:
        try:
            limit = min(max(int(args.get("limit", PAGE_HITS)), 1), MAX_HITS)
        except ValueError:
            limit = PAGE_HITS
        return cls(q=clean(args.get("q")), kind=clean(args.get("kind")), body=clean(args.get("body")),
                   since=clean(args.get("since")), until=clean(args.get("until")),
                   open=args.get("open") in ("1", "on", "yes", "true"), limit=limit)

    def args(self, **changes: Any) -> dict[str, Any]:
        """Query-string arguments of this search with `changes`; empty values and the default
        page size are left out so links stay short."""
        values = asdict(replace(self, **changes))
        values["open"] = 1 if values["open"] else None
        if values["limit"] == PAGE_HITS:
            values["limit"] = None
        return {k: v for k, v in values.items() if v}

    def narrowed(self, **changes: Any) -> dict[str, Any]:
        """args() of a changed filter: back to the first page of hits."""
        return self.args(limit=PAGE_HITS, **changes)

    @property
    def filtered(self) -> bool:
        return bool(self.kind or self.body or self.since or self.until or self.open)

    @property
    def year(self) -> str:
        """The year a year facet chose (since and until the same year), or ""."""
        return self.since if self.since == self.until and self.since.isdigit() and len(self.since) == 4 else ""


# The register views a clerk picks from: (ActionFilter status, overdue only).
ACTION_VIEWS = {"open": ("open", False), "overdue": ("open", True), "done": ("done", False), "all": ("all", False)}


@dataclass(frozen=True)
class ActionsForm:
    status: str = "open"
    body: str = ""
    owner: str = ""

    @classmethod
    def from_args(cls, args: Any) -> ActionsForm:
        status = clean(args.get("status")) or "open"
        return cls(status=status, body=clean(args.get("body")), owner=clean(args.get("owner")))

    @property
    def known_status(self) -> bool:
        return self.status in ACTION_VIEWS

    def args(self, **changes: Any) -> dict[str, Any]:
        return {k: v for k, v in asdict(replace(self, **changes)).items() if v}
