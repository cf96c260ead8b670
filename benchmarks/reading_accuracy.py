"""How many lines of a seed text the reading stage recovers from the PDF laid out from it.

    python benchmarks/reading_accuracy.py [--shared ../shared] [-v]

For every corpus/pdf/NAME.pdf with a corpus/seeds/NAME.txt, both are read with
`extract.reading` and each seed line is looked for among the PDF's lines: exactly (after
collapsing spaces) and similarly (difflib ratio >= 0.9, the scorer's threshold).
"""
from __future__ import annotations

import argparse
import difflib
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from extract.reading import pages_to_lines, path_to_pages  # noqa: E402


def texts(path: pathlib.Path) -> list[str]:
    return [" ".join(line.text.split()) for line in pages_to_lines(path_to_pages(path)[1])]


def best_ratio(line: str, candidates: list[str]) -> float:
    best = 0.0
    for cand in candidates:
        matcher = difflib.SequenceMatcher(None, line, cand, autojunk=False)
        if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
            best = max(best, matcher.ratio())
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(pathlib.Path(__file__).resolve().parent.parent.parent / "shared"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print the seed lines not recovered")
    args = ap.parse_args()
    corpus = pathlib.Path(args.shared) / "corpus"
    total = exact_all = similar_all = 0
    for pdf in sorted((corpus / "pdf").glob("*.pdf")):
        seed = corpus / "seeds" / f"{pdf.stem}.txt"
        if not seed.exists():
            continue
        want, got = texts(seed), texts(pdf)
        have = set(got)
        exact = sum(1 for line in want if line in have)
        missed = [line for line in want if line not in have]
        similar = exact + sum(1 for line in missed if best_ratio(line, got) >= 0.9)
        print(f"{pdf.stem}: {len(want)} seed lines, exact {exact / len(want):.3f}, similar {similar / len(want):.3f}")
        if args.verbose:
            for line in missed:
                print("   missed:" if best_ratio(line, got) < 0.9 else "   similar:", line[:150])
        total, exact_all, similar_all = total + len(want), exact_all + exact, similar_all + similar
    print(f"all: {total} seed lines, exact {exact_all / total:.3f}, similar (>= 0.9) {similar_all / total:.3f}")


if __name__ == "__main__":
    main()
