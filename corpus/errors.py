"""Errors about the store a user can act on; each message is one sentence."""
from __future__ import annotations

from index.integrity import Problem


class StoreError(Exception):
    """The store or index is missing, locked or unusable, or a request names something it lacks."""


class StoreDamaged(StoreError):
    """A file of the store is not as minutebook wrote it; the message names it and the command
    that mends it."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.sentence())
        self.problem = problem


class CatalogDamaged(StoreDamaged):
    """The catalog cannot be read as one; `minutebook reindex` rebuilds it from the cache."""
