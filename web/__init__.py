"""`minutebook serve`: the search, history and action register as a local web page."""
