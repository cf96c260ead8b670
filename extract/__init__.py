"""extract: one file -> records. Import `extract.pipeline` for the work; this package stays light."""
