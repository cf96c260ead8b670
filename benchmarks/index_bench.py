"""Index build rate and query latency on a synthetic index generated from the shared corpus.

    python benchmarks/index_bench.py [--shared ../shared] [--records 100000] [--rounds 3]

The corpus's own records (extracted from corpus/pdf and corpus/real) are copied until there
are --records of them; each copy gets its own id, file, a date shifted by weeks, and a few
words swapped for other words of the corpus, so postings are not just repeats. The index is
written the way ingest writes it (index.writer.write_batch, one commit per batch); queries are
the officer questions of benchmarks/officer_questions.jsonl (which tests/test_queries.py
reads too) through RecordIndex.search (one searcher kept
open, highlights included). Prints records/s and p50/p95 latency in ms, each from wall time and
from this process's CPU time (a machine shared with other work slows the first, not the second).
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

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from corpus.ingest import paths_to_files  # noqa: E402
from corpus.store import Store  # noqa: E402
from index.records import IndexRecord, extraction_to_index_records  # noqa: E402
from index.schema import open_index  # noqa: E402
from index.search import RecordIndex  # noqa: E402
from index.writer import write_batch  # noqa: E402

BATCH = 10_000
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
    print(f"{len(base)} corpus records -> {len(records)} synthetic records, {mean_words:.0f} words on average")
    with tempfile.TemporaryDirectory() as home:
        store = Store(home)
        store.save()
        ix = open_index(store.index_dir, create=True)
        started, cpu_started = time.perf_counter(), time.process_time()
        for start in range(0, len(records), BATCH):
            write_batch(ix, [], records[start:start + BATCH])
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        print(f"build: {len(records)} records in {seconds:.1f} s wall = {len(records) / seconds:.0f} records/s; "
              f"{cpu:.1f} s CPU = {len(records) / cpu:.0f} records/s")
        with RecordIndex(home) as index:
            for question in questions:  # warm the caches once, as a long-lived server would be
                index.search(question)
            walls: list[float] = []
            cpus: list[float] = []
            for _ in range(args.rounds):
                for question in questions:
                    t, c = time.perf_counter(), time.process_time()
                    index.search(question)
                    walls.append((time.perf_counter() - t) * 1000)
                    cpus.append((time.process_time() - c) * 1000)
        print(f"query latency over {len(questions)} officer questions x {args.rounds} (phrases included):")
        for name, values in (("wall", walls), ("CPU", cpus)):
            print(f"  {name}: p50 {percentile(values, 0.5):.1f} ms, p95 {percentile(values, 0.95):.1f} ms, "
                  f"max {max(values):.1f} ms")


if __name__ == "__main__":
    main()
