"""A filter clause of a scored query: it narrows the matches and adds nothing to the score.

Whoosh's ConstantScoreQuery (and the DateRange built on it) reads every document of the filter
into a list before the search starts, in every segment: a kind or year filter over 100,000
records cost more than the question. This reads the filter's postings only as far as the
intersection with the question needs them."""
from __future__ import annotations

from typing import Any


def unscored(query: Any) -> Any:
    from whoosh.matching import ConstantScoreWrapperMatcher, NullMatcherClass
    from whoosh.query import WrappingQuery

    class Unscored(WrappingQuery):
        def _rewrap(self, child: Any) -> Any:
            return self.__class__(child)

        def matcher(self, searcher: Any, context: Any = None) -> Any:
            # needs_current keeps a wrapped ConstantScoreQuery from listing its documents.
            m = self.child.matcher(searcher, searcher.context(needs_current=True))
            return m if isinstance(m, NullMatcherClass) else Counted(m, 0.0)

    class Counted(ConstantScoreWrapperMatcher):
        # Without block quality Whoosh scores and counts every filtered match, so a filtered
        # search's total stays exact (as it was with ConstantScoreQuery's list).
        def supports_block_quality(self) -> bool:
            return False

    return Unscored(query)
