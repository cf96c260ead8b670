"""The index benchmark's workload on tantivy (PyPI `tantivy`, Rust), the reference its Whoosh
figures are compared with. Benchmark code, not product code: minutebook searches with Whoosh.

The same records get the same indexed fields as index/schema.py builds (stemmed `text` with term
frequencies, positional `exact` without stop words, `concepts`, `body_words`, the ID fields,
`date`) and the same stored values; tantivy has no per-document boost, so page passages are not
weighted down. A question is understood by minutebook (index.understand) and asked as plain words:
every word of every wording of its concepts is one optional stemmed term, a quoted phrase a
phrase on `exact`, and its kinds and dates filters that add nothing to the score, falling back to
every kind as RecordIndex.search does; each of the hits shown is read back with a highlighted
snippet."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from index.records import IndexRecord
from index.understand import Understood

ID_FIELDS = ("id", "file", "kind", "doc_kind", "item_key", "meeting_key")
STORED_ONLY = ("body", "item_number", "item_title", "path", "page", "extra")
WRITER_HEAP_BYTES = 256 * 1024 * 1024
# What Whoosh's StandardAnalyzer drops (whoosh.analysis.STOP_WORDS), so `exact` matches alike.
STOP_WORDS = ["a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "have", "if", "in", "is",
              "it", "may", "not", "of", "on", "or", "tbd", "that", "the", "this", "to", "us", "we", "when",
              "will", "with", "yet", "you", "your"]


def analyzers() -> dict[str, Any]:
    """Tokenizer name -> tantivy analyzer, mirroring the Whoosh fields' analyzers."""
    from tantivy import Filter, TextAnalyzerBuilder, Tokenizer

    def words(*filters: Any) -> Any:
        builder = TextAnalyzerBuilder(Tokenizer.simple()).filter(Filter.lowercase())
        for f in filters:
            builder = builder.filter(f)
        return builder.build()

    return {"mb_stem": words(Filter.custom_stopword(STOP_WORDS), Filter.stemmer("english")),
            "mb_exact": words(Filter.custom_stopword(STOP_WORDS)), "mb_words": words()}


def build_schema() -> Any:
    from tantivy import SchemaBuilder

    builder = SchemaBuilder()
    for name in ID_FIELDS:
        builder.add_text_field(name, stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("text", stored=True, tokenizer_name="mb_stem", index_option="freq")
    builder.add_text_field("exact", tokenizer_name="mb_exact", index_option="position")
    builder.add_text_field("concepts", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field("body_words", tokenizer_name="mb_words", index_option="freq")
    builder.add_date_field("date", stored=True, indexed=True, fast=True)
    builder.add_bytes_field("stored", stored=True)
    return builder.build()


def record_to_document(record: IndexRecord) -> Any:
    from tantivy import Document

    fields = record.to_fields()
    doc = Document()
    for name in ID_FIELDS:
        if fields.get(name):
            doc.add_text(name, fields[name])
    doc.add_text("text", fields["text"])
    doc.add_text("exact", fields["exact"])
    doc.add_text("concepts", fields["concepts"])
    doc.add_text("body_words", fields["body_words"])
    if "date" in fields:
        doc.add_date("date", fields["date"])
    doc.add_bytes("stored", json.dumps({name: fields[name] for name in STORED_ONLY}).encode())
    return doc


class TantivyReference:
    def __init__(self, folder: str) -> None:
        from tantivy import Index

        self.index = Index(build_schema(), path=folder)
        self.analyzers = analyzers()
        for name, analyzer in self.analyzers.items():
            self.index.register_tokenizer(name, analyzer)
        self.searcher: Any = None

    def write_batch(self, records: list[IndexRecord]) -> None:
        """One commit per batch, one indexing thread, as the Whoosh side writes."""
        writer = self.index.writer(WRITER_HEAP_BYTES, 1)
        for record in records:
            writer.add_document(record_to_document(record))
        writer.commit()
        writer.wait_merging_threads()

    def open(self) -> None:
        self.index.reload()
        self.searcher = self.index.searcher()

    def terms(self, tokenizer: str, text: str) -> list[str]:
        return list(self.analyzers[tokenizer].analyze(text))

    def content_query(self, understood: Understood) -> Any:
        from tantivy import Occur, Query

        schema = self.index.schema
        words = [Query.term_query(schema, "text", t) for c in understood.concepts for wording in c
                 for t in self.terms("mb_stem", wording)]
        must = []
        for phrase in understood.phrases:
            tokens = self.terms("mb_exact", phrase)
            if len(tokens) == 1:
                must.append(Query.term_query(schema, "exact", tokens[0]))
            elif tokens:
                must.append(Query.phrase_query(schema, "exact", tokens))
        if words:
            must.append(Query.boolean_query([(Occur.Should, q) for q in words]))
        if not must:
            return Query.all_query()
        return Query.boolean_query([(Occur.Must, q) for q in must])

    def filter_query(self, understood: Understood, kinds: tuple[str, ...]) -> Any:
        from tantivy import FieldType, Occur, Query

        schema = self.index.schema
        parts = []
        if kinds:
            parts.append(Query.boolean_query([(Occur.Should, Query.term_query(schema, "kind", k)) for k in kinds]))
        if understood.since or understood.until:
            start = dt.datetime.combine(understood.since or dt.date(1, 1, 1), dt.time.min)
            end = dt.datetime.combine(understood.until or dt.date(9999, 12, 31), dt.time.max)
            parts.append(Query.range_query(schema, "date", FieldType.Date, start, end))
        return Query.boolean_query([(Occur.Must, q) for q in parts]) if parts else None

    def search(self, question: str, understand: Callable[[str], Understood], limit: int = 10) -> list[dict[str, Any]]:
        from tantivy import Occur, Query, SnippetGenerator

        understood = understand(question)
        content = self.content_query(understood)

        def run(kinds: tuple[str, ...]) -> tuple[Any, Any]:
            filters = self.filter_query(understood, kinds)
            query = content if filters is None else Query.boolean_query(
                [(Occur.Must, content), (Occur.Must, Query.const_score_query(filters, 0.0))])
            return query, self.searcher.search(query, limit)

        query, result = run(understood.kinds)
        if not result.hits and understood.kinds:
            query, result = run(())
        snippets = SnippetGenerator.create(self.searcher, query, self.index.schema, "text")
        hits = []
        for score, address in result.hits:
            doc = self.searcher.doc(address)
            hits.append({"score": score, "fields": doc.to_dict(),
                         "highlight": snippets.snippet_from_doc(doc).to_html()})
        return hits
