"""Hand-built extractions for the store, index and search tests, so they do not depend on
extraction quality, and an extractor that reads them back from .json fixture files."""
from __future__ import annotations

import hashlib
import json
import os
import pathlib
import time

from extract.errors import ExtractError
from extract.records import (
    Action,
    Attendee,
    Decision,
    Document,
    Extraction,
    Finding,
    Item,
    Meeting,
    Resolution,
    Source,
    extraction_from_dict,
)


def scrutiny_minutes(date: str = "2017-11-06", body: str = "Children's Scrutiny Panel") -> Extraction:
    """Minutes in the style of a scrutiny panel: an item on elective home education with two
    resolutions, an item on school places with an action, attendance."""
    ehe = Item(
        number="7", title="Elective Home Education", page=4,
        text="The report gave an overview of the legislation on Elective Home Education (EHE). The number of "
             "electively home educated children had increased.",
        resolutions=[
            Resolution("That the information relating to Elective Home Education be noted.", 5, "1"),
            Resolution("That the Panel commence an in-depth consideration of Elective Home Education by means of "
                       "an ad-hoc Panel.", 5, "2"),
        ],
    )
    places = Item(
        number="8", title="School Places Strategy", page=6,
        text="Members discussed the demand for secondary school places in the north of the district.",
        decisions=[Decision("It was agreed that the strategy be brought back in March.", 6)],
        actions=[Action("Head of Admissions to circulate the pupil projections to Members.", 6,
                        owner="Head of Admissions", due="2017-12-18")],
    )
    minutes = Document(
        kind="minutes", title=body, page_start=3, page_end=7,
        meeting=Meeting(body=body, date=date, time="10:00", venue="Town Hall"),
        attendees=[Attendee("Elizabeth Smaje", "present", 3, "Councillor", "Chair"),
                   Attendee("Gwen Lowe", "apologies", 3, "Councillor")],
        items=[ehe, places],
    )
    return Extraction(Source(f"minutes-{date}.pdf", "", 8, "pdf"), [minutes])


def inspection_report(date: str = "2024-07-19") -> Extraction:
    report = Document(
        kind="inspection", title="Inspection of children's social care services", page_start=1, page_end=20,
        meeting=Meeting(body="Ofsted", date=date),
        findings=[
            Finding("judgement", "The experiences and progress of children in care: Good", 2,
                    area="The experiences and progress of children in care", grade="Good"),
            Finding("finding", "Children who are electively home educated are well supported by the inclusion "
                               "service.", 9),
            Finding("improvement", "The availability and choice of homes for care leavers.", 3),
        ],
    )
    return Extraction(Source("inspection.pdf", "", 20, "pdf"), [report])


def later_minutes(date: str = "2018-01-15") -> Extraction:
    item = Item(
        number="4", title="Ad-hoc Panel on EHE: progress", page=2,
        text="The Chair reported on the ad-hoc panel's visits on home education.",
        resolutions=[Resolution("That the ad-hoc panel report to the next meeting.", 2, None)],
    )
    doc = Document(kind="minutes", title="Children's Scrutiny Panel", page_start=1, page_end=3,
                   meeting=Meeting(body="Children's Scrutiny Panel", date=date), items=[item])
    return Extraction(Source("later.pdf", "", 3, "pdf"), [doc])


def write_fixture(path: pathlib.Path, extraction: Extraction, marker: str = "") -> pathlib.Path:
    """Writes an extraction as a .json fixture; `marker` changes the bytes (hence the SHA-256)."""
    data = extraction.to_dict()
    data["marker"] = marker
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def ingested_home(root: pathlib.Path, files: dict[str, Extraction]) -> pathlib.Path:
    """root/home holding the hand-built extractions, each written as the fixture file it is
    named by (under root/src) and ingested with json_extractor."""
    from corpus.ingest import ingest

    src = root / "src"
    src.mkdir()
    for name, extraction in files.items():
        write_fixture(src / name, extraction)
    ingest([src], root / "home", extractor=json_extractor)
    return root / "home"


def json_extractor(path: pathlib.Path) -> Extraction:
    """Reads a fixture back; files named bad* fail like a corrupt PDF. MINUTEBOOK_TEST_SLOW
    (seconds) slows each file down, so a test can kill an ingest half-way."""
    time.sleep(float(os.environ.get("MINUTEBOOK_TEST_SLOW", "0")))
    if path.name.startswith("bad"):
        raise ExtractError(f"{path.name}: the file is damaged and cannot be read.")
    raw = path.read_bytes()
    data = json.loads(raw)
    data["source"]["path"] = str(path)
    data["source"]["sha256"] = hashlib.sha256(raw).hexdigest()
    return extraction_from_dict(data)
