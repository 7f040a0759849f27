"""Hand-written word lists the extractor relies on (kept as data, tested, and explainable)."""
