"""Extractors for the cluster tests (tests/test_cluster.py) that kill the Dask worker running
them, as a file that crashes the PDF library or exhausts memory does. They read the .json
fixtures of tests.fakes; the workers import this module by name, so it lives in a package on
their path (LocalCluster's workers start with the test process's sys.path).

- a file named `poison*` kills every worker that reads it;
- a file named `dies-once*` kills the first worker that reads it: its fixture's `marker` names a
  file that does not exist yet, made just before the kill, so the next worker reads it whole;
- `slow_extractor` takes SLOW_SECONDS a file, so a test can kill the ingest half-way."""
from __future__ import annotations

import json
import os
import pathlib
import signal
import time

from extract.records import Extraction
from tests.fakes import json_extractor

SLOW_SECONDS = 0.4


def fault_extractor(path: pathlib.Path) -> Extraction:
    if path.name.startswith("poison"):
        os.kill(os.getpid(), signal.SIGKILL)
    if path.name.startswith("dies-once"):
        marker = pathlib.Path(json.loads(path.read_bytes())["marker"])
        if not marker.exists():
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return json_extractor(path)


def slow_extractor(path: pathlib.Path) -> Extraction:
    time.sleep(SLOW_SECONDS)
    return json_extractor(path)
