/* frontline.js: claims map, time slider, date permalinks, changes and compare view.
 *
 * Reads window.FRONTLINE_DATA (data.js, layout in geo/site/payload.py) and, when an assessed-control
 * overlay was built, window.FRONTLINE_CONTROL (control.js). The status rules are those of
 * geo/site/timeline.py; keep the two in step. Article text only ever reaches the page through
 * textContent / createElement, never innerHTML.
 */
(function () {
  "use strict";
  var DAY_MS = 864e5;
  var STATUS = ["RU", "UA", "contested"];
  var STATUS_LABEL = ["claimed by Russia", "claimed by Ukraine", "contested"];
  var CLS = ["ru", "ua", "contested"];
  var SHAPE = ["circle", "square", "diamond"];
  var STROKE = ["#7f0000", "#0b3d7a", "#333333"];
  var FILL = ["#c62828", "#1565c0", "url(#fl-hatch)"];
  var KIND_SUFFIX = ["", " (oblast-level)", " (raion-level)", " (river)"];
  var KIND_PHRASE = ["captured", "held", "fighting reported (contested)", "struck"];
  var CHECK = ["consistent", "not corroborated", "contradicted"];
  var MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

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
  function upper(arr, x, key) { /* number of items with key(item) <= x in an ascending array */
    var lo = 0, hi = arr.length, mid;
    while (lo < hi) { mid = (lo + hi) >> 1; if (key(arr[mid]) <= x) lo = mid + 1; else hi = mid; }
    return lo;
  }

  function App(cfg, data, assessments) {
    var self = this, f = {}, i;
    data.fields.forEach(function (name, k) { f[name] = k; });
    this.f = f; this.D = data; this.cfg = cfg; this.map = cfg.map; this.groups = cfg.groups;
    this.epoch = Date.parse(data.epoch + "T00:00:00Z");
    this.asOf = data.asOf;
    this.claims = data.claims;
    this.S = data.strings;
    this.statusClaims = data.places.map(function () { return []; });
    this.placeClaims = data.places.map(function () { return []; });
    this.strikes = [];
    for (i = 0; i < this.claims.length; i++) {
      var c = this.claims[i];
      this.placeClaims[c[f.place]].push(i);
      if (c[f.status] >= 0) this.statusClaims[c[f.place]].push(i);
      else this.strikes.push(i);
    }
    this.eff = function (ci) { return self.claims[ci][f.eff]; };
    this.assessments = (assessments || []).map(function (a) {
      return {day: self.fromIso(a.date), a: a};
    }).sort(function (x, y) { return x.day - y.day; });
    this.shownAssessment = null;
    this.markers = {}; this.strikeMarkers = {};
    this.renderer = L.svg({padding: 0.5});
    this.map.addLayer(this.renderer);
    this.addHatch(this.renderer._container);
    this.map.createPane("flAssess").style.zIndex = 350;
    this.labelsOn = this.map.getZoom() >= 9;
    this.map.on("zoomend", function () { self.onZoom(); });
    this.map.on("popupopen", function (e) {
      self.openPlace = e.popup._source ? e.popup._source._flPlace : null; self.openPopup = e.popup;
      document.body.classList.add("fl-popup-open");
      setTimeout(function () { self.foldPanelsOver(e.popup); }, 300); /* after the auto-pan */
    });
    this.map.on("popupclose", function () {
      self.openPlace = null; self.openPopup = null; document.body.classList.remove("fl-popup-open");
    });
    this.wireControls();
    this.fitView();
    var h = this.parseHash();
    this.setDay(h ? h.day : this.asOf, {hash: false});
    if (h && h.compareFrom !== undefined) this.compare(h.compareFrom, h.day, false);
    window.addEventListener("hashchange", function () {
      if (location.hash === self.lastHash) return;
      var h2 = self.parseHash();
      if (h2) { self.setDay(h2.day, {hash: false}); if (h2.compareFrom !== undefined) self.compare(h2.compareFrom, h2.day, false); }
    });
  }

  /* First view: every place, clear of the date panel above and the changes panel at the right. */
  App.prototype.fitView = function () {
    var pts = this.D.places.map(function (P) { return [P[2], P[3]]; }), top = $("fl-top"), side = $("fl-changes"),
      legend = $("fl-legend"), w = this.map.getSize().x, left = 30, right = 20,
      below = top ? top.getBoundingClientRect().bottom + 10 : 20;
    if (!pts.length) return;
    if (side && side.open && w > 700) right = side.getBoundingClientRect().width + 30;
    if (legend && legend.open && w > 700) left = legend.getBoundingClientRect().width + 20;
    this.map.fitBounds(L.latLngBounds(pts), {paddingTopLeft: [left, below], paddingBottomRight: [right, 40], maxZoom: 10, animate: false});
  };

  /* A popup must not open under a panel: fold the panels it would be hidden by. */
  App.prototype.foldPanelsOver = function (popup) {
    var node = popup.getElement(), r, q;
    if (!node || !popup.isOpen()) return;
    r = node.getBoundingClientRect();
    ["fl-changes", "fl-legend"].forEach(function (id) {
      var d = $(id);
      if (!d || !d.open) return;
      q = d.getBoundingClientRect();
      if (r.left < q.right && q.left < r.right && r.top < q.bottom && q.top < r.bottom) d.open = false;
    });
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
    pat.appendChild(bg); pat.appendChild(line); defs.appendChild(pat); svg.insertBefore(defs, svg.firstChild);
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
  App.prototype.monday = function (d) { return d - (new Date(this.epoch + d * DAY_MS).getUTCDay() + 6) % 7; };
  App.prototype.clamp = function (d) { return Math.max(0, Math.min(this.asOf, d)); };
  App.prototype.parseHash = function () {
    var m = /^#(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(location.hash);
    if (!m) return null;
    var a = this.fromIso(m[1]), b = m[2] ? this.fromIso(m[2]) : null;
    if (a === null) return null;
    return b === null ? {day: this.clamp(a)} : {day: this.clamp(b), compareFrom: this.clamp(a)};
  };
  App.prototype.setHash = function (h) {
    this.lastHash = "#" + h;
    if (location.hash !== this.lastHash) location.replace(location.href.split("#")[0] + this.lastHash);
  };

  /* ---- status, as in geo/site/timeline.py ---- */
  App.prototype.statusAt = function (p, d) {
    var arr = this.statusClaims[p], n = upper(arr, d, this.eff), f = this.f, s = -1, seen = [0, 0, 0], k, c;
    if (!n) return -1;
    var lo = this.eff(arr[n - 1]) - this.D.conflictDays;
    for (k = n - 1; k >= 0; k--) {
      c = this.claims[arr[k]];
      if (c[f.eff] < lo) break;
      if (seen[c[f.side]]) continue; /* each claimant's latest word only */
      seen[c[f.side]] = 1;
      if (s === -1) s = c[f.status]; else if (s !== c[f.status]) return 2;
    }
    return s;
  };
  App.prototype.contradicting = function (ci) {
    var c = this.claims[ci], f = this.f, arr = this.statusClaims[c[f.place]], k, o;
    if (c[f.status] < 0) return -1;
    var lo = c[f.eff] - this.D.conflictDays, seen = [0, 0, 0];
    seen[c[f.side]] = 1;
    for (k = arr.length - 1; k >= 0; k--) {
      if (arr[k] >= ci) continue;
      o = this.claims[arr[k]];
      if (seen[o[f.side]]) continue;
      if (o[f.eff] < lo) break;
      seen[o[f.side]] = 1;
      if (o[f.status] !== c[f.status]) return arr[k];
    }
    return -1;
  };
  App.prototype.claimsBetween = function (a, b) { /* indices of claims effective in [a, b] */
    var all = this.claims, f = this.f, key = function (c) { return c[f.eff]; }, lo = upper(all, a - 1, key), hi = upper(all, b, key), out = [], i;
    for (i = lo; i < hi; i++) out.push(i);
    return out;
  };
  App.prototype.changes = function (a, b) {
    var self = this, f = this.f, news = this.claimsBetween(a, b), seen = {}, changed = [], contra = [];
    news.forEach(function (ci) {
      var p = self.claims[ci][f.place], before, after;
      if (!seen[p]) {
        seen[p] = 1; before = self.statusAt(p, a - 1); after = self.statusAt(p, b);
        if (before !== after) changed.push({p: p, before: before, after: after});
      }
      var o = self.contradicting(ci);
      if (o >= 0) contra.push({ci: ci, against: o});
    });
    return {changed: changed, news: news, contra: contra};
  };

  /* ---- drawing ---- */
  App.prototype.setDay = function (d, opts) {
    var self = this, f = this.f, counts = [0, 0, 0], p, st, m;
    d = this.clamp(Math.round(d));
    this.day = d;
    for (p = 0; p < this.D.places.length; p++) {
      st = this.statusAt(p, d);
      if (st >= 0) counts[st]++;
      m = this.markers[p];
      if (m && m._flStatus === st) continue;
      if (m) { m.remove(); delete this.markers[p]; }
      if (st >= 0) this.markers[p] = this.drawPlace(p, st);
    }
    var struck = {}, lo = d - this.D.strikeDays + 1;
    this.strikes.forEach(function (ci) { var c = self.claims[ci]; if (c[f.eff] >= lo && c[f.eff] <= d) struck[c[f.place]] = 1; });
    Object.keys(this.strikeMarkers).forEach(function (k) { if (!struck[k]) { self.strikeMarkers[k].remove(); delete self.strikeMarkers[k]; } });
    Object.keys(struck).forEach(function (k) { if (!self.strikeMarkers[k]) self.strikeMarkers[k] = self.drawStrike(+k); });
    this.drawAssessment(d);
    if (this.openPopup && this.openPlace !== null && this.openPopup.isOpen()) this.openPopup.update();
    this.updatePanels(d, counts, Object.keys(struck).length);
    if (!opts || opts.hash !== false) this.setHash(this.iso(d));
  };
  App.prototype.bind = function (m, p, text) {
    var self = this, P = this.D.places[p];
    m._flPlace = p;
    m._flTip = text;
    m._flShort = P[1] + KIND_SUFFIX[P[4]];
    m.bindPopup(function () { return self.popup(p); }, this.popupOptions());
    this.tip(m);
    return m;
  };
  App.prototype.popupOptions = function () {
    /* Popups fit the screen and, when auto-panned, stay clear of the date panel on top. */
    var top = document.getElementById("fl-top"), below = top ? top.getBoundingClientRect().bottom + 10 : 16;
    return {maxWidth: Math.min(380, window.innerWidth - 60), maxHeight: Math.min(380, window.innerHeight - below - 60),
      autoPanPaddingTopLeft: [16, below], autoPanPaddingBottomRight: [16, 16]};
  };
  App.prototype.tip = function (m) {
    m.unbindTooltip();
    /* Areas always carry a short "(oblast-level)" label; points get theirs when zoomed in. */
    var area = m instanceof L.Circle, text = area && !this.labelsOn ? m._flShort : m._flTip;
    m.bindTooltip(el("span", text), {direction: "right", offset: [8, 0], permanent: this.labelsOn || area, className: area ? "fl-tip fl-tip-area" : "fl-tip"});
  };
  App.prototype.onZoom = function () {
    var on = this.map.getZoom() >= 9, self = this;
    if (on === this.labelsOn) return;
    this.labelsOn = on;
    Object.keys(this.markers).forEach(function (k) { self.tip(self.markers[k]); });
    Object.keys(this.strikeMarkers).forEach(function (k) { self.tip(self.strikeMarkers[k]); });
  };
  App.prototype.drawPlace = function (p, st) {
    var P = this.D.places[p], kind = P[4], m, group;
    var text = P[1] + KIND_SUFFIX[kind] + ": " + STATUS_LABEL[st];
    if (kind === 1 || kind === 2) { /* an oblast/raion is an area: never a pin in its capital */
      m = L.circle([P[2], P[3]], {
        renderer: this.renderer, radius: kind === 1 ? 60000 : 20000, color: STROKE[st], weight: 3, dashArray: "10 7",
        fillColor: FILL[st], fillOpacity: st === 2 ? 0.35 : 0.1, className: "fl-m fl-area fl-" + CLS[st]
      });
      group = this.groups.area;
    } else {
      m = new Shape([P[2], P[3]], {
        renderer: this.renderer, shape: SHAPE[st], radius: L.Browser.mobile ? 9 : 7, color: STROKE[st], weight: 2,
        fillColor: FILL[st], fillOpacity: 1, className: "fl-m fl-" + CLS[st]
      });
      group = this.groups[STATUS[st]];
    }
    m._flStatus = st;
    this.bind(m, p, text);
    group.addLayer(m);
    return m;
  };
  App.prototype.drawStrike = function (p) {
    var P = this.D.places[p];
    var m = new Shape([P[2], P[3]], {
      renderer: this.renderer, shape: "star", radius: 6, color: "#3e2723", weight: 1.5, fillColor: "#ef6c00", fillOpacity: 1,
      className: "fl-m fl-strike"
    });
    this.bind(m, p, P[1] + KIND_SUFFIX[P[4]] + ": strike reported");
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

  window.FrontlineApp = App;
  window.Frontline = {
    Shape: Shape, el: el, clear: clear, STATUS_LABEL: STATUS_LABEL, KIND_SUFFIX: KIND_SUFFIX,
    KIND_PHRASE: KIND_PHRASE, CHECK: CHECK,
    start: function (cfg) {
      if (!window.FRONTLINE_DATA) {
        var t = $("fl-date");
        if (t) t.textContent = "data.js did not load: keep it beside index.html";
        return null;
      }
      window.frontline = new App(cfg, window.FRONTLINE_DATA, window.FRONTLINE_CONTROL || null);
      return window.frontline;
    }
  };
})();
