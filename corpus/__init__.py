"""The store (files by SHA-256, their cached extractions), ingest, export, the action register,
and the bundled sample corpus and demo."""
