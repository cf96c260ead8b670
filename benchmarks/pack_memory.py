"""Peak memory of extracting agenda packs of 100, 400 and 2,000 pages, every page with a ruled table.

    python benchmarks/pack_memory.py [--pages 100 400 2000] [--seeds ../shared/corpus/seeds] [--keep DIR]

The packs are written in the run (`large_inputs.write_ruled_pack`: the seed minutes as text, an
action table ruled with lines on every page, so pdfplumber's table finder reads every page).
Each is extracted (`extract.pipeline.extract_file`, what `extract` and `ingest` run) in a fresh
process, whose peak resident set size its parent reads with `getrusage(RUSAGE_CHILDREN)` once it
has ended (a parent of its own for each pack, as that figure is the maximum over all children).
The reference, measured the same way in the same run, is a 1-page pack: the cost of the
interpreter, spaCy and the readers. Goal: under 1 GB at 2,000 pages, i.e. memory bounded per
page, not per document.
"""
from __future__ import annotations

import argparse
import pathlib
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from large_inputs import write_ruled_pack  # noqa: E402

GOAL_MB = 1024


def extract_in_child(pdf: pathlib.Path) -> None:
    from extract.pipeline import extract_file

    extract_file(pdf)


def peak_of_fresh_process(pdf: pathlib.Path) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of a process that extracts `pdf` and ends. The peak of the
    children waited for so far is a running maximum, so the extraction runs in a child of a
    child, which reports its own figure."""
    script = ("import resource, subprocess, sys\n"
              "subprocess.run([sys.executable, sys.argv[1], '--child', sys.argv[2]], check=True)\n"
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", script, str(pathlib.Path(__file__).resolve()), str(pdf)],
                         check=True, capture_output=True, text=True)
    return int(out.stdout.split()[-1]) / 1024, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, nargs="+", default=[100, 400, 2000])
    ap.add_argument("--seeds", type=pathlib.Path, default=REPO.parent / "shared" / "corpus" / "seeds")
    ap.add_argument("--keep", type=pathlib.Path,
                    help="write the packs here and keep them (default: a temporary folder)")
    ap.add_argument("--child", type=pathlib.Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        extract_in_child(args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or pathlib.Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for pages in [1, *args.pages]:
            pdf = folder / f"ruled-pack-{pages}.pdf"
            if not pdf.exists():
                write_ruled_pack(pdf, pages, args.seeds)
            peak, seconds = peak_of_fresh_process(pdf)
            rows.append((pages, pdf.stat().st_size / 1e6, peak, seconds))
    base = rows[0][2]
    print(f"{'pages':>6} {'PDF MB':>7} {'peak RSS MB':>11} {'over 1-page MB':>14} {'MB/page':>8} {'seconds':>8}")
    for pages, size, peak, seconds in rows:
        per_page = (peak - base) / (pages - 1) if pages > 1 else 0.0
        print(f"{pages:6d} {size:7.1f} {peak:11.0f} {peak - base:14.0f} {per_page:8.2f} {seconds:8.1f}")
    largest = rows[-1]
    verdict = "met" if largest[2] < GOAL_MB else "NOT met"
    print(f"reference: a 1-page pack peaks at {base:.0f} MB; {largest[0]} pages peak at {largest[2]:.0f} MB "
          f"(goal under {GOAL_MB} MB at 2,000 pages: {verdict})")


if __name__ == "__main__":
    main()
