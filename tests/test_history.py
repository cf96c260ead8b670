"""History of an issue: meetings oldest first, items that discuss it with everything resolved,
decided and actioned under them, findings that mention it, pages of reports, work programmes and
inspections that discuss it (as `mentions`), and the command's text and JSON."""
from __future__ import annotations

import json
import pathlib

import pytest
from click.testing import CliRunner

import cli
from corpus.ingest import ingest
from extract.records import DateMention, Document, Extraction, Finding, Item, Meeting, Passage, Source
from index.history import history
from index.search import search
from tests.conftest import SHARED
from tests.fakes import ingested_home, inspection_report, later_minutes, scrutiny_minutes

PANEL = "Children's Scrutiny Panel"


def ingested(tmp_path_factory: pytest.TempPathFactory, files: dict[str, Extraction]) -> pathlib.Path:
    return ingested_home(tmp_path_factory.mktemp("history"), files)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return ingested(tmp_path_factory, {"2024.txt": inspection_report(), "2018.txt": later_minutes(),
                                       "2017.txt": scrutiny_minutes()})


def test_meetings_oldest_first_with_what_happened(home: pathlib.Path) -> None:
    answer = history(str(home), "elective home education")
    assert [m["date"] for m in answer["meetings"]] == ["2017-11-06", "2018-01-15", "2024-07-19"]
    first = answer["meetings"][0]
    assert [i["number"] for i in first["items"]] == ["7"]
    assert [r["number"] for r in first["items"][0]["resolutions"]] == ["1", "2"]
    assert first["source"]["page"] == 4
    # The 2018 resolution does not name the issue; its item (on EHE) does.
    assert answer["meetings"][1]["items"][0]["resolutions"][0]["text"].startswith("That the ad-hoc panel")
    assert "electively home educated" in answer["meetings"][2]["items"][0]["findings"][0]["text"]


def test_unrelated_items_stay_out(home: pathlib.Path) -> None:
    items = [i["title"] for m in history(str(home), "EHE")["meetings"] for i in m["items"]]
    assert "School Places Strategy" not in items


def test_actions_of_a_matching_item_are_listed(home: pathlib.Path) -> None:
    items = history(str(home), "school places")["meetings"][0]["items"]
    assert items[0]["actions"][0]["owner"] == "Head of Admissions"
    assert items[0]["decisions"]


def test_command_text_and_json(home: pathlib.Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli.main, ["--home", str(home), "history", "elective home education", "--json"])
    assert result.exit_code == 0 and len(json.loads(result.output)["meetings"]) == 3
    result = runner.invoke(cli.main, ["--home", str(home), "history", "elective home education"])
    assert result.output.index("2017-11-06") < result.output.index("2024-07-19")
    assert runner.invoke(cli.main, ["--home", str(home), "history", " "]).exit_code == 1


# -- pages of documents without items -------------------------------------------------------
def agenda_pack(date: str = "2019-03-04") -> Extraction:
    """An agenda pack: the agenda, a report and an inspection bound into it (`part_of`), and a
    work programme at the back that splitting did not bind (it goes to the agenda before it)."""
    agenda = Document(
        kind="agenda", title=PANEL, page_start=1, page_end=2, meeting=Meeting(body=PANEL, date=date),
        items=[Item("5", "Work Programme", 2, text="To consider the Panel's work programme.")],
        passages=[Passage("Agenda\n4. Annual report on children educated at home\n5. Work Programme", 2)])
    report = Document(
        kind="report", title="Home Education Annual Report", page_start=3, page_end=5, part_of=0,
        dates=[DateMention("1 February 2019", "2019-02-01", "publication", 3)],
        passages=[Passage("1. Purpose\nThis report updates Members on children educated at home.", 3),
                  Passage("4. Numbers\nThe number of electively home educated children rose to 612 this year.", 4),
                  Passage("5. Finance\nThe service budget is unchanged.", 5)])
    inspection = Document(
        kind="inspection", title="Inspection of local authority children's services", page_start=6, page_end=9,
        part_of=0, dates=[DateMention("19 July 2018", "2018-07-19", "inspection", 6)],
        findings=[Finding("judgement", "Overall effectiveness: Good", 6, area="Overall effectiveness", grade="Good")],
        passages=[Passage("Overall effectiveness: Good", 6),
                  Passage("20. Leaders have realigned the teams supporting children missing education and those "
                          "who are electively home educated. Clearly defined roles ensure oversight.", 8),
                  Passage("21. Care leavers are well supported into education and training.", 9)])
    programme = Document(
        kind="work_programme", title="Work Programme 2019/20", page_start=10, page_end=10,
        passages=[Passage("Issue\tLead\tDate\nSEND strategy\tHead of SEND\tJune 2019\n"
                          "Exclusions, NEET, EHE and children missing education\tHead of Inclusion\tJuly 2019", 10)])
    return Extraction(Source("pack-2019.pdf", "", 10, "pdf"), [agenda, report, inspection, programme])


def standalone_inspection() -> Extraction:
    """An inspection published on its own: its date is its own; a finding and a paragraph on
    another page both mention the issue."""
    extraction = inspection_report("2021-05-07")
    extraction.documents[0].passages = [
        Passage("Children who are electively home educated are well supported by the inclusion service.", 9),
        Passage("35. Home visits to electively home educated children are timely.", 12)]
    return extraction


def minutes_with_pages() -> Extraction:
    extraction = scrutiny_minutes()
    extraction.documents[0].passages = [Passage("7 Elective Home Education\nThe report gave an overview.", 4)]
    return extraction


@pytest.fixture(scope="module")
def pack_home(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return ingested(tmp_path_factory, {"2017.txt": minutes_with_pages(), "pack.txt": agenda_pack(),
                                       "inspection.txt": standalone_inspection()})


def mentioned_pages(meeting: dict) -> list[tuple[str, int]]:
    return [(i["title"], m["page"]) for i in meeting["items"] for m in i["mentions"]]


def test_reports_work_programmes_and_inspections_are_mentions_in_date_order(pack_home: pathlib.Path) -> None:
    meetings = history(str(pack_home), "elective home education")["meetings"]
    assert [(m["body"], m["date"]) for m in meetings] == [(PANEL, "2017-11-06"), (PANEL, "2019-03-04"),
                                                          ("Ofsted", "2021-05-07")]
    # The minutes' page is not repeated: its item 7 already tells that meeting's story.
    assert [(i["number"], len(i["resolutions"]), i["mentions"]) for i in meetings[0]["items"]] == [("7", 2, [])]
    # Bound into the 2019 pack, the report and the inspection go to the agenda's meeting, and
    # so does the work programme at the back; a passing "EHE" in a list counts.
    assert mentioned_pages(meetings[1]) == [("Home Education Annual Report", 4),
                                            ("Inspection of local authority children's services", 8),
                                            ("Work Programme 2019/20", 10)]
    entry = meetings[1]["items"][1]
    assert entry["number"] is None and entry["path"].endswith("pack.txt")
    assert "electively home educated" in entry["mentions"][0]["text"]


def test_unrelated_pages_do_not_count(pack_home: pathlib.Path) -> None:
    pages = [p for m in history(str(pack_home), "elective home education")["meetings"] for _, p in mentioned_pages(m)]
    assert 3 not in pages and 5 not in pages and 9 not in pages  # "educated at home", finance, care leavers


def test_a_page_with_a_matching_finding_is_not_repeated(pack_home: pathlib.Path) -> None:
    ofsted = history(str(pack_home), "elective home education")["meetings"][-1]
    assert [(i["title"], len(i["findings"]), [m["page"] for m in i["mentions"]]) for i in ofsted["items"]] == [
        ("Findings", 1, []), ("Inspection of children's social care services", 0, [12])]


def test_findings_of_a_bound_inspection_take_the_agenda_meeting(pack_home: pathlib.Path) -> None:
    meetings = history(str(pack_home), "overall effectiveness")["meetings"]
    assert [(m["body"], m["date"]) for m in meetings if any(i["findings"] for i in m["items"])] == [
        (PANEL, "2019-03-04")]


def test_pages_are_searchable_with_their_page_and_rank_below_records(pack_home: pathlib.Path) -> None:
    hits = search(str(pack_home), "electively home educated", kind="document")["hits"]
    assert {(h["source"]["page"], h["meeting"]["date"]) for h in hits} >= {(4, "2019-03-04"), (8, "2019-03-04")}
    best = search(str(pack_home), "elective home education resolutions")["hits"][0]
    assert best["kind"] == "resolution"


def test_mentions_in_the_command_output(pack_home: pathlib.Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli.main, ["--home", str(pack_home), "history", "EHE", "--json"])
    assert result.exit_code == 0 and any(i["mentions"] for m in json.loads(result.output)["meetings"]
                                         for i in m["items"])
    text = runner.invoke(cli.main, ["--home", str(pack_home), "history", "EHE"]).output
    assert "mentioned: Exclusions, NEET, EHE and children missing education" in text


# -- acceptance over the shared corpus --------------------------------------------------------
@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (the shared development corpus) is absent on this machine")
    home = tmp_path_factory.mktemp("history-shared") / "home"
    ingest([SHARED / "corpus" / "pdf", SHARED / "corpus" / "real"], home, jobs=2)
    return home


@pytest.mark.golden
def test_issue_3_history_of_elective_home_education(shared: pathlib.Path, shared_home: pathlib.Path) -> None:
    meetings = history(str(shared_home), "elective home education")["meetings"]
    first = meetings[0]
    assert (first["body"], first["date"]) == (PANEL, "2017-11-06")
    item = first["items"][0]
    assert (item["number"], [r["text"][:40] for r in item["resolutions"]]) == (
        "7", ["That the information relating to Electiv", "That the Panel commence an in-depth cons"])
    later = meetings[1:]
    assert later and all(m["date"] for m in later)
    assert [m["date"] for m in meetings] == sorted({m["date"] for m in meetings})
    mentions = [(pathlib.Path(i["path"]).name, m["page"], i["title"]) for meeting in later
                for i in meeting["items"] for m in i["mentions"]]
    # Paragraph 20 of the 2024 inspection, and a work programme row in each pack that plans it.
    assert ("004_d757599437050629.pdf", 16) in [(name, page) for name, page, _ in mentions]
    assert sum("WORK PROGRAMME" in title.upper() for _, _, title in mentions) >= 2


def test_a_long_page_matching_in_several_chunks_is_one_mention(tmp_path_factory: pytest.TempPathFactory) -> None:
    extraction = inspection_report("2022-06-01")
    filler = "Leaders know their services well and act on what they find. " * 8
    extraction.documents[0].passages = [Passage(
        f"30. Children who are electively home educated are visited promptly. {filler}"
        f"31. Elective home education numbers are reported to the board each term.", 11)]
    home = ingested(tmp_path_factory, {"long.txt": extraction})
    meetings = history(str(home), "elective home education")["meetings"]
    assert [m["page"] for meeting in meetings for i in meeting["items"] for m in i["mentions"]] == [11]
