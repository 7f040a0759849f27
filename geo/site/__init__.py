"""Site: a timeline in, a static map site out.

In: claim rows (plain dicts, as the store hands them out), optionally dated assessed-control
polygons, and from the job layer the spellings and populations of the places with claims.
timeline turns claims into each place's claimed status after each claim day and the changes
between dates (linear in the claims); payload makes that the page's data (``data.js``, the first
view, and one file per week of claims, loaded as the reader reaches it); render builds the folium
page and its panels; pages the per-day and per-week change pages and the downloads; control loads
and checks against assessed-control overlays; assets bundles Leaflet, the page's own script and
style and the offline base geography (``static/basemap.json``); latest and snapshot draw print
snapshots and the social card (``og-image.png``); render also makes ``embed.html``, the map for an
iframe. Out: build writes the whole site to a temporary folder and swaps it in, reusing every
file whose inputs did not change. Never reads the store's SQL: it renders what it is given.
"""
