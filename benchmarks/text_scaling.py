"""Extraction time per MB of text at 1, 2, 4 and 8 MB: does it grow linearly with the input?

    python benchmarks/text_scaling.py [--mb 1 2 4 8] [--shape book meeting item] [--seeds ../shared/corpus/seeds]

The texts are made from the seed minutes in the run (`large_inputs.minutes_text`), in three
shapes: `book`, the seeds one after another (many documents); `meeting`, one minutes document
whose items are the seeds' minute items numbered on; `item`, one minutes document with one item
holding all of them (a licensing board's hundreds of applications). Each is written as a .txt file
and extracted whole (`extract.pipeline.extract_file`) in this process, after a warm-up; the time
is CPU time (the machine is shared, and CPU time is what a busy neighbour disturbs least). The
reference is the same shape at the smallest size, measured in the same run: "x linear" is the
seconds per MB against the reference's. Goal: within 1.2x of linear at every size.
"""
from __future__ import annotations

import argparse
import pathlib
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from large_inputs import SHAPES, minutes_text  # noqa: E402

GOAL = 1.2


def cpu_seconds(path: pathlib.Path) -> float:
    from extract.pipeline import extract_file

    start = time.process_time()
    extract_file(path)
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, nargs="+", default=[1, 2, 4, 8])
    ap.add_argument("--shape", nargs="+", choices=SHAPES, default=list(SHAPES))
    ap.add_argument("--seeds", type=pathlib.Path, default=REPO.parent / "shared" / "corpus" / "seeds")
    args = ap.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        warm = pathlib.Path(tmp) / "warm.txt"
        warm.write_text(minutes_text("book", 20_000, args.seeds), encoding="utf-8")
        cpu_seconds(warm)
        print(f"{'shape':8} {'MB':>5} {'CPU s':>8} {'s/MB':>6} {'x linear':>8}")
        for shape in args.shape:
            reference = None
            for mb in sorted(args.mb):
                path = pathlib.Path(tmp) / f"{shape}-{mb:g}.txt"
                path.write_text(minutes_text(shape, int(mb * 1_000_000), args.seeds), encoding="utf-8")
                size = path.stat().st_size / 1e6
                per_mb = cpu_seconds(path) / size
                reference = reference or per_mb
                worst = max(worst, per_mb / reference)
                print(f"{shape:8} {size:5.2f} {per_mb * size:8.1f} {per_mb:6.2f} {per_mb / reference:8.2f}", flush=True)
                path.unlink()
    verdict = "met" if worst <= GOAL else "NOT met"
    print(f"reference: each shape at {min(args.mb):g} MB; worst {worst:.2f}x linear (goal within {GOAL}x: {verdict})")


if __name__ == "__main__":
    main()
