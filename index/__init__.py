"""The Whoosh index: schema, records, query understanding, search and history."""
