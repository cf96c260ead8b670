"""Stage 2, `Line`s -> documents: a pack's lines split into documents with a kind and page range
(`splitting.lines_to_sections`), each document's meeting (`header.lines_to_meeting`) and its items
(`items.lines_to_items`, which hands each item's lines to the record finders)."""
