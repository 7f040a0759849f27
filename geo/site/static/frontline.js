/* frontline.js: the claims map: base geography, markers at any date, labels, weekly data, layout.
 *
 * Reads window.FRONTLINE_DATA (data.js: places, each place's status after each of its claim days,
 * strike days, the list of weekly files; layout in geo/site/payload.py), window.FRONTLINE_BASE
 * (data/basemap.js: borders, oblasts, coast, rivers) and, when built, window.FRONTLINE_CONTROL.
 * A week's claims (quotes, sources) arrive through Frontline.week() from data/week-*.js, loaded by
 * adding a script element (fetch() does not work from file://). The status rules are those of
 * geo/site/timeline.py; markers use its precomputed steps, filters recompute them here from the
 * claims with the same rules. Article text only ever reaches the page through textContent /
 * createElement, never innerHTML.
 */
(function () {
  "use strict";
  var DAY_MS = 864e5;
  var STATUS = ["RU", "UA", "contested"];
  var STATUS_LABEL = ["Russia claims control", "Ukraine claims control", "contested"];
  var OTHERS_LABEL = ["Russian control, said by others", "Ukrainian control, said by others"];
  var CLS = ["ru", "ua", "contested"];
  var SHAPE = ["circle", "square", "diamond"];
  var STROKE = ["#7f0000", "#0b3d7a", "#333333"];
  var FILL = ["#c62828", "#1565c0", "url(#fl-hatch)"];
  var KIND_SUFFIX = ["", " (oblast-level)", " (raion-level)", " (river)"];
  var KIND_PHRASE = ["captured", "held", "fighting reported (contested)", "struck"];
  /* An oblast's or raion's claims are about somewhere in it: drawn as a circle of this radius (km,
     by place kind) round its GeoNames point, a strike there as a hatched one (this share of it);
     geo/site/latest.py AREA_KM and AREA_STRIKE_SHARE, sent in data.js, are the defaults' source. */
  var AREA_KM = [0, 60, 20, 0], AREA_STRIKE_SHARE = 0.8;
  var CHECK = ["consistent", "not corroborated", "contradicted"];
  var MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
  var PHONE = 700;

  /* A circle marker drawn as another shape: one SVG path per place, still a vector layer. */
  var Shape = L.CircleMarker.extend({
    _updatePath: function () {
      var s = this.options.shape, p = this._point, r = this._radius, d, i, a, k;
      if (!this._renderer || this._empty() || s === "circle") {
        return L.CircleMarker.prototype._updatePath.call(this);
      }
      if (s === "square") {
        r *= 0.9;
        d = "M" + (p.x - r) + "," + (p.y - r) + "h" + 2 * r + "v" + 2 * r + "h" + -2 * r + "z";
      } else if (s === "diamond") {
        r *= 1.3;
        d = "M" + p.x + "," + (p.y - r) + "L" + (p.x + r) + "," + p.y + "L" + p.x + "," + (p.y + r) + "L" + (p.x - r) + "," + p.y + "z";
      } else { /* star: strikes */
        d = "";
        for (i = 0; i < 16; i++) {
          a = Math.PI * i / 8; k = i % 2 ? r * 0.45 : r * 1.3;
          d += (i ? "L" : "M") + (p.x + k * Math.sin(a)).toFixed(1) + "," + (p.y - k * Math.cos(a)).toFixed(1);
        }
        d += "z";
      }
      this._renderer._setPath(this, d);
    }
  });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function $(id) { return document.getElementById(id); }
  function clear(node) { while (node && node.firstChild) node.removeChild(node.firstChild); }
  /* Only for the one place Leaflet insists on HTML (layer control names). */
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }
  function upper(arr, x) { /* number of items <= x in an ascending array of numbers */
    var lo = 0, hi = arr.length, mid;
    while (lo < hi) { mid = (lo + hi) >> 1; if (arr[mid] <= x) lo = mid + 1; else hi = mid; }
    return lo;
  }
  function base(code) { return code >= 3 ? code - 3 : code; }
  function isArea(P) { return P[4] === 1 || P[4] === 2; }
  /* "Kharkiv Oblast" as written; "Kharkiv" gets the word, so it never reads as the city. */
  function areaName(P) {
    var name = String(P[1]);
    return /oblast|raion|region|district|\u043e\u0431\u043b\u0430\u0441\u0442|\u0440\u0430\u0439\u043e\u043d/i.test(name) ? name :
      name + (P[4] === 1 ? " Oblast" : " Raion");
  }
  function strikeWhere(P) { return "strike reported somewhere in " + areaName(P); }
  function phone() { return window.innerWidth < PHONE; }

  /* Each place's status after each of its claim days, from its status claims (oldest first), by the
     rules of geo/site/timeline.py: each claimant's latest word within conflictDays of the last claim;
     all agree -> that status, else contested; "own" when the side said to hold it says so itself. */
  function steps(claims, f, window) {
    var days = [], codes = [], latest = {}, i, c, k, o, lo, st, own, agree, n;
    for (i = 0; i < claims.length; i++) {
      c = claims[i];
      latest[c[f.side]] = c;
      if (i + 1 < claims.length && claims[i + 1][f.eff] === c[f.eff]) continue;
      lo = c[f.eff] - window; st = -1; agree = true; own = false; n = 0;
      for (k in latest) {
        o = latest[k];
        if (o[f.eff] < lo) continue;
        n++;
        if (st === -1) st = o[f.status]; else if (st !== o[f.status]) agree = false;
      }
      if (!agree) st = 2;
      if (st < 2) for (k in latest) { o = latest[k]; if (o[f.eff] >= lo && +k === st) own = true; }
      days.push(c[f.eff]); codes.push(st < 2 && !own ? st + 3 : st);
    }
    return {days: days, codes: codes};
  }

  function App(cfg, data, assessments) {
    var self = this, f = {}, i;
    data.fields.forEach(function (name, k) { f[name] = k; });
    this.f = f; this.D = data; this.cfg = cfg; this.map = cfg.map; this.groups = cfg.groups;
    this.epoch = Date.parse(data.epoch + "T00:00:00Z");
    this.first = data.first; this.asOf = data.asOf;
    this.n = data.places.length;
    this.gidIndex = {};
    data.places.forEach(function (P, p) { self.gidIndex[P[0]] = p; });
    this.ptsAll = data.pts.map(function (flat) { return self.decodePts(flat); });
    this.sdAll = data.sd.map(function (flat) {
      var out = [], d = 0, k; for (k = 0; k < flat.length; k++) { d += flat[k]; out.push(d); } return out;
    });
    this.pts = this.ptsAll; this.sd = this.sdAll; this.filter = null;
    this.weekDays = data.weeks.map(function (w) { return w[0]; });
    this.weekState = data.weeks.map(function () { return 0; }); /* 0 not asked, 1 loading, 2 loaded */
    this.weekWaiters = data.weeks.map(function () { return []; });
    this.placeClaims = data.places.map(function () { return []; });
    this.claims = []; /* every loaded claim, strings resolved */
    this.assessments = (assessments || []).map(function (a) {
      return {day: self.fromIso(a.date), a: a};
    }).sort(function (x, y) { return x.day - y.day; });
    this.shownAssessment = null;
    this.markers = {}; this.strikeMarkers = {}; this.halos = {};
    this.compareState = null;
    /* Quarter zoom steps for the first view: a phone then shows every claim at 4.75 rather than 4. */
    this.map.options.zoomSnap = 0.25;
    this.areaKm = data.areaKm || AREA_KM; this.areaStrikeShare = data.areaStrikeShare || AREA_STRIKE_SHARE;
    this.renderer = L.svg({padding: 0.5});
    this.map.addLayer(this.renderer);
    this.addHatch(this.renderer._container);
    this.map.createPane("flBase").style.zIndex = 150;
    this.map.createPane("flAssess").style.zIndex = 350;
    /* Oblast and raion areas under every point marker: a town inside one stays clickable. */
    this.map.createPane("flAreas").style.zIndex = 380;
    this.areaRenderer = L.svg({pane: "flAreas", padding: 0.5});
    this.map.addLayer(this.areaRenderer);
    this.map.createPane("flHalo").style.zIndex = 390;
    var lp = this.map.createPane("flLabels");
    lp.style.zIndex = 620; lp.style.pointerEvents = "none";
    this.labelPane = lp;
    if (cfg.embed) document.body.classList.add("fl-embed"); /* embed.html: the map, the date and a credit line */
    this.drawBase(window.FRONTLINE_BASE || null);
    this.setupControls();
    this.map.on("zoomstart", function () { lp.style.visibility = "hidden"; });
    this.map.on("zoomend moveend", function () { lp.style.visibility = ""; self.placeLabels(); });
    /* Zoomed in past the first view, the reader looks at the front: the side panels fold to their
       buttons so they cover none of it (a reader may open them again). */
    this.map.on("zoomend", function () {
      var z = self.map.getZoom();
      if (self.homeZoom !== undefined && z > self.homeZoom && (self.foldedAt === undefined || z > self.foldedAt)) {
        self.foldedAt = z;
        ["fl-changes", "fl-legend", "fl-find"].forEach(function (id) {
          var e = $(id);
          if (e && e.open && !(id === "fl-find" && $("fl-search") && $("fl-search").value)) e.open = false;
        });
      }
      if (z <= self.homeZoom) self.foldedAt = undefined;
    });
    this.map.on("popupopen", function (e) {
      self.openPlace = e.popup._source ? e.popup._source._flPlace : (e.popup._flPlace === undefined ? null : e.popup._flPlace);
      self.openPopup = e.popup;
      document.body.classList.add("fl-popup-open");
    });
    this.map.on("popupclose", function () {
      self.openPlace = null; self.openPopup = null; document.body.classList.remove("fl-popup-open");
    });
    window.addEventListener("resize", function () { self.placeLabels(); });
    this.wireControls();
    this.fitView();
    var h = this.parseHash();
    if (h && h.bbox) this.fitBox(h.bbox);
    this.setDay(h ? h.day : this.asOf, {hash: false});
    if (h && h.compareFrom !== undefined) this.compare(h.compareFrom, h.day, false);
    window.addEventListener("hashchange", function () {
      if (location.hash === self.lastHash) return;
      var h2 = self.parseHash();
      if (h2) {
        if (h2.bbox) self.fitBox(h2.bbox);
        self.setDay(h2.day, {hash: false});
        if (h2.compareFrom !== undefined) self.compare(h2.compareFrom, h2.day, false); else self.clearCompare(false);
      }
    });
    requestAnimationFrame(function () { self.rendered = performance.now(); });
  }

  App.prototype.decodePts = function (flat) {
    var days = [], codes = [], d = 0, k;
    for (k = 0; k < flat.length; k += 2) { d += flat[k]; days.push(d); codes.push(flat[k + 1]); }
    return {days: days, codes: codes};
  };

  /* ---- layout: the part of the map no panel covers ---- */
  App.prototype.panelRects = function () {
    var out = [], ids = ["fl-top", "fl-embedbar", "fl-find", "fl-legend", "fl-changes", "fl-sheetbar"], box = this.map.getContainer().getBoundingClientRect();
    ids.forEach(function (id) {
      var e = $(id), r;
      if (!e || e.offsetParent === null) return;
      r = e.getBoundingClientRect();
      if (r.width && r.height) out.push({id: id, left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top});
    });
    return out;
  };
  /* Padding that keeps the view clear of the panels: panels along the top push the top edge down,
     those along a side push that side in (a legend at the bottom-left pushes the left side). */
  App.prototype.freePadding = function () {
    var size = this.map.getSize(), pad = {top: 12, left: 12, right: 12, bottom: 30};
    this.panelRects().forEach(function (r) {
      var wide = r.right - r.left > size.x * 0.6;
      if (r.id === "fl-top" || r.id === "fl-embedbar" || (wide && r.top < size.y / 2)) pad.top = Math.max(pad.top, r.bottom + 14);
      else if (wide || r.id === "fl-sheetbar") pad.bottom = Math.max(pad.bottom, size.y - r.top + 14);
      else if (r.left < size.x / 2) pad.left = Math.max(pad.left, r.right + 14);
      else pad.right = Math.max(pad.right, size.x - r.left + 14);
    });
    if (pad.top + pad.bottom > size.y - 80) pad.bottom = Math.max(12, size.y - 80 - pad.top);
    if (pad.left + pad.right > size.x - 80) pad.left = Math.max(12, size.x - 80 - pad.right);
    return pad;
  };
  App.prototype.freeCenter = function () {
    var s = this.map.getSize(), p = this.freePadding();
    return L.point((p.left + s.x - p.right) / 2, (p.top + s.y - p.bottom) / 2);
  };
  /* First view: every place with a claim (an oblast's or raion's whole circle), in the space the panels leave free. */
  App.prototype.fitView = function () {
    var self = this, pts = this.D.places.map(function (P) { return [P[2], P[3]]; }), pad = this.freePadding(), bounds;
    if (!pts.length) { this.map.setView([48.4, 31.2], 6); return; }
    bounds = L.latLngBounds(pts).pad(0.04);
    this.D.places.forEach(function (P) { if (isArea(P)) bounds.extend(L.latLng(P[2], P[3]).toBounds(2000 * self.areaKm[P[4]])); });
    this.map.fitBounds(bounds, {paddingTopLeft: [pad.left, pad.top],
      paddingBottomRight: [pad.right, pad.bottom], maxZoom: 10, animate: false});
    this.homeZoom = this.map.getZoom();
  };
  /* An area from the URL (#DATE&bbox=W,S,E,N, as embed snippets carry): all of it in the free space. */
  App.prototype.fitBox = function (b) {
    var pad = this.freePadding();
    this.map.fitBounds(L.latLngBounds([b[1], b[0]], [b[3], b[2]]), {paddingTopLeft: [pad.left, pad.top],
      paddingBottomRight: [pad.right, pad.bottom], animate: false});
    this.homeZoom = this.map.getZoom();
  };
  /* Bring a place into the free space (search, a link in a panel). */
  App.prototype.showPoint = function (ll, zoom) {
    var m = this.map, z = Math.max(m.getZoom(), zoom || 9), c = this.freeCenter(), s = m.getSize();
    var target = m.project(ll, z).subtract(c.subtract(s.divideBy(2)));
    m.setView(m.unproject(target, z), z, {animate: false});
  };

  App.prototype.setupControls = function () {
    var self = this, m = this.map;
    if (this.cfg.layerControl) this.cfg.layerControl.setPosition("bottomright");
    var Zoom = L.Control.extend({
      options: {position: "bottomright"},
      onAdd: function () {
        var div = L.DomUtil.create("div", "leaflet-control-zoom leaflet-bar fl-zoom");
        [["+", "Zoom in", 1], ["\u2212", "Zoom out", -1]].forEach(function (b) {
          var a = L.DomUtil.create("a", "", div);
          a.href = "#"; a.setAttribute("role", "button"); a.setAttribute("aria-label", b[1]); a.title = b[1];
          a.textContent = b[0];
          L.DomEvent.on(a, "click", function (e) {
            L.DomEvent.preventDefault(e); L.DomEvent.stopPropagation(e);
            /* around the middle of the free space, so what is in view stays clear of the panels */
            m.setZoomAround(self.freeCenter(), m.getZoom() + b[2]);
          });
          L.DomEvent.disableClickPropagation(a);
        });
        return div;
      }
    });
    new Zoom().addTo(m);
    /* Metric, and where no panel covers it: bottom-left under the legend, or on a phone at the top, under the date row. */
    L.control.scale({imperial: false, metric: true, position: phone() && !this.cfg.embed ? "topleft" : "bottomleft", maxWidth: 140}).addTo(m);
  };

  App.prototype.addHatch = function (svg) {
    var ns = svg.namespaceURI, defs = document.createElementNS(ns, "defs"),
      pat = document.createElementNS(ns, "pattern"), bg = document.createElementNS(ns, "rect"),
      line = document.createElementNS(ns, "line");
    pat.setAttribute("id", "fl-hatch"); pat.setAttribute("patternUnits", "userSpaceOnUse");
    pat.setAttribute("width", "5"); pat.setAttribute("height", "5");
    pat.setAttribute("patternTransform", "rotate(45)");
    bg.setAttribute("width", "5"); bg.setAttribute("height", "5"); bg.setAttribute("fill", "#f5f5f5");
    line.setAttribute("x1", "0"); line.setAttribute("y1", "0"); line.setAttribute("x2", "0"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", "#444"); line.setAttribute("stroke-width", "2.6");
    pat.appendChild(bg); pat.appendChild(line); defs.appendChild(pat);
    /* A strike somewhere in an oblast or raion: the area hatched in the strike's orange. */
    pat = document.createElementNS(ns, "pattern"); line = document.createElementNS(ns, "line");
    pat.setAttribute("id", "fl-hatch-strike"); pat.setAttribute("patternUnits", "userSpaceOnUse");
    pat.setAttribute("width", "7"); pat.setAttribute("height", "7");
    pat.setAttribute("patternTransform", "rotate(-45)");
    line.setAttribute("x1", "0"); line.setAttribute("y1", "0"); line.setAttribute("x2", "0"); line.setAttribute("y2", "7");
    line.setAttribute("stroke", "#ef6c00"); line.setAttribute("stroke-width", "2");
    pat.appendChild(line); defs.appendChild(pat);
    svg.insertBefore(defs, svg.firstChild);
  };

  /* ---- base geography (offline): sea, Ukraine, oblasts, borders, reservoirs, rivers ---- */
  App.prototype.drawBase = function (B) {
    var m = this.map, r, g, scale, self = this;
    this.baseLabels = [];
    if (!B) return;
    scale = B.scale || 1000;
    function decode(flat) {
      var out = [], x = 0, y = 0, k;
      for (k = 0; k < flat.length; k += 2) { x += flat[k]; y += flat[k + 1]; out.push([y / scale, x / scale]); }
      return out;
    }
    function polys(list) { return list.map(function (p) { return p.map(decode); }); }
    r = L.canvas({pane: "flBase", padding: 0.3});
    g = L.layerGroup();
    var opts = {renderer: r, interactive: false};
    if (B.ukraine) g.addLayer(L.polygon(polys(B.ukraine), L.extend({stroke: false, fillColor: "#fbfaf6", fillOpacity: 1}, opts)));
    if (B.sea) g.addLayer(L.polygon(polys(B.sea), L.extend({color: "#7fa7c0", weight: 0.8, fillColor: "#c6dcea", fillOpacity: 1}, opts)));
    if (B.lakes) g.addLayer(L.polygon(polys(B.lakes), L.extend({color: "#7fa7c0", weight: 0.6, fillColor: "#c6dcea", fillOpacity: 1}, opts)));
    if (B.rivers) g.addLayer(L.polyline(B.rivers.map(decode), L.extend({color: "#8db6d3", weight: 1.1}, opts)));
    if (B.oblasts) g.addLayer(L.polyline(B.oblasts.map(decode), L.extend({color: "#a9a297", weight: 0.9, dashArray: "4 3"}, opts)));
    if (B.borders) g.addLayer(L.polyline(B.borders.map(decode), L.extend({color: "#8a8a8a", weight: 1.2}, opts)));
    if (B.ukraine) g.addLayer(L.polygon(polys(B.ukraine), L.extend({color: "#4a4a4a", weight: 1.8, fill: false}, opts)));
    g.addTo(m);
    this.baseLayer = g;
    if (this.cfg.layerControl) this.cfg.layerControl.addOverlay(g, "Borders, oblasts, rivers (offline)");
    (B.labels || []).forEach(function (x) { self.baseLabels.push({text: x[0], ll: L.latLng(x[1], x[2]), oblast: !!x[3]}); });
  };

  /* ---- dates ---- */
  App.prototype.iso = function (d) { return new Date(this.epoch + d * DAY_MS).toISOString().slice(0, 10); };
  App.prototype.fromIso = function (s) {
    var t = Date.parse(String(s).slice(0, 10) + "T00:00:00Z");
    return isNaN(t) ? null : Math.round((t - this.epoch) / DAY_MS);
  };
  App.prototype.fmt = function (d) {
    if (d === null || d === undefined) return "unknown date";
    var t = new Date(this.epoch + d * DAY_MS);
    return t.getUTCDate() + " " + MONTHS[t.getUTCMonth()] + " " + t.getUTCFullYear();
  };
  App.prototype.short = function (d) { /* "17 Feb", with the year when it is not the shown date's */
    var t = new Date(this.epoch + d * DAY_MS), now = new Date(this.epoch + this.day * DAY_MS);
    return t.getUTCDate() + " " + MONTHS[t.getUTCMonth()] + (t.getUTCFullYear() !== now.getUTCFullYear() ? " " + t.getUTCFullYear() : "");
  };
  App.prototype.monday = function (d) { return d - (new Date(this.epoch + d * DAY_MS).getUTCDay() + 6) % 7; };
  App.prototype.clamp = function (d) { return Math.max(this.first, Math.min(this.asOf, d)); };
  /* #DATE, #DATE..DATE (compare), each optionally followed by &bbox=W,S,E,N (degrees: an area to show);
     #bbox=W,S,E,N alone: the latest date. */
  App.prototype.parseHash = function () {
    var num = "(-?\\d+(?:\\.\\d+)?)", box = "bbox=" + [num, num, num, num].join(",");
    var m = new RegExp("^#(?:(\\d{4}-\\d{2}-\\d{2})(?:\\.\\.(\\d{4}-\\d{2}-\\d{2}))?)?(?:&?" + box + ")?$").exec(location.hash);
    if (!m || (!m[1] && !m[3])) return null;
    var a = m[1] ? this.fromIso(m[1]) : this.asOf, b = m[2] ? this.fromIso(m[2]) : null, out, bb;
    if (a === null) return null;
    out = b === null ? {day: this.clamp(a)} : {day: this.clamp(b), compareFrom: this.clamp(a)};
    if (m[3]) {
      bb = [+m[3], +m[4], +m[5], +m[6]];
      if (bb[0] >= -180 && bb[0] < bb[2] && bb[2] <= 180 && bb[1] >= -90 && bb[1] < bb[3] && bb[3] <= 90) out.bbox = bb;
    }
    return out;
  };
  App.prototype.setHash = function (h) {
    this.lastHash = "#" + h;
    if (location.hash !== this.lastHash) location.replace(location.href.split("#")[0] + this.lastHash);
  };

  /* ---- status: each place's steps (precomputed, or recomputed under a filter) ---- */
  App.prototype.stateAt = function (p, d) { /* {code, day} of the status as of d, or null */
    var s = this.pts[p], n = upper(s.days, d);
    return n ? {code: s.codes[n - 1], day: s.days[n - 1]} : null;
  };
  App.prototype.statusAt = function (p, d) { var s = this.stateAt(p, d); return s ? base(s.code) : -1; };
  App.prototype.struckAt = function (p, d) { /* a strike in the strikeDays up to d */
    var s = this.sd[p], n = upper(s, d);
    return n > 0 && s[n - 1] > d - this.D.strikeDays;
  };
  App.prototype.lastChangeDay = function (p, d) { /* the claim day that last changed the status, up to d */
    var s = this.pts[p], n = upper(s.days, d), k;
    for (k = n - 1; k > 0; k--) if (base(s.codes[k - 1]) !== base(s.codes[k])) return s.days[k];
    return n ? s.days[0] : null;
  };

  /* ---- weekly claim files ---- */
  App.prototype.weekIndex = function (d) { return upper(this.weekDays, d) - 1; };
  App.prototype.ensureWeeks = function (idx) {
    var self = this, todo = [];
    idx.forEach(function (i) { if (i >= 0 && i < self.weekDays.length && self.weekState[i] !== 2 && todo.indexOf(i) < 0) todo.push(i); });
    if (!todo.length) return Promise.resolve();
    return Promise.all(todo.map(function (i) {
      return new Promise(function (resolve) {
        self.weekWaiters[i].push(resolve);
        if (self.weekState[i] === 1) return;
        self.weekState[i] = 1;
        var s = document.createElement("script");
        s.src = self.D.weeks[i][2];
        s.onerror = function () { self.weekState[i] = 0; self.weekWaiters[i].splice(0).forEach(function (r) { r(); }); };
        document.head.appendChild(s);
      });
    }));
  };
  App.prototype.loadAll = function (progress) {
    var self = this, all = this.weekDays.map(function (_, i) { return i; }), done = 0, batch = 8, k = 0;
    function next() {
      if (k >= all.length) return Promise.resolve();
      var part = all.slice(k, k + batch); k += batch;
      return self.ensureWeeks(part).then(function () { done += part.length; if (progress) progress(done, all.length); return next(); });
    }
    return next();
  };
  /* A week's file has arrived: resolve its strings and articles, file its claims by place. */
  App.prototype.addWeek = function (iso, chunk) {
    var f = this.f, i = this.weekDays.indexOf(this.fromIso(iso)), S = chunk.strings, A = chunk.articles, self = this, touched = {};
    if (i < 0 || this.weekState[i] === 2) return;
    chunk.claims.forEach(function (c, k) {
      var p = self.gidIndex[c[f.place]];
      if (p === undefined) return;
      c[f.place] = p; c[f.article] = A[c[f.article]];
      c[f.who] = S[c[f.who]]; c[f.when] = S[c[f.when]]; c[f.quote] = S[c[f.quote]]; c[f.phrase] = S[c[f.phrase]];
      c[f.xWhen] = c[f.xWhen] >= 0 ? S[c[f.xWhen]] : "";
      c.seq = i * 1e6 + k;
      self.claims.push(c); self.placeClaims[p].push(c); touched[p] = 1;
    });
    Object.keys(touched).forEach(function (p) { self.placeClaims[p].sort(function (a, b) { return a[f.eff] - b[f.eff] || a.seq - b.seq; }); });
    this.claims.sort(function (a, b) { return a[f.eff] - b[f.eff] || a.seq - b.seq; });
    this.weekState[i] = 2;
    this.weekWaiters[i].splice(0).forEach(function (r) { r(); });
  };
  App.prototype.claimsBetween = function (a, b) { /* loaded claims effective in [a, b], oldest first */
    var f = this.f;
    return this.claims.filter(function (c) { return c[f.eff] >= a && c[f.eff] <= b && this.passes(c); }, this);
  };
  App.prototype.passes = function (c) {
    var F = this.filter, f = this.f;
    return !F || (F.sides[c[f.side]] && (!F.source || c[f.article][1] === F.source));
  };
  /* What changed from the day before a to the end of b (the weeks holding [a, b] must be loaded). */
  App.prototype.changes = function (a, b) {
    var self = this, f = this.f, news = this.claimsBetween(a, b), seen = {}, changed = [], contra = [];
    news.forEach(function (c) {
      var p = c[f.place], before, after;
      if (!seen[p]) {
        seen[p] = 1; before = self.statusAt(p, a - 1); after = self.statusAt(p, b);
        if (before !== after) changed.push({p: p, before: before, after: after});
      }
      if (c[f.xSide] >= 0 && !self.filter) contra.push(c);
    });
    changed.sort(function (x, y) { return self.D.places[x.p][1] < self.D.places[y.p][1] ? -1 : 1; });
    return {changed: changed, news: news, contra: contra};
  };

  /* ---- filters: whose claims count, and which outlet ---- */
  App.prototype.applyFilter = function (F) {
    var self = this, f = this.f, note = $("fl-filter-note");
    if (!F) {
      this.filter = null; this.pts = this.ptsAll; this.sd = this.sdAll;
      if (note) note.textContent = "";
      this.setDay(this.day, {hash: false});
      return Promise.resolve();
    }
    if (note) note.textContent = "Loading every week of claims...";
    return this.loadAll(function (k, n) { if (note) note.textContent = "Loading every week of claims: " + k + " of " + n; }).then(function () {
      self.filter = F;
      self.pts = self.placeClaims.map(function (cs) {
        return steps(cs.filter(function (c) { return c[f.status] >= 0 && self.passes(c); }), f, self.D.conflictDays);
      });
      self.sd = self.placeClaims.map(function (cs) {
        var out = [];
        cs.forEach(function (c) { if (c[f.status] < 0 && self.passes(c) && out[out.length - 1] !== c[f.eff]) out.push(c[f.eff]); });
        return out;
      });
      if (note) note.textContent = "Markers show only the claims of the " + F.words + ".";
      self.setDay(self.day, {hash: false});
    });
  };

  /* ---- drawing ---- */
  App.prototype.setDay = function (d, opts) {
    var self = this, counts = [0, 0, 0], p, st, m, faded, key, struck = {};
    d = this.clamp(Math.round(d));
    this.day = d;
    this._popOpts = null;
    for (p = 0; p < this.n; p++) {
      st = this.stateAt(p, d);
      m = this.markers[p];
      if (!st) { if (m) { m.remove(); delete this.markers[p]; } continue; }
      counts[base(st.code)]++;
      faded = d - st.day >= this.D.fadeDays;
      key = st.code + (faded ? "f" : "") + ":" + st.day;
      if (m && m._flKey === key) continue;
      if (m) m.remove();
      this.markers[p] = this.drawPlace(p, st, faded, key);
    }
    for (p = 0; p < this.n; p++) if (this.struckAt(p, d)) struck[p] = 1;
    Object.keys(this.strikeMarkers).forEach(function (k) { if (!struck[k]) { self.strikeMarkers[k].remove(); delete self.strikeMarkers[k]; } });
    Object.keys(struck).forEach(function (k) { if (!self.strikeMarkers[k]) self.strikeMarkers[k] = self.drawStrike(+k); });
    this.drawAssessment(d);
    if (this.compareState) this.drawCompare();
    if (this.openPopup && this.openPlace !== null && this.openPopup.isOpen()) this.openPopup.setContent(this.popup(this.openPlace));
    this.updatePanels(d, counts, Object.keys(struck).length);
    this.placeLabels();
    if (!opts || opts.hash !== false) this.setHash(this.iso(d));
  };
  App.prototype.stateText = function (p, st, faded) {
    var P = this.D.places[p], b = base(st.code);
    var what = st.code >= 3 ? OTHERS_LABEL[b] : STATUS_LABEL[b];
    return P[1] + KIND_SUFFIX[P[4]] + ": " + what + ", latest claim " + this.fmt(st.day) +
      (faded ? " (no new claim for " + (this.day - st.day) + " days)" : "");
  };
  App.prototype.bind = function (m, p, text) {
    var self = this;
    m._flPlace = p;
    /* Options measured once per redraw (measuring the panels for each marker forced a layout each time). */
    m.bindPopup(function () { return self.popup(p); }, this._popOpts || (this._popOpts = this.popupOptions()));
    m._flTip = text;
    /* The hover text is made when first hovered: thousands of markers draw faster without it. */
    m.once("mouseover", function () {
      m.bindTooltip(el("span", m._flTip), {direction: "top", offset: [0, -8], className: "fl-tip", sticky: false}).openTooltip();
    });
    return m;
  };
  App.prototype.popupOptions = function () {
    /* Popups fit the screen and, when auto-panned, stay clear of the panels. */
    var pad = this.freePadding();
    return {maxWidth: Math.min(380, window.innerWidth - 40), maxHeight: Math.max(200, Math.min(420, window.innerHeight - pad.top - pad.bottom - 30)),
      autoPanPaddingTopLeft: [pad.left, pad.top], autoPanPaddingBottomRight: [pad.right, pad.bottom]};
  };
  App.prototype.drawPlace = function (p, st, faded, key) {
    var P = this.D.places[p], kind = P[4], m, group, b = base(st.code), others = st.code >= 3;
    var op = faded ? 0.35 : 1, cls = "fl-m fl-" + CLS[b] + (others ? " fl-others" : "") + (faded ? " fl-faded" : "");
    if (isArea(P)) { /* an oblast/raion is an area: never a pin in its capital */
      m = L.circle([P[2], P[3]], {
        renderer: this.areaRenderer, radius: this.areaKm[kind] * 1000, color: STROKE[b], weight: 3, dashArray: "10 7",
        opacity: faded ? 0.5 : 1, fillColor: FILL[b], fillOpacity: (b === 2 ? 0.35 : 0.1) * op, className: cls + " fl-area"
      });
      group = this.groups.area;
    } else {
      m = new Shape([P[2], P[3]], {
        renderer: this.renderer, shape: SHAPE[b], radius: phone() ? 9 : 7, color: others ? FILL[b] : STROKE[b],
        weight: others ? 3.5 : 2, opacity: faded ? 0.45 : 1, fillColor: others ? "#ffffff" : FILL[b],
        fillOpacity: op, className: cls
      });
      group = this.groups[STATUS[b]];
    }
    m._flKey = key; m._flState = st; m._flFaded = faded;
    this.bind(m, p, this.stateText(p, st, faded));
    group.addLayer(m);
    return m;
  };
  App.prototype.drawStrike = function (p) {
    var P = this.D.places[p], s = this.sd[p], last = s[upper(s, this.day) - 1], m;
    if (isArea(P)) { /* somewhere in an oblast or raion: the area hatched orange, never a star on its capital */
      m = L.circle([P[2], P[3]], {
        renderer: this.areaRenderer, radius: this.areaKm[P[4]] * this.areaStrikeShare * 1000, color: "#ef6c00", weight: 2,
        dashArray: "2 4", fillColor: "url(#fl-hatch-strike)", fillOpacity: 1, className: "fl-m fl-strike fl-strike-area"
      });
      this.bind(m, p, P[1] + KIND_SUFFIX[P[4]] + ": " + strikeWhere(P) + ", " + this.fmt(last));
      this.groups.strikes.addLayer(m);
      return m;
    }
    m = new Shape([P[2], P[3]], {
      renderer: this.renderer, shape: "star", radius: 6, color: "#3e2723", weight: 1.5, fillColor: "#ef6c00", fillOpacity: 1,
      className: "fl-m fl-strike"
    });
    this.bind(m, p, P[1] + KIND_SUFFIX[P[4]] + ": strike reported " + this.fmt(last));
    this.groups.strikes.addLayer(m);
    return m;
  };
  App.prototype.drawAssessment = function (d) {
    var g = this.groups.control, pick = null, i, label;
    if (!g || !this.assessments.length) return;
    for (i = 0; i < this.assessments.length; i++) if (this.assessments[i].day <= d) pick = this.assessments[i];
    if (pick === this.shownAssessment && this.shownAssessment !== null) return;
    this.shownAssessment = pick;
    g.clearLayers();
    label = pick ? "Assessed control, " + pick.a.label : "Assessed control: none on or before this date";
    if (pick) {
      if (pick.a.occupied) g.addLayer(L.geoJSON(pick.a.occupied, {pane: "flAssess", interactive: false,
        style: {color: "#b71c1c", weight: 1, fillColor: "#ef9a9a", fillOpacity: 0.25}}));
      if (pick.a.grey) g.addLayer(L.geoJSON(pick.a.grey, {pane: "flAssess", interactive: false,
        style: {color: "#555", weight: 1, dashArray: "3 3", fillColor: "#9e9e9e", fillOpacity: 0.35}}));
    }
    if (this.cfg.layerControl) { this.cfg.layerControl.removeLayer(g); this.cfg.layerControl.addOverlay(g, esc(label)); }
    if ($("fl-ctl-label")) $("fl-ctl-label").textContent = pick ? pick.a.label : "none on or before this date";
  };

  /* ---- labels: the places with claims first (recent changes, then larger places), then reference
     towns, then oblasts and countries; a label that would cover another or a panel is dropped ---- */
  App.prototype.measure = function (text, font) {
    var c = this._ctx || (this._ctx = document.createElement("canvas").getContext("2d"));
    c.font = font;
    return c.measureText(text).width;
  };
  App.prototype.placeLabels = function () {
    var self = this, map = this.map, pane = this.labelPane, size = map.getSize(), boxes = [], cand = [], d = this.day;
    if (!pane || d === undefined) return;
    clear(pane);
    this.panelRects().forEach(function (r) { boxes.push([r.left - 2, r.top - 2, r.right + 2, r.bottom + 2]); });
    var bounds = map.getBounds().pad(0.05), zoom = map.getZoom();
    Object.keys(this.halos || {}).forEach(function (k) { /* compare: "before -> after" first of all */
      var P = self.D.places[+k], ll = L.latLng(P[2], P[3]);
      if (bounds.contains(ll)) cand.push({text: self.halos[k]._flChange, ll: ll, cls: "fl-label fl-label-change", score: 5000, dx: 16, p: +k});
    });
    Object.keys(this.markers).forEach(function (k) {
      var p = +k, P = self.D.places[p], m = self.markers[k], st = m._flState, ll = L.latLng(P[2], P[3]), changed;
      if (!bounds.contains(ll) || (self.halos && self.halos[k])) return;
      changed = self.lastChangeDay(p, d);
      cand.push({text: P[1] + " \u00b7 " + self.short(st.day), ll: ll, cls: "fl-label" + (m._flFaded ? " fl-label-faded" : ""),
        score: 1000 + (changed !== null && d - changed < self.D.fadeDays ? 500 : 0) + Math.log(10 + (P[7] || 0)) * 10 +
          (m._flFaded ? -300 : 0), dx: 10, p: p});
    });
    (this.D.refs || []).forEach(function (r) {
      var ll = L.latLng(r[1], r[2]);
      if (!bounds.contains(ll)) return;
      if (r[3] < 100000 && zoom < 8) return;
      cand.push({text: r[0], ll: ll, cls: "fl-ref" + (r[3] >= 500000 ? " fl-big" : ""), score: 200 + Math.log(10 + r[3]) * 10, dx: 0, center: true});
    });
    if (zoom <= 8) this.baseLabels.forEach(function (b) {
      if (bounds.contains(b.ll) && (b.oblast ? zoom >= 6 : true)) cand.push({text: b.text, ll: b.ll, cls: b.oblast ? "fl-oblast" : "fl-country", score: b.oblast ? 50 : 60, dx: 0, center: true});
    });
    cand.sort(function (a, b) { return b.score - a.score; });
    var shown = 0, font = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif";
    cand.forEach(function (c) {
      if (shown >= 220) return;
      var pt = map.latLngToContainerPoint(c.ll), tries, t, bx, k, hit, h = c.cls.indexOf("fl-big") >= 0 ? 18 : 16,
        w = self.measure(c.text, (c.cls.indexOf("fl-big") >= 0 || c.cls.indexOf("fl-label-change") >= 0 ? "bold 14px " :
          c.cls === "fl-label" ? "600 12px " : "12px ") + font) + 12;
      tries = c.center ? [[-w / 2, -h / 2]] : [[c.dx, -h / 2], [-w - c.dx, -h / 2], [-w / 2, -h - 8], [-w / 2, 8]];
      for (t = 0; t < tries.length; t++) {
        bx = [pt.x + tries[t][0], pt.y + tries[t][1], pt.x + tries[t][0] + w, pt.y + tries[t][1] + h];
        if (bx[0] < 0 || bx[1] < 0 || bx[2] > size.x || bx[3] > size.y) continue;
        hit = false;
        for (k = 0; k < boxes.length; k++) {
          if (bx[0] < boxes[k][2] && boxes[k][0] < bx[2] && bx[1] < boxes[k][3] && boxes[k][1] < bx[3]) { hit = true; break; }
        }
        if (!hit) break;
      }
      if (t === tries.length) return;
      boxes.push(bx);
      var div = el("div", c.text, c.cls), lp = map.containerPointToLayerPoint([bx[0], bx[1]]);
      div.style.left = lp.x + "px"; div.style.top = lp.y + "px";
      if (c.p !== undefined) div.setAttribute("data-place", String(c.p));
      pane.appendChild(div);
      shown++;
    });
  };

  window.FrontlineApp = App;
  window.Frontline = {
    Shape: Shape, el: el, clear: clear, base: base, steps: steps, STATUS_LABEL: STATUS_LABEL, OTHERS_LABEL: OTHERS_LABEL,
    isArea: isArea, areaName: areaName, strikeWhere: strikeWhere,
    KIND_SUFFIX: KIND_SUFFIX, KIND_PHRASE: KIND_PHRASE, CHECK: CHECK, CLS: CLS,
    pending: [],
    week: function (iso, chunk) { /* called by each data/week-*.js */
      if (window.frontline) window.frontline.addWeek(iso, chunk); else window.Frontline.pending.push([iso, chunk]);
    },
    start: function (cfg) {
      if (!window.FRONTLINE_DATA) {
        var t = $("fl-date");
        if (t) t.textContent = "data.js did not load: keep it beside index.html";
        return null;
      }
      window.frontline = new App(cfg, window.FRONTLINE_DATA, window.FRONTLINE_CONTROL || null);
      window.Frontline.pending.splice(0).forEach(function (x) { window.frontline.addWeek(x[0], x[1]); });
      return window.frontline;
    }
  };
})();
