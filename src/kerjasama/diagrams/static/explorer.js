/* Explorable concept map (kerjasama.diagrams.explorer_panel): choose a concept to light
   up its neighbours; filter relations and groups. The book's own script, no network. */
(function () {
  "use strict";
  /* The view is the SVG viewBox, in map units: it opens on the whole map, or on the chosen
     concept and its neighbours when the whole map's labels would be under MIN_FONT px.
     Boxes are read from the drawing's own attributes and the frame's size from a
     ResizeObserver, so opening the map forces no layout of the page (a phone's main
     thread is busy enough while the chapter loads). */
  var STEP = 1.6, MAX_SCALE = 1.25, MIN_FONT = 11, PAD = 10;

  function setup(root) {
    var data = JSON.parse(root.querySelector(".concept-explorer__data").textContent);
    var svg = root.querySelector(".concept-explorer__map");
    var nodes = Array.prototype.slice.call(svg.querySelectorAll("[data-concept]"));
    var edges = Array.prototype.slice.call(svg.querySelectorAll(".concept-explorer__edge"));
    var panel = root.querySelector(".concept-explorer__details");
    var select = root.querySelector(".concept-explorer__select");
    var search = root.querySelector(".concept-explorer__search");
    var boxes = root.querySelectorAll('input[type="checkbox"]');
    var radios = root.querySelectorAll('input[type="radio"]');
    var byId = {}, names = {}, kinds = {};
    nodes.forEach(function (n) { byId[n.dataset.concept] = n; });
    data.nodes.forEach(function (n) { names[n.id] = n.name; kinds[n.id] = n.kind; });
    var zoom = {}, pans = root.querySelectorAll("[data-pan]");
    var panGroup = root.querySelector(".concept-explorer__pan");
    root.querySelectorAll("[data-zoom]").forEach(function (b) { zoom[b.dataset.zoom] = b; });
    var chosen = null, view = null, size = [0, 0], drag = null, moved = false;
    var frame = svg.viewBox.baseVal, whole = { x: frame.x, y: frame.y, w: frame.width, h: frame.height };

    function activeTypes() {
      var on = {};
      Array.prototype.forEach.call(boxes, function (b) { if (b.checked) on[b.value] = true; });
      return on;
    }
    function shown(id) { return !byId[id].hasAttribute("data-hidden"); }
    function links() {
      var on = activeTypes();
      return data.links.filter(function (l) { return on[l.type] && shown(l.source) && shown(l.target); });
    }
    function neighbours(id, within) {
      var found = {};
      within.forEach(function (l) {
        if (l.source === id) found[l.target] = true;
        if (l.target === id) found[l.source] = true;
      });
      delete found[id];
      return found;
    }
    function el(tag, attrs, children) {
      var node = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) {
        if (k === "html") node.innerHTML = attrs[k]; else node.setAttribute(k, attrs[k]);
      });
      (children || []).forEach(function (c) { node.append(c); });
      return node;
    }
    /* The same card as explorer_panel.card_html writes in Python. */
    function card(id) {
      var c = data.cards[id], name = names[id];
      var parts = [el("p", { class: "concept-explorer__name" }, [
        el("strong", {}, [name]), " (", el("em", { lang: "en" }, [c.en]), ") · " + data.kinds[kinds[id]]
      ]), el("p", { html: c.def })];
      if (c.rel.length) parts.push(el("p", { class: "concept-explorer__label" }, ["Hubungan:"]),
        el("ul", {}, c.rel.map(function (r) { return el("li", { "data-type": r[0] }, [r[1]]); })));
      if (c.cases.length) parts.push(el("p", { class: "concept-explorer__label" }, ["Contoh kasus:"]),
        el("ul", {}, c.cases.map(function (i) { return el("li", { html: data.cases[i] }); })));
      var links = [];
      if (c.sec !== null) {
        var sec = data.sections[c.sec];
        links.push(el("a", { href: sec[0] }, ["Penjelasan: " + (sec[1] || "bab ini")]), " · ");
      }
      links.push(el("a", { href: data.glossary + id }, ["Glosarium: " + name]));
      parts.push(el("p", { class: "concept-explorer__links" }, links));
      return parts;
    }
    /* A node's box as explorer_map.py drew it; its label is wrapped to fit inside. */
    function rect(n) {
      var r = n.querySelector("rect");
      return { x: r.x.baseVal.value, y: r.y.baseVal.value, width: r.width.baseVal.value,
        height: r.height.baseVal.value };
    }
    /* Bounding box of nodes, with a margin. */
    function box(list) {
      var b = [Infinity, Infinity, -Infinity, -Infinity];
      list.forEach(function (n) {
        var r = rect(n);
        b = [Math.min(b[0], r.x), Math.min(b[1], r.y),
          Math.max(b[2], r.x + r.width), Math.max(b[3], r.y + r.height)];
      });
      return { x: b[0] - PAD, y: b[1] - PAD, w: b[2] - b[0] + 2 * PAD, h: b[3] - b[1] + 2 * PAD };
    }
    /* The smallest view with the frame's proportions that holds box b, centred on it. */
    function fit(b, least) {
      var s = size, w = Math.max(b.w, b.h * s[0] / s[1], least || 0);
      return { x: b.x + b.w / 2 - w / 2, y: b.y + b.h / 2 - w * s[1] / s[0] / 2, w: w };
    }
    function place(at, start, full, span) {
      return span >= full ? start + (full - span) / 2 : Math.min(Math.max(at, start), start + full - span);
    }
    function show(v) {
      var s = size, all = fit(whole);
      if (!s[0]) return;
      if (v.w >= all.w - 0.5) v = all;
      var h = v.w * s[1] / s[0], zoomed = v !== all;
      view = { x: place(v.x, whole.x, whole.w, v.w), y: place(v.y, whole.y, whole.h, h), w: v.w, h: h };
      svg.setAttribute("viewBox", [view.x, view.y, view.w, h].map(function (n) { return n.toFixed(1); }).join(" "));
      root.toggleAttribute("data-zoomed", zoomed);
      if (!zoomed) root.removeAttribute("data-pan");
      zoom[-1].disabled = zoom[0].disabled = !zoomed;
      zoom[1].disabled = s[0] / v.w > MAX_SCALE - 0.01;
      panGroup.hidden = !zoomed;
    }
    function middle(n) { var r = rect(n); return [r.x + r.width / 2, r.y + r.height / 2]; }
    function around(c, w) { return { x: c[0] - w / 2, y: c[1] - w * view.h / view.w / 2, w: w }; }
    /* Move the view, not the page, to bring a node that is out of sight to the middle. */
    function reveal(node) {
      var r = rect(node), v = view;
      if (!v) return;
      if (r.x < v.x || r.y < v.y || r.x + r.width > v.x + v.w || r.y + r.height > v.y + v.h) {
        show(around(middle(node), v.w));
      }
    }
    function choose(id, focus) {
      chosen = id;
      var visible = links(), near = neighbours(id, visible), on = activeTypes();
      nodes.forEach(function (n) {
        var c = n.dataset.concept;
        if (c === id) n.setAttribute("data-state", "selected");
        else if (near[c]) n.setAttribute("data-state", "neighbour");
        else n.removeAttribute("data-state");
        n.setAttribute("aria-pressed", c === id ? "true" : "false");
        n.tabIndex = c === id ? 0 : -1;
      });
      edges.forEach(function (e) {
        var touches = e.dataset.source === id || e.dataset.target === id;
        if (touches && !e.hasAttribute("data-hidden")) e.setAttribute("data-state", "active");
        else e.removeAttribute("data-state");
      });
      root.setAttribute("data-selected", id);
      panel.replaceChildren.apply(panel, card(id));
      panel.querySelectorAll("li[data-type]").forEach(function (li) { li.hidden = !on[li.dataset.type]; });
      select.value = id;
      if (focus) byId[id].focus({ preventScroll: true });
      reveal(byId[id]);
    }
    function filter() {
      var group = "";
      Array.prototype.forEach.call(radios, function (r) { if (r.checked) group = r.value; });
      nodes.forEach(function (n) { n.removeAttribute("data-hidden"); });
      if (group) {
        var keep = neighbours(group, links());
        keep[group] = true;
        nodes.forEach(function (n) { if (!keep[n.dataset.concept]) n.setAttribute("data-hidden", ""); });
      }
      var on = activeTypes();
      edges.forEach(function (e) {
        var hide = !on[e.dataset.type] || !shown(e.dataset.source) || !shown(e.dataset.target);
        if (hide) e.setAttribute("data-hidden", ""); else e.removeAttribute("data-hidden");
      });
      choose(group || (chosen && shown(chosen) ? chosen : root.dataset.start), false);
    }
    function step(from, delta) {
      var order = nodes.filter(function (n) { return !n.hasAttribute("data-hidden"); });
      var at = order.indexOf(from);
      var next = delta === Infinity ? order[order.length - 1] : delta === -Infinity ? order[0]
        : order[(at + delta + order.length) % order.length];
      from.tabIndex = -1;
      next.tabIndex = 0;
      next.focus({ preventScroll: true });
      reveal(next);
    }
    var KEYS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };

    nodes.forEach(function (n) {
      n.addEventListener("click", function () { choose(n.dataset.concept, true); });
      n.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          choose(n.dataset.concept, true);
        } else if (event.key in KEYS) {
          event.preventDefault();
          step(n, KEYS[event.key]);
        }
      });
    });
    select.addEventListener("change", function () { choose(select.value, false); });
    search.addEventListener("input", function () {
      var words = search.value.trim().toLowerCase();
      Array.prototype.forEach.call(select.options, function (o) {
        o.hidden = words !== "" && o.textContent.toLowerCase().indexOf(words) < 0;
      });
      var first = Array.prototype.find.call(select.options, function (o) { return !o.hidden; });
      if (first && select.selectedOptions[0].hidden) choose(first.value, false);
    });
    Array.prototype.forEach.call(boxes, function (b) { b.addEventListener("change", filter); });
    Array.prototype.forEach.call(radios, function (r) { r.addEventListener("change", filter); });
    zoom[1].addEventListener("click", function () {
      root.setAttribute("data-pan", "");
      show(around(middle(byId[chosen]), Math.max(view.w / STEP, size[0] / MAX_SCALE)));
    });
    zoom[-1].addEventListener("click", function () {
      show(around([view.x + view.w / 2, view.y + view.h / 2], view.w * STEP));
    });
    zoom[0].addEventListener("click", function () { show(fit(whole)); });
    pans.forEach(function (b) {
      b.addEventListener("click", function () {
        var d = b.dataset.pan.split(" ");
        show({ x: view.x + d[0] * view.w / 3, y: view.y + d[1] * view.h / 3, w: view.w });
      });
    });
    /* Drag to pan a zoomed map; a finger pans only after "Perbesar", else it scrolls the page. */
    svg.addEventListener("pointerdown", function (e) {
      moved = false;
      var touch = e.pointerType === "touch" && !root.hasAttribute("data-pan");
      drag = e.button || touch || !root.hasAttribute("data-zoomed") ? null
        : { x: e.clientX, y: e.clientY, v: view, id: e.pointerId };
    });
    svg.addEventListener("pointermove", function (e) {
      if (!drag) return;
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y, k = drag.v.w / size[0];
      if (!moved && Math.abs(dx) + Math.abs(dy) < 6) return;
      if (!moved) svg.setPointerCapture(drag.id);
      moved = true;
      show({ x: drag.v.x - dx * k, y: drag.v.y - dy * k, w: drag.v.w });
    });
    ["pointerup", "pointercancel"].forEach(function (t) {
      svg.addEventListener(t, function () { drag = null; });
    });
    svg.addEventListener("click", function (e) { if (moved) e.stopPropagation(); }, true);
    /* The opening view, once the frame has a size: the whole map, or the chosen concept
       and its neighbours where the whole map's labels would be too small to read. */
    function open() {
      show(fit(whole));
      if (Number(svg.getAttribute("font-size")) * size[0] / view.w < MIN_FONT) {
        var near = nodes.filter(function (n) { return n.hasAttribute("data-state"); });
        show(fit(box(near), size[0] / MAX_SCALE));
      }
      root.setAttribute("data-ready", "");
    }
    /* Called after layout, before paint: the first call opens the map, later ones keep the
       zoomed view's corner or refit the whole map. */
    new ResizeObserver(function (entries) {
      var r = entries[entries.length - 1].contentRect;
      if (!r.width || !r.height) return;
      size = [r.width, r.height];
      if (!view) open();
      else show(root.hasAttribute("data-zoomed") ? { x: view.x, y: view.y, w: view.w } : fit(whole));
    }).observe(svg);
    choose(root.dataset.start, false);
  }

  function start() { document.querySelectorAll(".concept-explorer").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
