"""Ingest on a Dask cluster against the local process pool, side by side in one run.

    python benchmarks/cluster_bench.py [PATH...] [--workers 2] [--repeat 2] [--tiny 300]
                                       [--project 10000000]

Needs the cluster extra (pip install -e '.[cluster]'). Default files: ../shared/corpus/pdf, real
and real2 when present, else the sample corpus (corpus/sample/pdf). Every figure is a whole
`corpus.ingest.ingest` into a fresh home (hashing, extraction, the index written), in pages per
second, the best of --repeat:

- one process (`--jobs 1`, spaCy already loaded): what one core extracts;
- the reference: the local pool, `--jobs W`, started for each ingest as the command does;
- a LocalCluster of W one-thread worker processes: its first ingest (cold: the workers import
  minutebook and load spaCy, as the pool's do), then warm (a cluster's workers stay up between
  ingests), files sent as bytes (the default) and as paths (`--shared-storage`). The overhead
  ratio is the cluster's time over the pool's;
- the one writer: the same files indexed again from the store's cache (the index deleted first),
  in wall and CPU time: the most pages per second the ingesting process takes in, however many
  workers extract;
- the per-task overhead: --tiny one-line files whose extraction does nothing, in this process,
  the pool and the cluster, in milliseconds of a worker's time per file (wall x workers / files);
- what a page leaves: index records, bytes of cached extraction, bytes of catalog a file;
- CPU time a page: the whole ingest in one process, extraction on the cluster's workers (their
  processes' CPU time, asked of them), the writer;
- the projection: --project pages at N workers, each a core of its own extracting as many
  pages a second as a cluster worker's CPU time here says, capped by the one writer's CPU time.

The machine may be shared: the load average is printed, and CPU time where it is the measure.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from corpus.cluster import Cluster  # noqa: E402
from corpus.ingest import default_extractor, extract_safely, ingest, paths_to_files  # noqa: E402
from corpus.store import Store  # noqa: E402
from extract.records import Extraction, Source  # noqa: E402


def nothing_extracted(path: pathlib.Path) -> Extraction:
    """An extraction that costs nothing: what is left of a task is the cost of sending it."""
    return Extraction(Source(str(path), "", 1, "txt"), [])


def default_paths() -> list[pathlib.Path]:
    corpus = REPO.parent / "shared" / "corpus"
    if corpus.is_dir():
        return [corpus / "pdf", corpus / "real", corpus / "real2"]
    return [REPO / "corpus" / "sample" / "pdf"]


def stored_pages(home: pathlib.Path) -> int:
    store = Store(home)
    return sum(store.get_extraction(sha).source.pages for sha in store.files)


def store_figures(home: pathlib.Path, pages: int) -> str:
    """Records and cached-extraction bytes a page, for projecting the index and the store."""
    store = Store(home)
    records = sum(sum(entry.records.values()) for entry in store.files.values())
    cached = sum(store.extraction_path(sha).stat().st_size for sha in store.files)
    return (f"{records} records ({records / pages:.1f} a page), cached extractions {cached / pages / 1024:.1f} KB "
            f"a page, catalog {store.catalog_path.stat().st_size / len(store.files):.0f} bytes a file")


def workers_cpu(address: str) -> float:
    """CPU seconds the cluster's worker processes have used so far."""
    from distributed import Client

    with Client(address, set_as_default=False) as client:
        return sum(client.run(time.process_time).values())


def best_ingest(paths: list[pathlib.Path], work: pathlib.Path, repeat: int,
                cpu: Callable[[], float] = time.process_time, **options: object
                ) -> tuple[float, float, int, pathlib.Path]:
    """The best wall time and the least CPU time (as `cpu` counts it) of `repeat` ingests of
    `paths` into fresh homes, the pages stored, and the last home."""
    wall = used = float("inf")
    for _ in range(repeat):
        home = pathlib.Path(tempfile.mkdtemp(dir=work))
        started, started_cpu = time.perf_counter(), cpu()
        ingest(paths, home, **options)  # type: ignore[arg-type]
        wall, used = min(wall, time.perf_counter() - started), min(used, cpu() - started_cpu)
    return wall, used, stored_pages(home), home


def writer_seconds(paths: list[pathlib.Path], home: pathlib.Path, repeat: int) -> tuple[float, float]:
    """The best wall and CPU times to index `paths` of `home` again from its cache, the index
    deleted first."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        shutil.rmtree(home / "index")
        started, started_cpu = time.perf_counter(), time.process_time()
        ingest(paths, home, extractor=refuse)
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return wall, cpu


def refuse(path: pathlib.Path) -> Extraction:
    raise AssertionError(f"{path} extracted again: the re-index must read the cache")


def tiny_files(work: pathlib.Path, count: int) -> pathlib.Path:
    folder = work / "tiny"
    folder.mkdir()
    for n in range(count):
        (folder / f"t{n:05d}.txt").write_text(f"Minutes {n}\n", encoding="utf-8")
    return folder


def per_task_ms(seconds: float, workers: int, files: int) -> float:
    return 1000 * seconds * workers / files


def line(name: str, seconds: float, pages: int, reference: float | None = None) -> str:
    ratio = f"   time x{seconds / reference:.2f} of the pool" if reference else ""
    return f"{name:46} {seconds:7.2f} s {pages / seconds:8.1f} pages/s{ratio}"


def projection(pages: int, per_worker: float, writer: float) -> list[str]:
    rows = []
    for workers in (1, 2, 8, 32, 128, 512):
        rate = min(workers * per_worker, writer)
        limit = "the writer" if writer < workers * per_worker else "extraction"
        rows.append(f"  {workers:4d} workers: {rate:8.1f} pages/s, {pages / rate / 3600:8.1f} h ({limit})")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=pathlib.Path)
    ap.add_argument("--workers", type=int, default=2, help="pool processes and cluster workers (default 2)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each timing; the best counts (default 2)")
    ap.add_argument("--tiny", type=int, default=300, help="files of the per-task overhead run (default 300)")
    ap.add_argument("--project", type=int, default=10_000_000, help="pages of the projection (default 10 million)")
    args = ap.parse_args()
    from distributed import LocalCluster

    paths = args.paths or default_paths()
    files, _ = paths_to_files(paths)
    print(f"{len(files)} files under {', '.join(str(p) for p in paths)}; {args.workers} workers; "
          f"best of {args.repeat}")
    with tempfile.TemporaryDirectory() as folder, \
            LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address=None) as local:
        work = pathlib.Path(folder)
        address = local.scheduler_address
        extract_safely(default_extractor, files[0])  # loads spaCy in this process: one process is timed warm
        one, one_cpu, pages, home = best_ingest(paths, work, args.repeat)
        pool, *_ = best_ingest(paths, work, args.repeat, jobs=args.workers)
        cold, *_ = best_ingest(paths, work, 1, cluster=Cluster(address))
        as_bytes, worker_cpu, *_ = best_ingest(paths, work, args.repeat, lambda: workers_cpu(address),
                                               cluster=Cluster(address))
        as_paths, *_ = best_ingest(paths, work, args.repeat, cluster=Cluster(address, shared_storage=True))
        writer, writer_cpu = writer_seconds(paths, home, args.repeat)
        print(f"\n{'whole ingest of ' + str(pages) + ' pages':46} {'wall':>9} {'rate':>15}")
        print(line("one process, --jobs 1", one, pages))
        print(line(f"local pool --jobs {args.workers} (the reference)", pool, pages))
        print(line(f"LocalCluster, {args.workers} workers, first ingest (cold)", cold, pages, pool))
        print(line(f"LocalCluster, {args.workers} workers, warm, as bytes", as_bytes, pages, pool))
        print(line(f"LocalCluster, {args.workers} workers, warm, --shared-storage", as_paths, pages, pool))
        print(line("the one writer, from the cache (wall)", writer, pages))
        print(line("the one writer, from the cache (CPU)", writer_cpu, pages))
        print(f"overhead ratio, cluster time / pool time: cold {cold / pool:.2f}, warm as bytes "
              f"{as_bytes / pool:.2f}, warm as paths {as_paths / pool:.2f}")
        print(f"store: {store_figures(home, pages)}")
        print(f"CPU a page: whole ingest in one process {1000 * one_cpu / pages:.1f} ms, extraction on the "
              f"cluster's workers {1000 * worker_cpu / pages:.1f} ms, the writer {1000 * writer_cpu / pages:.1f} ms")

        tiny = [tiny_files(work, args.tiny)]
        timings: list[tuple[str, Callable[[], object], int]] = [
            ("in this process", lambda: ingest(tiny, work / "t1", extractor=nothing_extracted), 1),
            (f"local pool --jobs {args.workers}",
             lambda: ingest(tiny, work / "t2", extractor=nothing_extracted, jobs=args.workers), args.workers),
            ("LocalCluster, files as bytes",
             lambda: ingest(tiny, work / "t3", extractor=nothing_extracted, cluster=Cluster(address)), args.workers),
        ]
        print(f"\nper task, {args.tiny} files whose extraction does nothing (ms of a worker's time per file):")
        for name, run, workers in timings:
            started = time.perf_counter()
            run()
            seconds = time.perf_counter() - started
            print(f"  {name:34} {per_task_ms(seconds, workers, args.tiny):6.2f} ms ({seconds:.2f} s wall)")
        per_worker = pages / worker_cpu
        print(f"\n{args.project:,} pages, each worker a core of its own extracting {per_worker:.1f} pages/s (its CPU "
              f"time here), the writer taking {pages / writer_cpu:.1f} pages/s (its CPU time):")
        print("\n".join(projection(args.project, per_worker, pages / writer_cpu)))
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
