"""Site: a timeline in, a static map site out.

In: claim rows (plain dicts, as the store hands them out) and optionally dated assessed-control
polygons. timeline turns claims into each place's claimed status per date and the changes
between dates; payload makes that the page's data (data.js); render builds the folium
map and its panels; pages the per-day and per-week change pages; control loads and checks
against assessed-control overlays; assets bundles Leaflet and static/ (the page's own
script and style) so the site works offline. Out: build writes the whole site to a temporary
folder and swaps it in. latest gives each place's status as of a date (for tables), snapshot a
print-ready picture of it (PNG, SVG, PDF). Never reads the store's SQL: it renders what it is given.
"""
