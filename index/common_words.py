"""Words most records contain ("council", "plan", "children") pick out little and cost most:
a question's word in more than COMMON_SHARE of the records is scored only on records that name
one of its rarer words, so a search scores the few thousand records about the question, not
every record that says "children" (Lucene's "common terms" query). A question made only of
common words (and words no record holds) is still searched on all of them."""
from __future__ import annotations

from typing import Any

COMMON_SHARE = 0.05


def any_concept_query(concepts: list[Any], reader: Any) -> Any:
    """Records naming any of the concepts (Whoosh queries), each scored on all of them; when
    some concepts are common and some rare, a record must name a rare one."""
    from whoosh.query import Or

    most = COMMON_SHARE * reader.doc_count()
    sizes = [q.estimate_size(reader) for q in concepts]
    # A word no record holds picks out nothing: it is neither, or it would leave no candidates.
    rare = [q for q, size in zip(concepts, sizes, strict=True) if 0 < size <= most]
    common = [q for q, size in zip(concepts, sizes, strict=True) if size > most]
    if not rare or not common:
        return Or(concepts)
    return scored_if_present(Or(rare), Or(common))


def scored_if_present(required: Any, optional: Any) -> Any:
    """Whoosh's AndMaybe (records of `required`, plus `optional`'s score where it matches too)
    with its matcher's skips fixed: Whoosh moves the optional side to the target of a skip, not
    to where the required side landed, and skips it by block quality on its own, so a record
    could lose the optional side's score."""
    from whoosh.matching import AndMaybeMatcher, ReadTooFar
    from whoosh.query import AndMaybe

    class Matcher(AndMaybeMatcher):
        def _catch_up(self) -> None:
            if self.a.is_active() and self.b.is_active():
                self.b.skip_to(self.a.id())

        def skip_to(self, id: int) -> Any:
            if not self.a.is_active():
                raise ReadTooFar
            moved = self.a.skip_to(id)
            self._catch_up()
            return moved

        def skip_to_quality(self, minquality: float) -> int:
            if not self.a.is_active():
                raise ReadTooFar
            most_added = self.b.max_quality() if self.b.is_active() else 0.0
            skipped: int = self.a.skip_to_quality(minquality - most_added)
            self._catch_up()
            return skipped

    class Query(AndMaybe):
        matcherclass = Matcher

    return Query(required, optional)
