"""A person-readable rendering of an Extraction for `minutebook extract` without --json."""
from __future__ import annotations

from extract.records import Extraction


def extraction_to_text(result: Extraction) -> str:
    out = [f"{result.source.path}: {result.source.pages} pages, {len(result.documents)} documents"]
    for doc in result.documents:
        m = doc.meeting
        when = f" {m.body or ''} {m.date or ''}".rstrip() if m else ""
        scanned = " (read by OCR: a name or figure may be misread)" if doc.ocr else ""
        out.append(f"\n[{doc.kind}] pages {doc.page_start}-{doc.page_end}{when}{scanned}")
        if doc.title:
            out.append(f"  {doc.title}")
        for status in ("present", "apologies", "in_attendance", "absent"):
            names = [a.name for a in doc.attendees if a.status == status]
            if names:
                out.append(f"  {status.replace('_', ' ')}: {', '.join(names)}")
        for it in doc.items:
            out.append(f"  {it.number or '-'} {it.title} (p{it.page})")
            for r in it.resolutions:
                out.append(f"      RESOLVED {r.number + ') ' if r.number else ''}{r.text} (p{r.page})")
            for d in it.decisions:
                out.append(f"      DECIDED {d.text} (p{d.page})")
            for a in it.actions:
                extra = ", ".join(x for x in (a.owner, a.due) if x)
                out.append(f"      ACTION {a.text}{' [' + extra + ']' if extra else ''} (p{a.page})")
        for f in doc.findings:
            label = f"{f.area}: {f.grade}" if f.kind == "judgement" else f.text
            out.append(f"  {f.kind}: {label} (p{f.page})")
    return "\n".join(out)
