"""Fetching a council's papers from its democracy site into the store: `minutebook fetch`.

`platform` is the small interface a site's software answers (committees, meetings, a meeting's
documents), `moderngov` the one platform built so far, `http` the polite HTTP client, `state`
what earlier runs downloaded, and `fetching` the run that ties them to the store and ingest."""
