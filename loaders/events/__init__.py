"""Event-data loaders: ACLED, GDELT, UCDP and curated fact files."""
