/* frontline-ui.js: popups, panels, the slider's controls and the compare view.
 * Extends FrontlineApp from frontline.js. Every string from an article goes through
 * textContent (el()), so markup in a quote is shown as text and never runs.
 */
(function () {
  "use strict";
  var App = window.FrontlineApp, FL = window.Frontline, el = FL.el, clear = FL.clear;
  var STATUS_LABEL = FL.STATUS_LABEL, KIND_SUFFIX = FL.KIND_SUFFIX, KIND_PHRASE = FL.KIND_PHRASE, CHECK = FL.CHECK;
  var BY = [" by Russia", " by Ukraine", ""];
  var LIST_CAP = 60;
  function $(id) { return document.getElementById(id); }
  function safeUrl(u) { return /^https?:\/\//i.test(u || "") ? u : null; }
  function statusText(s) { return s >= 0 ? STATUS_LABEL[s] : "no claim"; }

  App.prototype.assessmentFor = function (d) {
    var pick = null;
    this.assessments.forEach(function (x) { if (x.day <= d) pick = x; });
    return pick;
  };

  /* ---- popup: place, spellings, claim history newest first ---- */
  App.prototype.popup = function (p) {
    var self = this, f = this.f, P = this.D.places[p], d = this.day, st = this.statusAt(p, d);
    var box = el("div", null, "fl-pop");
    box.appendChild(el("h3", P[1] + KIND_SUFFIX[P[4]]));
    if (P[4] === 1 || P[4] === 2) {
      box.appendChild(el("p", "A claim about the whole " + (P[4] === 1 ? "oblast" : "raion") +
        ", drawn as an area around its GeoNames point; not a position.", "fl-note"));
    }
    if (P[5].length) box.appendChild(el("p", "Also written: " + P[5].join(", "), "fl-alt"));
    box.appendChild(el("p", "As of " + this.fmt(d) + ": " + (st >= 0 ? STATUS_LABEL[st] : "no claim of control"),
      "fl-st fl-st-" + (st >= 0 ? ["ru", "ua", "contested"][st] : "none")));
    var all = this.placeClaims[p], shown = all.filter(function (ci) { return self.claims[ci][f.eff] <= d; }).reverse();
    box.appendChild(el("h4", "Claims, newest first (" + shown.length + ")"));
    var ol = el("ol", null, "fl-hist");
    shown.forEach(function (ci) { ol.appendChild(self.claimItem(ci)); });
    box.appendChild(ol);
    if (all.length > shown.length) {
      box.appendChild(el("p", (all.length - shown.length) + " later claim(s) after " + this.fmt(d) +
        ": move the slider forward to see them.", "fl-note"));
    }
    box.appendChild(el("p", "Place name and position: GeoNames (CC BY 4.0). Claims are what each side says, not verified.", "fl-credit"));
    return box;
  };

  App.prototype.claimItem = function (ci) {
    var f = this.f, c = this.claims[ci], S = this.S, art = this.D.articles[c[f.article]];
    var li = el("li", null, "fl-claim fl-side-" + ["ru", "ua", "other"][c[f.side]]);
    var what = KIND_PHRASE[c[f.kind]] + (c[f.kind] < 2 && c[f.status] >= 0 ? BY[c[f.status]] : "");
    li.appendChild(el("div", "According to " + S[c[f.who]] + ", " + S[c[f.when]] + ": " + what, "fl-head"));
    if (S[c[f.quote]]) li.appendChild(el("blockquote", "\u201c" + S[c[f.quote]] + "\u201d", "fl-q"));
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
    if (S[c[f.phrase]]) meta.appendChild(document.createTextNode("; date from \u201c" + S[c[f.phrase]] + "\u201d"));
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
    this.map.setView(ll, Math.max(this.map.getZoom(), 9), {animate: false});
    if (m) { m.openPopup(); return; }
    L.popup(this.popupOptions()).setLatLng(ll).setContent(this.popup(p)).openOn(this.map);
  };

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
      ch.contra.slice(0, LIST_CAP).forEach(function (x) {
        var c = self.claims[x.ci], o = self.claims[x.against], li = el("li");
        li.appendChild(self.placeButton(c[f.place], self.D.places[c[f.place]][1]));
        li.appendChild(document.createTextNode(": " + ["RU", "UA", "other"][c[f.side]] + " says " + KIND_PHRASE[c[f.kind]] +
          ", " + ["RU", "UA", "other"][o[f.side]] + " said " + KIND_PHRASE[o[f.kind]] + " (" + self.S[o[f.when]] + ")"));
        ul.appendChild(li);
      });
      node.appendChild(ul);
    }
    if (ch.news.length && page) {
      var a = el("a", "All claims of this period"); a.href = page; node.appendChild(a);
    }
  };
  App.prototype.updatePanels = function (d, counts, nStrikes) {
    var iso = this.iso(d), t = $("fl-date");
    if (t) { t.textContent = this.fmt(d); t.setAttribute("datetime", iso); }
    if ($("fl-latest")) $("fl-latest").textContent = d === this.asOf ? "(latest)" : "(latest data: " + this.fmt(this.asOf) + ")";
    if ($("fl-slider")) $("fl-slider").value = String(d);
    if ($("fl-counts")) {
      $("fl-counts").textContent = counts[0] + " claimed by Russia \u00b7 " + counts[1] + " claimed by Ukraine \u00b7 " +
        counts[2] + " contested \u00b7 " + nStrikes + " struck (" + this.D.strikeDays + " days)";
    }
    if ($("fl-permalink")) $("fl-permalink").href = "#" + iso;
    document.title = this.D.title + ": claims as of " + iso;
    var hasDay = this.claimsBetween(d, d).length, mon = this.monday(d);
    if ($("fl-day")) this.renderChanges($("fl-day"), "On " + this.fmt(d), this.changes(d, d), hasDay ? "changes/" + iso + ".html" : null);
    if ($("fl-week")) {
      this.renderChanges($("fl-week"), "Week of " + this.fmt(mon) + " to " + this.fmt(mon + 6), this.changes(mon, mon + 6),
        "changes/week-" + this.iso(mon) + ".html");
    }
  };

  /* ---- compare two dates: what appeared, what changed side ---- */
  App.prototype.compare = function (a, b, setHash) {
    var self = this, out = $("fl-cmp-out"), appeared = [], changed = [], gone = [], p, sa, sb, t;
    a = this.clamp(a); b = this.clamp(b);
    if (a > b) { t = a; a = b; b = t; }
    if ($("fl-cmp-a")) $("fl-cmp-a").value = this.iso(a);
    if ($("fl-cmp-b")) $("fl-cmp-b").value = this.iso(b);
    if (this.day !== b) this.setDay(b, {hash: false});
    for (p = 0; p < this.D.places.length; p++) {
      sa = this.statusAt(p, a); sb = this.statusAt(p, b);
      if (sa === sb) continue;
      (sa < 0 ? appeared : sb < 0 ? gone : changed).push({p: p, before: sa, after: sb});
    }
    this.lastCompare = {appeared: appeared.length, changed: changed.length, gone: gone.length};
    if (out) {
      clear(out);
      out.appendChild(el("p", "From " + this.fmt(a) + " to " + this.fmt(b) + ": " + appeared.length + " appeared, " +
        changed.length + " changed claimed side or status, " + gone.length + " no longer shown; " +
        this.claimsBetween(a + 1, b).length + " new claim(s).", "fl-cmp-sum"));
      [["Appeared", appeared], ["Changed", changed], ["No longer shown", gone]].forEach(function (x) {
        if (!x[1].length) return;
        out.appendChild(el("h4", x[0] + " (" + x[1].length + ")"));
        self.changeList(out, x[1]);
      });
      if ($("fl-changes")) $("fl-changes").open = true;
    }
    if (setHash !== false) this.setHash(this.iso(a) + ".." + this.iso(b));
  };

  /* ---- controls ---- */
  App.prototype.wireControls = function () {
    var self = this, s = $("fl-slider"), timer = null;
    if (s) {
      s.min = "0"; s.max = String(this.asOf); s.value = String(this.asOf);
      /* One redraw per animation frame, however fast the slider is dragged. */
      var pending = false;
      s.addEventListener("input", function () {
        if (pending) return;
        pending = true;
        requestAnimationFrame(function () { pending = false; self.setDay(+s.value); });
      });
    }
    function on(id, fn) { if ($(id)) $(id).addEventListener("click", fn); }
    on("fl-prev", function () { self.setDay(self.day - 1); });
    on("fl-next", function () { self.setDay(self.day + 1); });
    on("fl-last", function () { self.setDay(self.asOf); });
    on("fl-play", function () {
      var b = $("fl-play"), step = Math.max(1, Math.round(self.asOf / 120));
      if (timer) { clearInterval(timer); timer = null; b.textContent = "Play"; return; }
      if (self.day >= self.asOf) self.setDay(0);
      b.textContent = "Pause";
      timer = setInterval(function () {
        self.setDay(Math.min(self.asOf, self.day + step));
        if (self.day >= self.asOf) { clearInterval(timer); timer = null; b.textContent = "Play"; }
      }, 150);
    });
    ["fl-cmp-a", "fl-cmp-b"].forEach(function (id) {
      if ($(id)) { $(id).min = self.iso(0); $(id).max = self.iso(self.asOf); }
    });
    if ($("fl-cmp-a")) $("fl-cmp-a").value = this.iso(Math.max(0, this.asOf - 7));
    if ($("fl-cmp-b")) $("fl-cmp-b").value = this.iso(this.asOf);
    if ($("fl-cmp")) {
      $("fl-cmp").addEventListener("submit", function (e) {
        e.preventDefault();
        var a = self.fromIso($("fl-cmp-a").value), b = self.fromIso($("fl-cmp-b").value);
        if (a !== null && b !== null) self.compare(a, b, true);
      });
    }
    /* Small screens: start with the legend and changes folded so the map stays visible. */
    if (window.innerWidth < 700) ["fl-legend", "fl-changes"].forEach(function (id) { if ($(id)) $(id).open = false; });
    else if (window.innerHeight < 700 && $("fl-changes")) $("fl-changes").open = false;
  };
})();
