"""The store: files by SHA-256, their cached extractions, ingest and export."""
