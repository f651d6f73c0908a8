/* Explorable concept map (kerjasama.diagrams.explorer_panel): choose a concept to light
   up its neighbours; filter relations and groups. The book's own script, no network. */
(function () {
  "use strict";
  var ZOOMS = [0.5, 0.7, 1];

  function setup(root) {
    var data = JSON.parse(root.querySelector(".concept-explorer__data").textContent);
    var svg = root.querySelector(".concept-explorer__map");
    var frame = root.querySelector(".concept-explorer__frame");
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
    var width = svg.width.baseVal.value, height = svg.height.baseVal.value;
    var zoom = ZOOMS.length - 1, chosen = null;

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
    /* Scroll the map, not the page, to bring a node that is out of sight to the middle. */
    function reveal(node) {
      var f = frame.getBoundingClientRect(), r = node.getBoundingClientRect();
      if (r.left >= f.left && r.right <= f.right && r.top >= f.top && r.bottom <= f.bottom) return;
      frame.scrollLeft += r.left + r.width / 2 - (f.left + f.width / 2);
      frame.scrollTop += r.top + r.height / 2 - (f.top + f.height / 2);
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
    root.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        zoom = Math.max(0, Math.min(ZOOMS.length - 1, zoom + Number(button.dataset.zoom)));
        svg.setAttribute("width", Math.round(width * ZOOMS[zoom]));
        svg.setAttribute("height", Math.round(height * ZOOMS[zoom]));
        root.querySelector('[data-zoom="-1"]').disabled = zoom === 0;
        root.querySelector('[data-zoom="1"]').disabled = zoom === ZOOMS.length - 1;
      });
    });
    root.querySelector('[data-zoom="1"]').disabled = true;
    choose(root.dataset.start, false);
    root.setAttribute("data-ready", "");
  }

  function start() { document.querySelectorAll(".concept-explorer").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
