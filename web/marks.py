"""Marks the question's words in a history mention's snippet, as a search card's highlight
marks them, so a report page's passage shows why it was listed."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from index.concepts import glossary_group_of
from index.search import MarkFormatter, analyzed

if TYPE_CHECKING:
    from index.search import RecordIndex


def question_to_marker(index: RecordIndex, question: str) -> Callable[[str], str]:
    """text -> the text with the question's words as **word**. Words match by stem, like the
    query's terms; a glossary concept ("EHE") also by the words of its wordings, since the
    index matched the passage on its tag, which the text itself does not carry."""
    from whoosh import highlight

    understood = index.understand(question)
    schema = index.ix.schema
    query = index.content_query(understood, all_concepts=True)
    terms = {text for field, text in query.all_terms() if field == "text"}
    wordings = [w for c in understood.concepts for w in (glossary_group_of(c) or ()) + c] + understood.phrases
    terms.update(stem for wording in wordings for stem in analyzed(schema, "text", wording))
    analyzer = schema["text"].analyzer

    def mark(text: str) -> str:
        return highlight.highlight(text, frozenset(terms), analyzer, highlight.WholeFragmenter(),
                                   MarkFormatter(), top=1) or text
    return mark
