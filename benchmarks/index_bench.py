"""Index build rate and query latency on a synthetic index generated from the shared corpus,
against the same workload on tantivy (the reference, measured in the same run).

    python benchmarks/index_bench.py [--shared ../shared] [--records 100000] [--rounds 3]

The corpus's own records (extracted from corpus/pdf and corpus/real) are copied until there
are --records of them; each copy gets its own id, file, a date shifted by weeks, and a few
words swapped for other words of the corpus, so postings are not just repeats. The index is
written the way ingest writes it (index.writer.write_batch, one commit per
corpus.ingest.BATCH_RECORDS records); queries are the officer questions of
benchmarks/officer_questions.jsonl (which tests/test_queries.py reads too) through
RecordIndex.search (one searcher kept open, highlights of the hits shown included).
tantivy (`pip install -e '.[bench]'`) gets the same records, batches and questions
(benchmarks/tantivy_reference.py says how they map). Prints records/s and p50/p95 latency in
ms, each from wall time and from this process's CPU time (a machine shared with other work
slows the first, not the second), the goals, and the ratios Whoosh/tantivy.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import pathlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from corpus.ingest import BATCH_RECORDS, paths_to_files  # noqa: E402
from corpus.store import Store  # noqa: E402
from index.records import IndexRecord, extraction_to_index_records  # noqa: E402
from index.schema import open_index  # noqa: E402
from index.search import RecordIndex  # noqa: E402
from index.understand import Understood  # noqa: E402
from index.writer import write_batch  # noqa: E402

GOAL_RECORDS_PER_S = 1000
GOAL_P50_MS = 20
GOAL_P95_MS = 100
QUESTIONS_FILE = pathlib.Path(__file__).resolve().parent / "officer_questions.jsonl"
SWAPPED_WORDS = 3


def corpus_records(shared: pathlib.Path) -> list[IndexRecord]:
    from extract.errors import ExtractError
    from extract.pipeline import extract_file

    records: list[IndexRecord] = []
    files, _ = paths_to_files([shared / "corpus" / "pdf", shared / "corpus" / "real"])
    for path in files:
        try:
            records.extend(extraction_to_index_records(extract_file(path)))
        except ExtractError:
            continue
    return records


def synthetic(base: list[IndexRecord], count: int, seed: int = 7) -> list[IndexRecord]:
    rng = random.Random(seed)
    vocabulary = sorted({w for r in base for w in r.text.split() if w.isalpha() and len(w) > 3})
    out: list[IndexRecord] = []
    copy = 0
    while len(out) < count:
        for record in base:
            if len(out) == count:
                break
            words = record.text.split()
            for _ in range(min(SWAPPED_WORDS, len(words))):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
            date = record.date
            if date:
                date = (dt.date.fromisoformat(date) + dt.timedelta(weeks=copy % 520)).isoformat()
            out.append(dataclasses.replace(
                record, id=f"{record.id}-s{copy}", file=f"{record.file[:48]}{copy:016x}", text=" ".join(words),
                date=date, meeting_key=f"{record.meeting_key}-s{copy}",
                item_key=f"{record.item_key}-s{copy}" if record.item_key else None))
        copy += 1
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


@dataclasses.dataclass
class Figures:
    name: str
    wall_s: float = 0.0
    cpu_s: float = 0.0
    walls: list[float] = dataclasses.field(default_factory=list)
    cpus: list[float] = dataclasses.field(default_factory=list)

    def rate(self, records: int, seconds: float) -> float:
        return records / seconds if seconds else float("inf")

    def print_build(self, records: int) -> None:
        print(f"{self.name} build: {records} records in {self.wall_s:.1f} s wall = "
              f"{self.rate(records, self.wall_s):.0f} records/s; {self.cpu_s:.1f} s CPU = "
              f"{self.rate(records, self.cpu_s):.0f} records/s")

    def print_latency(self, questions: int, rounds: int) -> None:
        print(f"{self.name} query latency over {questions} officer questions x {rounds} (phrases included):")
        for name, values in (("wall", self.walls), ("CPU", self.cpus)):
            print(f"  {name}: p50 {percentile(values, 0.5):.1f} ms, p95 {percentile(values, 0.95):.1f} ms, "
                  f"max {max(values):.1f} ms")


def timed_build(name: str, write: Callable[[list[IndexRecord]], object], records: list[IndexRecord]) -> Figures:
    """Writes the records in ingest's batches, timed."""
    figures = Figures(name)
    started, cpu_started = time.perf_counter(), time.process_time()
    for start in range(0, len(records), BATCH_RECORDS):
        write(records[start:start + BATCH_RECORDS])
    figures.wall_s, figures.cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
    return figures


def latencies(figures: Figures, ask: Callable[[str], object], questions: list[str], rounds: int) -> None:
    for question in questions:  # warm the caches once, as a long-lived server would be
        ask(question)
    for _ in range(rounds):
        for question in questions:
            t, c = time.perf_counter(), time.process_time()
            ask(question)
            figures.walls.append((time.perf_counter() - t) * 1000)
            figures.cpus.append((time.process_time() - c) * 1000)


def whoosh_figures(home: str, records: list[IndexRecord], questions: list[str], rounds: int
                   ) -> tuple[Figures, Callable[[str], Understood]]:
    store = Store(home)
    store.save()
    ix = open_index(store.index_dir, create=True)
    figures = timed_build("whoosh", lambda batch: write_batch(ix, [], batch), records)
    index = RecordIndex(home)
    latencies(figures, index.search, questions, rounds)
    return figures, index.understand


def tantivy_figures(folder: str, records: list[IndexRecord], questions: list[str], rounds: int,
                    understand: Callable[[str], Understood]) -> Figures | None:
    try:
        from tantivy_reference import TantivyReference
    except ImportError:
        return None
    reference = TantivyReference(folder)
    figures = timed_build("tantivy", reference.write_batch, records)
    reference.open()
    latencies(figures, lambda q: reference.search(q, understand), questions, rounds)
    return figures


def print_goals(figures: Figures, records: int) -> None:
    rate = figures.rate(records, figures.cpu_s)
    p50, p95 = percentile(figures.cpus, 0.5), percentile(figures.cpus, 0.95)
    met = rate >= GOAL_RECORDS_PER_S and p50 <= GOAL_P50_MS and p95 <= GOAL_P95_MS
    print(f"goal (CPU figures): build >= {GOAL_RECORDS_PER_S} records/s, p50 <= {GOAL_P50_MS} ms, "
          f"p95 <= {GOAL_P95_MS} ms: {'met' if met else 'NOT met'} ({rate:.0f} records/s, p50 {p50:.1f} ms, "
          f"p95 {p95:.1f} ms)")


def print_ratios(whoosh: Figures, tantivy: Figures, records: int) -> None:
    for clock, w_s, t_s, w_ms, t_ms in (("wall", whoosh.wall_s, tantivy.wall_s, whoosh.walls, tantivy.walls),
                                        ("CPU", whoosh.cpu_s, tantivy.cpu_s, whoosh.cpus, tantivy.cpus)):
        print(f"whoosh/tantivy ({clock}): build rate {w_s and t_s / w_s:.2f}x; "
              f"p50 {percentile(w_ms, 0.5) / percentile(t_ms, 0.5):.1f}x, "
              f"p95 {percentile(w_ms, 0.95) / percentile(t_ms, 0.95):.1f}x as long")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    questions = [json.loads(line)["question"] for line in QUESTIONS_FILE.read_text(encoding="utf-8").splitlines()
                 if line.strip()]

    base = corpus_records(args.shared)
    records = synthetic(base, args.records)
    mean_words = statistics.mean(len(r.text.split()) for r in records)
    print(f"{len(base)} corpus records -> {len(records)} synthetic records, {mean_words:.0f} words on average; "
          f"{BATCH_RECORDS} records a commit")
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as folder:
        whoosh, understand = whoosh_figures(home, records, questions, args.rounds)
        whoosh.print_build(len(records))
        whoosh.print_latency(len(questions), args.rounds)
        print_goals(whoosh, len(records))
        tantivy = tantivy_figures(folder, records, questions, args.rounds, understand)
    if tantivy is None:
        print("tantivy reference skipped: it is not installed; pip install -e '.[bench]' (tantivy==0.25.0).")
        return
    tantivy.print_build(len(records))
    tantivy.print_latency(len(questions), args.rounds)
    print_ratios(whoosh, tantivy, len(records))


if __name__ == "__main__":
    main()
