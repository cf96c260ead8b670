"""Wall time of a `minutebook search` process against `python -c "import whoosh"`, as a ratio.

    python benchmarks/search_startup.py [--home DIR] [--shared ../shared] [--runs 7]

Without --home, the shared corpus/pdf folder is ingested into a temporary home first. Each
command runs --runs times, alternating; the medians are compared, as wall time and as the
process's CPU time (user + system), which a busy shared machine disturbs less. The target is a
ratio of at most 2: `search` must not import spaCy, pdfplumber or dateparser.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
QUESTION = "what did we resolve on elective home education"


def timed(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `command`."""
    before = os.times()
    started = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return time.perf_counter() - started, cpu


def measure(home: str, runs: int) -> None:
    baseline = [sys.executable, "-c", "import whoosh"]
    search = [sys.executable, "-m", "cli", "--home", home, "search", QUESTION]
    timed(search)  # warm the page cache
    runs_of: dict[str, list[tuple[float, float]]] = {"import whoosh": [], "minutebook search": []}
    for _ in range(runs):
        runs_of["import whoosh"].append(timed(baseline))
        runs_of["minutebook search"].append(timed(search))
    medians = {name: (statistics.median(w for w, _ in values), statistics.median(c for _, c in values))
               for name, values in runs_of.items()}
    for name, (wall, cpu) in medians.items():
        print(f"{name:>18}: median wall {wall * 1000:.0f} ms, CPU {cpu * 1000:.0f} ms over {runs} runs")
    base, ours = medians["import whoosh"], medians["minutebook search"]
    print(f"ratio: wall {ours[0] / base[0]:.2f}, CPU {ours[1] / base[1]:.2f} (target <= 2)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--home", help="an existing minutebook home to search")
    parser.add_argument("--shared", type=pathlib.Path, default=REPO.parent / "shared")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.home:
        measure(args.home, args.runs)
        return
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([sys.executable, "-m", "cli", "--home", home, "ingest", str(args.shared / "corpus" / "pdf")],
                       cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        measure(home, args.runs)


if __name__ == "__main__":
    main()
