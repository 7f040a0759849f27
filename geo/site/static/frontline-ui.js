/* frontline-ui.js: popups (with each place's history as a small timeline), the panels, the slider's
 * controls, the compare view on the map, search by any spelling, filters and the phone's sheet.
 * Extends FrontlineApp from frontline.js. Every string from an article goes through textContent
 * (el()), so markup in a quote is shown as text and never runs.
 */
(function () {
  "use strict";
  var App = window.FrontlineApp, FL = window.Frontline, el = FL.el, clear = FL.clear, base = FL.base;
  var STATUS_LABEL = FL.STATUS_LABEL, OTHERS_LABEL = FL.OTHERS_LABEL, KIND_SUFFIX = FL.KIND_SUFFIX,
    KIND_PHRASE = FL.KIND_PHRASE, CHECK = FL.CHECK, CLS = FL.CLS, isArea = FL.isArea, strikeWhere = FL.strikeWhere;
  var BY = [" by Russia", " by Ukraine", ""];
  var SIDE = ["Russian side", "Ukrainian side", "third party"];
  var SHORT = ["Russia", "Ukraine", "contested"];
  var COLOR = ["#c62828", "#1565c0", "#777777", "#ef9a9a", "#90caf9"];
  var LIST_CAP = 60, CONTRA_CAP = 8, POPUP_CLAIMS = 25;
  var SVGNS = "http://www.w3.org/2000/svg";
  function $(id) { return document.getElementById(id); }
  function safeUrl(u) { return /^https?:\/\//i.test(u || "") ? u : null; }
  function statusText(s) { return s >= 0 ? STATUS_LABEL[s] : "no claim"; }
  function codeText(code) { return code >= 3 ? OTHERS_LABEL[code - 3] : STATUS_LABEL[code]; }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag), k;
    for (k in attrs) e.setAttribute(k, String(attrs[k]));
    return e;
  }

  App.prototype.assessmentFor = function (d) {
    var pick = null;
    this.assessments.forEach(function (x) { if (x.day <= d) pick = x; });
    return pick;
  };

  /* ---- popup: place, status and since when, a timeline of its history, claims newest first ---- */
  App.prototype.popup = function (p) {
    var self = this, f = this.f, P = this.D.places[p], d = this.day, st = this.stateAt(p, d);
    var box = el("div", null, "fl-pop");
    box.appendChild(el("h3", P[1] + KIND_SUFFIX[P[4]]));
    if (isArea(P)) {
      box.appendChild(el("p", "A claim about the whole " + (P[4] === 1 ? "oblast" : "raion") +
        ", drawn as an area around its GeoNames point; not a position.", "fl-note"));
    }
    var alt = P[5].slice();
    if (P[6]) alt.unshift(P[6] + " (GeoNames)");
    if (alt.length) box.appendChild(el("p", "Also written: " + alt.join(", "), "fl-alt"));
    box.appendChild(el("p", "As of " + this.fmt(d) + ": " + (st ? codeText(st.code) + ", latest claim " + this.fmt(st.day) +
      (d - st.day >= this.D.fadeDays ? " (no new claim for " + (d - st.day) + " days)" : "") : "no claim of control"),
      "fl-st fl-st-" + (st ? CLS[base(st.code)] : "none")));
    if (isArea(P) && this.struckAt(p, d)) { /* where: the area, not its capital */
      var sd = this.sd[p];
      box.appendChild(el("p", strikeWhere(P) + ", latest " + this.fmt(sd[FLupper(sd, d) - 1]) + " (the area is hatched; not a strike on " +
        "its capital)", "fl-st fl-st-struck"));
    }
    box.appendChild(this.historySvg(p));
    var list = el("div", null, "fl-claims");
    box.appendChild(list);
    this.fillClaims(p, list, 1);
    box.appendChild(el("p", "Place name and position: GeoNames (CC BY 4.0). Claims are what each side says, not verified.", "fl-credit"));
    return box;
  };
  /* The place's status over time: a bar coloured by status from its first claim to the date shown,
     with strikes as ticks. */
  App.prototype.historySvg = function (p) {
    var s = this.pts[p], sd = this.sd[p], d = this.day, W = 300, H = 34, x0 = 4, x1 = W - 4, start, k, n, g, x, next;
    start = Math.min(s.days.length ? s.days[0] : d, sd.length ? sd[0] : d);
    var span = Math.max(1, d - start), X = function (t) { return x0 + (x1 - x0) * (t - start) / span; };
    g = svg("svg", {width: W, height: H, viewBox: "0 0 " + W + " " + H, "class": "fl-history", role: "img"});
    var title = svg("title", {}); title.textContent = "Claimed status from " + this.fmt(start) + " to " + this.fmt(d);
    g.appendChild(title);
    g.appendChild(svg("rect", {x: x0, y: 6, width: x1 - x0, height: 10, fill: "#eeeeee"}));
    n = FLupper(s.days, d);
    for (k = 0; k < n; k++) {
      x = X(s.days[k]); next = k + 1 < n ? X(s.days[k + 1]) : x1;
      g.appendChild(svg("rect", {x: x.toFixed(1), y: 6, width: Math.max(1, next - x).toFixed(1), height: 10, fill: COLOR[s.codes[k]],
        "class": "fl-seg fl-seg-" + s.codes[k]}));
    }
    sd.forEach(function (t) { if (t <= d) g.appendChild(svg("rect", {x: (X(t) - 0.5).toFixed(1), y: 3, width: 1.5, height: 3, fill: "#ef6c00"})); });
    var a = svg("text", {x: x0, y: H - 2, "font-size": 10, fill: "#444"}); a.textContent = this.fmt(start);
    var b = svg("text", {x: x1, y: H - 2, "font-size": 10, fill: "#444", "text-anchor": "end"}); b.textContent = this.fmt(d);
    g.appendChild(a); g.appendChild(b);
    return g;
  };
  function FLupper(arr, x) { var lo = 0, hi = arr.length, mid; while (lo < hi) { mid = (lo + hi) >> 1; if (arr[mid] <= x) lo = mid + 1; else hi = mid; } return lo; }

  /* The weeks holding a place's latest claim days up to the date shown, `rounds` batches of them. */
  App.prototype.placeWeeks = function (p, rounds) {
    var d = this.day, days = this.pts[p].days.slice(0, FLupper(this.pts[p].days, d)).concat(this.sd[p].slice(0, FLupper(this.sd[p], d)));
    var weeks = [], self = this;
    days.sort(function (a, b) { return b - a; }).forEach(function (t) {
      var w = self.weekIndex(t);
      if (weeks.indexOf(w) < 0) weeks.push(w);
    });
    return {want: weeks.slice(0, 3 * rounds), all: weeks.length};
  };
  App.prototype.fillClaims = function (p, node, rounds) {
    var self = this, f = this.f, d = this.day, wk = this.placeWeeks(p, rounds);
    clear(node);
    node.appendChild(el("p", "Loading the claims...", "fl-note"));
    this.ensureWeeks(wk.want).then(function () {
      var shown = self.placeClaims[p].filter(function (c) { return c[f.eff] <= d && self.passes(c); }).reverse();
      clear(node);
      node.appendChild(el("h4", "Claims, newest first (" + (wk.want.length < wk.all ? shown.length + " of the latest" : shown.length) + ")"));
      var ol = el("ol", null, "fl-hist");
      shown.slice(0, POPUP_CLAIMS * rounds).forEach(function (c) { ol.appendChild(self.claimItem(c)); });
      node.appendChild(ol);
      if (wk.want.length < wk.all || shown.length > POPUP_CLAIMS * rounds) {
        var more = el("button", "Earlier claims", "fl-link");
        more.type = "button";
        more.addEventListener("click", function (e) { e.stopPropagation(); self.fillClaims(p, node, rounds + 1); });
        node.appendChild(more);
      }
      var later = self.placeClaims[p].filter(function (c) { return c[f.eff] > d; }).length;
      if (later) node.appendChild(el("p", later + " later claim(s) after " + self.fmt(d) + ": move the slider forward to see them.", "fl-note"));
      var pop = self.openPopup;
      /* Lay the open popup out again for its new height (update() would rebuild its content). */
      if (pop && pop.isOpen() && node.isConnected) { pop._updateLayout(); pop._updatePosition(); pop._adjustPan(); }
    });
  };

  App.prototype.claimItem = function (c) {
    var f = this.f, art = c[f.article];
    var li = el("li", null, "fl-claim fl-side-" + ["ru", "ua", "other"][c[f.side]]);
    var P = this.D.places[c[f.place]];
    var what = c[f.kind] === 3 && P && isArea(P) ? strikeWhere(P) :
      KIND_PHRASE[c[f.kind]] + (c[f.kind] < 2 && c[f.status] >= 0 ? BY[c[f.status]] : "");
    li.appendChild(el("div", "According to " + c[f.who] + ", " + c[f.when] + ": " + what, "fl-head"));
    if (c[f.quote]) li.appendChild(el("blockquote", "\u201c" + c[f.quote] + "\u201d", "fl-q"));
    var meta = el("div", null, "fl-meta"), url = safeUrl(art[2]), a;
    meta.appendChild(document.createTextNode("Source: "));
    if (url) {
      a = el("a", art[1] || art[0] || "article"); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      if (art[0]) a.title = art[0];
      meta.appendChild(a);
    } else {
      meta.appendChild(document.createTextNode(art[1] || art[0] || "article"));
    }
    meta.appendChild(document.createTextNode(", published " + this.fmt(art[3])));
    if (c[f.phrase]) meta.appendChild(document.createTextNode("; date from \u201c" + c[f.phrase] + "\u201d"));
    li.appendChild(meta);
    var notes = [];
    if (c[f.check] === 3) {
      notes.push("not checked: no control assessment recent enough for its date");
    } else if (c[f.check] >= 0) {
      var ass = this.assessmentFor(c[f.to]);
      notes.push("Against " + (ass ? ass.a.source + " of " + ass.a.date : "the assessment") + ": " + CHECK[c[f.check]]);
    }
    if (c[f.corrected]) notes.push("corrected in review");
    notes.push("extraction confidence " + c[f.confidence] + "%");
    li.appendChild(el("div", notes.join(" \u00b7 "), "fl-meta fl-meta2"));
    return li;
  };

  App.prototype.focus = function (p) {
    var m = this.markers[p] || this.strikeMarkers[p], P = this.D.places[p], ll = L.latLng(P[2], P[3]);
    if (phone()) this.openSheet(null);
    this.showPoint(ll, 10);
    if (m) { m.openPopup(); return; }
    var pop = L.popup(this.popupOptions()).setLatLng(ll).setContent(this.popup(p));
    pop._flPlace = p;
    pop.openOn(this.map);
  };
  function phone() { return window.innerWidth < 700; }

  /* ---- panels ---- */
  App.prototype.placeButton = function (p, text) {
    var self = this, b = el("button", text, "fl-link");
    b.type = "button";
    b.addEventListener("click", function () { self.focus(p); });
    return b;
  };
  App.prototype.changeList = function (node, items) {
    var ul = el("ul", null, "fl-list"), self = this;
    items.slice(0, LIST_CAP).forEach(function (ch) {
      var li = el("li");
      li.appendChild(self.placeButton(ch.p, self.D.places[ch.p][1]));
      li.appendChild(document.createTextNode(": " + statusText(ch.before) + " \u2192 " + statusText(ch.after)));
      ul.appendChild(li);
    });
    if (items.length > LIST_CAP) ul.appendChild(el("li", "and " + (items.length - LIST_CAP) + " more"));
    node.appendChild(ul);
  };
  App.prototype.renderChanges = function (node, heading, ch, page) {
    var self = this, f = this.f;
    clear(node);
    node.appendChild(el("h4", heading));
    node.appendChild(el("p", ch.changed.length + " place(s) changed claimed status, " + ch.news.length +
      " new claim(s), " + ch.contra.length + " contradicted by another claimant."));
    if (ch.changed.length) this.changeList(node, ch.changed);
    if (ch.contra.length) {
      var ul = el("ul", null, "fl-list");
      ch.contra.slice(0, CONTRA_CAP).forEach(function (c) {
        var li = el("li");
        li.appendChild(self.placeButton(c[f.place], self.D.places[c[f.place]][1]));
        li.appendChild(document.createTextNode(": " + ["RU", "UA", "other"][c[f.side]] + " says " + KIND_PHRASE[c[f.kind]] +
          ", " + ["RU", "UA", "other"][c[f.xSide]] + " said " + KIND_PHRASE[c[f.xKind]] + " (" + c[f.xWhen] + ")"));
        ul.appendChild(li);
      });
      if (ch.contra.length > CONTRA_CAP) ul.appendChild(el("li", "and " + (ch.contra.length - CONTRA_CAP) + " more contradictions"));
      node.appendChild(ul);
    }
    if (ch.news.length && page) {
      var a = el("a", "All claims of this period"); a.href = page; node.appendChild(a);
    }
  };
  App.prototype.updatePanels = function (d, counts, nStrikes) {
    var self = this, iso = this.iso(d), t = $("fl-date");
    if (t) { t.textContent = this.fmt(d); t.setAttribute("datetime", iso); }
    if ($("fl-latest")) $("fl-latest").textContent = d === this.asOf ? "(latest)" : "(latest data: " + this.fmt(this.asOf) + ")";
    if ($("fl-slider")) $("fl-slider").value = String(d);
    if ($("fl-counts")) {
      $("fl-counts").textContent = counts[0] + " Russian control \u00b7 " + counts[1] + " Ukrainian control \u00b7 " +
        counts[2] + " contested \u00b7 " + nStrikes + " struck (" + this.D.strikeDays + " days)";
    }
    if ($("fl-permalink")) $("fl-permalink").href = "#" + iso;
    this.updateShare();
    document.title = this.D.title + ": claims as of " + iso;
    if (!this.compareState) { /* the compare fields follow the date shown */
      if ($("fl-cmp-a")) $("fl-cmp-a").value = this.iso(Math.max(this.first, d - 7));
      if ($("fl-cmp-b")) $("fl-cmp-b").value = iso;
    }
    var mon = this.monday(d), want = [this.weekIndex(d), this.weekIndex(mon), this.weekIndex(mon + 6)];
    this.ensureWeeks(want).then(function () {
      if (self.day !== d) return;
      var hasDay = self.claimsBetween(d, d).length;
      if ($("fl-day")) self.renderChanges($("fl-day"), "On " + self.fmt(d), self.changes(d, d), hasDay ? "changes/" + iso + ".html" : null);
      if ($("fl-week")) {
        self.renderChanges($("fl-week"), "Week of " + self.fmt(mon) + " to " + self.fmt(mon + 6), self.changes(mon, mon + 6),
          "changes/week-" + self.iso(mon) + ".html");
      }
      self.placeLabels(); /* the panel grew: no label stays under it */
    });
  };

  /* ---- compare two dates, on the map: a ring round each place whose status changed, and before -> after ---- */
  App.prototype.compare = function (a, b, setHash) {
    var t;
    a = this.clamp(a); b = this.clamp(b);
    if (a > b) { t = a; a = b; b = t; }
    this.compareState = {a: a, b: b};
    if ($("fl-cmp-a")) $("fl-cmp-a").value = this.iso(a);
    if ($("fl-cmp-b")) $("fl-cmp-b").value = this.iso(b);
    if (this.day !== b) this.setDay(b, {hash: false}); else this.drawCompare();
    if (setHash !== false) this.setHash(this.iso(a) + ".." + this.iso(b));
  };
  App.prototype.clearCompare = function (setHash) {
    var self = this;
    this.compareState = null; this.lastCompare = null;
    Object.keys(this.halos).forEach(function (k) { self.halos[k].remove(); });
    this.halos = {};
    document.body.classList.remove("fl-comparing");
    if ($("fl-cmp-out")) clear($("fl-cmp-out"));
    this.setDay(this.day, {hash: setHash !== false});
  };
  App.prototype.drawCompare = function () {
    var self = this, out = $("fl-cmp-out"), a = this.compareState.a, b = this.compareState.b, appeared = [], changed = [], gone = [], p, sa, sb, P;
    Object.keys(this.halos).forEach(function (k) { self.halos[k].remove(); });
    this.halos = {};
    for (p = 0; p < this.n; p++) {
      sa = this.statusAt(p, a); sb = this.statusAt(p, b);
      if (sa === sb) continue;
      (sa < 0 ? appeared : sb < 0 ? gone : changed).push({p: p, before: sa, after: sb});
      P = this.D.places[p];
      var halo = L.circleMarker([P[2], P[3]], {pane: "flHalo", radius: 15, color: "#ffb300", weight: 4, fill: false,
        interactive: false, className: "fl-halo"});
      /* Its "before -> after" is a label of the first rank (see placeLabels): never on top of another. */
      halo._flChange = P[1] + ": " + (sa < 0 ? "no claim" : SHORT[sa]) + " \u2192 " + (sb < 0 ? "no claim" : SHORT[sb]);
      halo.addTo(this.map);
      this.halos[p] = halo;
    }
    document.body.classList.add("fl-comparing");
    this.placeLabels();
    this.lastCompare = {appeared: appeared.length, changed: changed.length, gone: gone.length};
    var news = 0;
    this.D.days.forEach(function (x) { if (x[0] > a && x[0] <= b) news += x[1]; });
    if (out) {
      clear(out);
      out.appendChild(el("p", "From " + this.fmt(a) + " to " + this.fmt(b) + ": " + appeared.length + " appeared, " +
        changed.length + " changed claimed side or status, " + gone.length + " no longer shown; " +
        news + " new claim(s). Ringed on the map.", "fl-cmp-sum"));
      [["Appeared", appeared], ["Changed", changed], ["No longer shown", gone]].forEach(function (x) {
        if (!x[1].length) return;
        out.appendChild(el("h4", x[0] + " (" + x[1].length + ")"));
        self.changeList(out, x[1]);
      });
      if ($("fl-changes") && !phone()) $("fl-changes").open = true;
    }
  };

  /* ---- search: any spelling, from the gazetteer's names ---- */
  var CYR = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ё": "e", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "",
    "ы": "y", "э": "e", "ю": "iu", "я": "ia"};
  function norm(s) {
    s = String(s).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    s = s.replace(/[\u0400-\u04ff]/g, function (ch) { return CYR[ch] !== undefined ? CYR[ch] : ch; });
    return s.replace(/['\u2019\u02bc`\u00b4]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  }
  /* Letters romanizations disagree on fold together: Avdiivka, Avdeyevka and Avdiïvka meet. */
  function loose(s) {
    return norm(s).replace(/ /g, "").replace(/shch|sch/g, "s").replace(/kh/g, "h").replace(/zh/g, "z").replace(/ts|tz|ch|c/g, "c")
      .replace(/sh/g, "s").replace(/g/g, "h").replace(/w/g, "v").replace(/[yjei]+/g, "i").replace(/(.)\1+/g, "$1");
  }
  App.prototype.buildIndex = function () {
    var self = this;
    this.index = this.D.places.map(function (P, p) {
      var forms = [P[1]].concat(P[6] ? [P[6]] : [], P[5], (self.D.names && self.D.names[p]) || []);
      return forms.map(function (x) { return {text: x, n: norm(x), l: loose(x)}; });
    });
  };
  App.prototype.search = function (q) {
    var n = norm(q), l = loose(q), out = [];
    if (!n) return out;
    this.index.forEach(function (forms, p) {
      var best = 0, hit = null;
      forms.forEach(function (x) {
        var s = x.n === n ? 4 : x.n.indexOf(n) === 0 ? 3 : (l.length >= 4 && x.l.indexOf(l) === 0) ? 2 : (n.length >= 3 && x.n.indexOf(n) > 0) ? 1 : 0;
        if (s > best) { best = s; hit = x.text; }
      });
      if (best) out.push({p: p, score: best, form: hit});
    });
    var self = this;
    out.sort(function (a, b) { return b.score - a.score || (self.D.places[b.p][7] || 0) - (self.D.places[a.p][7] || 0) || (self.D.places[a.p][1] < self.D.places[b.p][1] ? -1 : 1); });
    return out.slice(0, 8);
  };
  App.prototype.showResults = function (q) {
    var self = this, ul = $("fl-results"), res = this.search(q);
    if (!ul) return;
    clear(ul);
    if (q && !res.length) ul.appendChild(el("li", "No place with claims by that name.", "fl-note"));
    res.forEach(function (r) {
      var li = el("li"), P = self.D.places[r.p], b = self.placeButton(r.p, P[1]);
      b.setAttribute("role", "option");
      li.appendChild(b);
      if (r.form !== P[1]) li.appendChild(el("span", " (" + r.form + ")", "fl-note"));
      ul.appendChild(li);
    });
  };

  /* ---- phone: the panels are a bottom sheet, one at a time ---- */
  App.prototype.openSheet = function (id) {
    ["fl-legend", "fl-changes", "fl-find"].forEach(function (x) { if ($(x)) $(x).open = x === id; });
    var bar = $("fl-sheetbar");
    if (bar) Array.prototype.forEach.call(bar.querySelectorAll("button"), function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-panel") === id ? "true" : "false");
    });
    this.placeLabels();
  };

  /* ---- embedding: the snippet on the main page, the full-map link on embed.html ---- */
  function attr(s) {
    return String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  /* The area no panel covers, as W,S,E,N in degrees (3 decimals, about 100 m): what the reader sees. */
  App.prototype.viewBbox = function () {
    var pad = this.freePadding(), s = this.map.getSize(), m = this.map;
    var sw = m.containerPointToLatLng([pad.left, s.y - pad.bottom]), ne = m.containerPointToLatLng([s.x - pad.right, pad.top]);
    return [sw.lng, sw.lat, ne.lng, ne.lat].map(function (v) { return v.toFixed(3); }).join(",");
  };
  /* Called when the date or the view changes: the iframe snippet (geo/site/render.py embed_snippet, the
     same markup) and the embed page's link to the full map reproduce the date and the area shown. */
  App.prototype.updateShare = function () {
    var code = $("fl-embed-code"), full = $("fl-fullmap"), iso, frag, src;
    if ((!code && !full) || this.day === undefined) return;
    iso = this.iso(this.day);
    frag = iso + "&bbox=" + this.viewBbox();
    if (full) full.href = "index.html#" + frag;
    if (code) {
      src = (this.cfg.baseUrl ? this.cfg.baseUrl + "embed.html" : new URL("embed.html", location.href).href) + "#" + frag;
      code.value = '<iframe src="' + attr(src) + '" width="100%" height="480" style="border:0" loading="lazy" title="' +
        attr(this.D.title + ": claims as of " + iso) + '"></iframe>';
    }
  };

  /* ---- controls ---- */
  App.prototype.wireControls = function () {
    var self = this, s = $("fl-slider"), timer = null;
    if (s) {
      s.min = String(this.first); s.max = String(this.asOf); s.value = String(this.asOf);
      /* One redraw per animation frame, however fast the slider is dragged. */
      var pending = false;
      s.addEventListener("input", function () {
        if (pending) return;
        pending = true;
        requestAnimationFrame(function () { pending = false; self.setDay(+s.value); });
      });
    }
    function on(id, fn) { if ($(id)) $(id).addEventListener("click", fn); }
    this.map.on("moveend", function () { self.updateShare(); });
    on("fl-embed-copy", function () {
      var t = $("fl-embed-code"), b = $("fl-embed-copy");
      function done() { b.textContent = "Copied"; setTimeout(function () { b.textContent = "Copy"; }, 2000); }
      t.select();
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(t.value).then(done, function () { document.execCommand("copy"); done(); });
      } else { document.execCommand("copy"); done(); }
    });
    on("fl-prev", function () { self.setDay(self.day - 1); });
    on("fl-next", function () { self.setDay(self.day + 1); });
    on("fl-last", function () { self.setDay(self.asOf); });
    on("fl-play", function () {
      var b = $("fl-play"), step = Math.max(1, Math.round((self.asOf - self.first) / 120));
      if (timer) { clearInterval(timer); timer = null; b.textContent = "Play"; return; }
      if (self.day >= self.asOf) self.setDay(self.first);
      b.textContent = "Pause";
      timer = setInterval(function () {
        self.setDay(Math.min(self.asOf, self.day + step));
        if (self.day >= self.asOf) { clearInterval(timer); timer = null; b.textContent = "Play"; }
      }, 150);
    });
    if ($("fl-cmp")) {
      $("fl-cmp").addEventListener("submit", function (e) {
        e.preventDefault();
        var a = self.fromIso($("fl-cmp-a").value), b = self.fromIso($("fl-cmp-b").value);
        if (a !== null && b !== null) self.compare(a, b, true);
      });
    }
    on("fl-cmp-clear", function () { self.clearCompare(true); });
    this.buildIndex();
    if ($("fl-search")) {
      $("fl-search").addEventListener("input", function () { self.showResults($("fl-search").value); });
      $("fl-search").addEventListener("keydown", function (e) {
        if (e.key !== "Enter") return;
        e.preventDefault();
        var r = self.search($("fl-search").value);
        if (r.length) self.focus(r[0].p);
      });
    }
    var src = $("fl-source");
    /* The option's value is the source's number, so no article text lands in an attribute. */
    if (src) (this.D.sources || []).forEach(function (x, i) { src.appendChild(new Option(x[0] + " (" + x[1] + ")", String(i))); });
    function refilter() {
      var boxes = document.querySelectorAll("input[name=fl-side]"), sides = [false, false, false], words = [], all = true;
      Array.prototype.forEach.call(boxes, function (b) { sides[+b.value] = b.checked; if (b.checked) words.push(SIDE[+b.value]); else all = false; });
      var source = src && src.value !== "" ? self.D.sources[+src.value][0] : "";
      if (all && !source) { self.applyFilter(null); return; }
      self.applyFilter({sides: sides, source: source, words: (words.join(", ") || "no side") + (source ? " as reported by " + source : "")});
    }
    Array.prototype.forEach.call(document.querySelectorAll("input[name=fl-side]"), function (b) { b.addEventListener("change", refilter); });
    if (src) src.addEventListener("change", refilter);
    var bar = $("fl-sheetbar");
    if (bar) Array.prototype.forEach.call(bar.querySelectorAll("button"), function (b) {
      b.addEventListener("click", function () {
        var id = b.getAttribute("data-panel");
        self.openSheet($(id) && $(id).open ? null : id);
      });
    });
    ["fl-legend", "fl-changes", "fl-find"].forEach(function (id) {
      if ($(id)) $(id).addEventListener("toggle", function () { self.placeLabels(); });
    });
    /* Small screens: every panel folded (the sheet bar opens them); short ones: the changes folded. */
    if (phone()) this.openSheet(null);
    else if (window.innerHeight < 700 && $("fl-changes")) $("fl-changes").open = false;
  };
})();
