"""A query tree Whoosh can always estimate and match, whatever the question and the index hold.

Why a search once ended in a Whoosh traceback (`estimate_min_size`: `min() arg is an empty
sequence`, for "who chaired the children's scrutiny panel in 2024"): "in 2024" becomes a date
range, and Whoosh runs a range as tiers of term ranges, coarse in the middle of the period and
fine at its ends; a tier that holds no indexed date has no terms, and a multi-term query's
`estimate_min_size` is `min()` over its terms. `search` asks for that estimate (its `total`)
whenever Whoosh scored only the first hits, so it depends on how the filter's matcher happens
to be built and which dates the index happens to hold.

Whoosh's own `normalize` cannot be used to prevent it: it drops a part that matches nothing
from an And (which widens the And) and turns And([Every(), filter]) into Every(). So the tree
is rewritten against the reader here: a range becomes the tiers that hold a term, a
multi-term query that expands to no term matches nothing, an And with a part that matches
nothing matches nothing, an Or keeps the parts that can match, a part repeated ("care-care-care",
each a Term of one And that Whoosh walks as a chain) is kept once, and no compound is left with
no parts or one."""
from __future__ import annotations

from typing import Any


def query_for_reader(query: Any, reader: Any) -> Any:
    """`query` as Whoosh can run and estimate it on `reader`; Whoosh's NullQuery when nothing
    in the index can match it."""
    from whoosh.query import And, MultiTerm, NullQuery, NumericRange, Or, WrappingQuery

    if isinstance(query, NumericRange):
        return query_for_reader(query.simplify(reader), reader)  # its tiers
    if isinstance(query, MultiTerm):
        return query if next(iter(query.expanded_terms(reader)), None) else NullQuery
    if isinstance(query, WrappingQuery):
        child = query_for_reader(query.child, reader)
        return NullQuery if child is NullQuery else query.apply(lambda _: child)
    if isinstance(query, (And, Or)):
        parts = [query_for_reader(part, reader) for part in query.subqueries]
        if isinstance(query, And) and any(part is NullQuery for part in parts):
            return NullQuery
        parts = list(dict.fromkeys(part for part in parts if part is not NullQuery))
        if len(parts) == 1 and query.boost == 1.0:
            return parts[0]
        return type(query)(parts, boost=query.boost) if parts else NullQuery
    return query
