"""What the three held-out test files share: loading ../shared/eval/score.py, extracting and
scoring a set once, per-field and micro F1 as score.py counts them, and the PDF rebuild check.

Each set is a folder of tests/fixtures with sources named <stem><suffix>, gold/<stem>.json and
a build.py whose build(folder) writes the set's PDFs there and returns their paths."""
from __future__ import annotations

import importlib.util
import json
import pathlib
from types import ModuleType

import pytest

from tests.conftest import SHARED

Scored = dict[str, tuple[dict, dict]]


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"{path} (the shared scorer) is absent on this machine")
    return load_module("score", path)


def load_module(name: str, path: pathlib.Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, f"cannot load {path}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_stems(folder: pathlib.Path) -> list[str]:
    return sorted(p.stem for p in (folder / "gold").glob("*.json"))


def read_gold(folder: pathlib.Path, stem: str) -> dict:
    return json.loads((folder / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def source_for(folder: pathlib.Path, suffixes: tuple[str, ...], stem: str) -> pathlib.Path:
    return next(p for suffix in suffixes if (p := folder / f"{stem}{suffix}").exists())


def score_set(scorer: ModuleType, folder: pathlib.Path, suffixes: tuple[str, ...]) -> Scored:
    """stem -> (predicted, gold) in the scorer's own form; each file is extracted once."""
    from extract.pipeline import extract_file

    scored = {}
    for stem in gold_stems(folder):
        gold = scorer.from_gold(read_gold(folder, stem))
        # as score.py counts: titled items without a number score only in minutes that number nothing
        keep = any(number is None for _, number, _ in gold["items"])
        predicted = extract_file(source_for(folder, suffixes, stem)).to_dict()
        scored[stem] = (scorer.from_pred(predicted, keep_unnumbered=keep), gold)
    return scored


def field_counts(scorer: ModuleType, scored: Scored) -> dict[str, list[int]]:
    """field -> [true positives, predicted, gold] summed over the files, as score.py counts them."""
    totals = {field: [0, 0, 0] for field in scorer.SCORED}
    for pred, gold in scored.values():
        for field in scorer.SCORED:
            totals[field][0] += scorer.match(pred[field], gold[field], scorer.SAME[field])
            totals[field][1] += len(pred[field])
            totals[field][2] += len(gold[field])
    return totals


def f1(tp: int, npred: int, ngold: int) -> float:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def micro_f1(counts: list[list[int]]) -> float:
    return f1(*(sum(c[i] for c in counts) for i in range(3)))


def file_micro_f1(scorer: ModuleType, scored: Scored, stem: str) -> float:
    return micro_f1(list(field_counts(scorer, {stem: scored[stem]}).values()))


def assert_fields_above_floors(scorer: ModuleType, scored: Scored, field_floors: dict[str, float],
                               micro_floor: float) -> None:
    """Prints the field table (`pytest -s`) and fails on any field, or the micro F1, under its
    floor; a field neither predicted nor in the gold of this set is not scored."""
    totals = field_counts(scorer, scored)
    print(f"\n{'field':15} {'prec':>6} {'recall':>6} {'F1':>6}   tp/pred/gold  floor")
    below = []
    for field, (tp, npred, ngold) in totals.items():
        if not npred and not ngold:
            continue
        score = f1(tp, npred, ngold)
        p, r = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
        print(f"{field:15} {p:6.3f} {r:6.3f} {score:6.3f}   {tp}/{npred}/{ngold}  {field_floors[field]:.2f}")
        if score < field_floors[field]:
            below.append(f"{field} {score:.3f} < {field_floors[field]}")
    micro = micro_f1(list(totals.values()))
    print(f"micro F1 {micro:.3f} (floor {micro_floor})")
    assert not below, "held-out fields fell below their floors: " + "; ".join(below)
    assert micro >= micro_floor


def stale_pdfs(folder: pathlib.Path, tmp_path: pathlib.Path) -> list[str]:
    """Names of the set's PDFs that its build.py no longer rebuilds byte for byte (or at all)."""
    own = folder / "build.py"
    if own.is_file():
        built = load_module(f"{folder.name}_build", own).build(tmp_path)
    else:  # drawn by heldout2's gutter-aware builder: `python tests/fixtures/heldout2/build.py FOLDER`
        built = load_module("heldout2_build", folder.parent / "heldout2" / "build.py").build(tmp_path, folder)
    missing = sorted({p.name for p in folder.glob("*.pdf")} - {p.name for p in built})
    return missing + [p.name for p in built
                      if not (folder / p.name).is_file() or p.read_bytes() != (folder / p.name).read_bytes()]
