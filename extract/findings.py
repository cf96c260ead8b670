"""Inspection findings: judgements per area, findings, comments, recommendations, improvements."""
from __future__ import annotations

from extract.records import Finding, Line


def lines_to_findings(lines: list[Line]) -> list[Finding]:
    return []
