"""Jobs: the flows the CLI runs, each one function call.

In: paths, options and the resources the CLI opened (a store, a gazetteer). pipeline reads
articles through :mod:`geo.reading` and :mod:`geo.claims` into :mod:`geo.store` (and makes sure a
gazetteer exists); publish builds the site from the store (and watch keeps it current);
gazetteer imports or downloads the GeoNames dump; curate lists, exports and corrects stored
claims (and the places' latest status); snapshot draws the status as of a date for print;
evaluate scores extraction against gold annotations. Out: summaries and reports the CLI prints.
The only layer that combines the stages; nothing here prints.
"""
