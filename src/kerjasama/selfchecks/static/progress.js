/* Kemajuan Belajarku (src/kerjasama/selfchecks/progress.py): the answers kept by
   selfcheck.js, graded with its rule and counted per chapter and per key concept with
   progress.py's rule (both pinned by tests/conformance/mastery.json). Thresholds, storage
   settings and every word come from the page's data. Nothing leaves the device. */
(function () {
  "use strict";

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? String(values[name]) : all;
    });
  }

  /* true or false once checked, null while not answered (progress.py's result). */
  function result(isCorrect, key, record) {
    if (!record || typeof record !== "object" || !record.checked) return null;
    return isCorrect(key, record.answer);
  }
  /* Answered, right and total of these questions; next: the first not yet right. */
  function tally(isCorrect, keys, records, ids) {
    var answered = 0, right = 0, next = null;
    ids.forEach(function (id) {
      var r = result(isCorrect, keys[id], records[id]);
      if (r !== null) answered++;
      if (r === true) right++;
      if (next === null && r !== true) next = id;
    });
    return { answered: answered, right: right, total: ids.length, next: next };
  }
  /* belum, sedang, perlu-diulang or dikuasai (progress.py's concept_status). */
  function status(mastery, c) {
    if (c.answered === 0) return "belum";
    if (c.right / c.answered < mastery.share) return "perlu-diulang";
    return c.answered >= mastery.answers ? "dikuasai" : "sedang";
  }

  function setup(root) {
    var api = window.kerjasamaSelfcheck, codes = window.kerjasamaShare;
    var data = JSON.parse(root.querySelector(".learning-progress__data").textContent);
    var t = data.texts, kept = api.store(data.storage);
    var summary = root.querySelector(".learning-progress__summary");
    var table = root.querySelector(".learning-progress__concepts tbody");
    var advice = root.querySelector(".learning-progress__advice");
    var records = {};

    function count(ids) { return tally(api.isCorrect, data.keys, records, ids); }
    function item(text, href) {
      var li = document.createElement("li");
      if (href) {
        var a = document.createElement("a");
        a.href = href;
        a.textContent = text;
        li.append(a);
      } else li.textContent = text;
      return li;
    }
    function where(id) {
      var chapter = data.chapters.find(function (c) { return c.questions.indexOf(id) >= 0; });
      return chapter.page + "#soal-" + id;
    }

    function render() {
      records = {};
      Object.keys(data.keys).forEach(function (id) { records[id] = kept.load(id); });
      var all = { answered: 0, right: 0, total: 0 }, todo = [];
      data.chapters.forEach(function (chapter) {
        var c = count(chapter.questions);
        var row = root.querySelector('[data-progress-chapter="' + chapter.doc + '"]');
        row.dataset.answered = c.answered;
        row.dataset.correct = c.right;
        row.querySelector(".learning-progress__count").textContent = fill(t.count, c);
        var next = row.querySelector(".learning-progress__next");
        next.hidden = c.next === null;
        if (c.next !== null) {
          next.href = chapter.page + "#soal-" + c.next;
          next.textContent = count([c.next]).answered ? t.redo : t.next;
        }
        all.answered += c.answered; all.right += c.right; all.total += c.total;
        if (c.answered > 0 && c.answered < c.total) {
          todo.push(item(fill(t.finish, { chapter: chapter.title }), next.href));
        }
      });
      table.replaceChildren();
      var weak = [];
      data.concepts.forEach(function (concept) {
        var c = count(concept.questions), state = status(data.mastery, c);
        var row = document.createElement("tr");
        row.dataset.concept = concept.id;
        row.dataset.status = state;
        [concept.name, fill(t.concept, c), String(c.right), data.mastery.labels[state]]
          .forEach(function (text, n) {
            var cell = document.createElement(n ? "td" : "th");
            if (!n) cell.scope = "row";
            cell.textContent = text;
            row.append(cell);
          });
        table.append(row);
        if (state === "perlu-diulang") weak.push({ concept: concept, share: c.right / c.answered, next: c.next });
      });
      weak.sort(function (a, b) { return a.share - b.share; });
      var tips = weak.map(function (w) {
        return item(fill(t.review, { concept: w.concept.name }), w.next ? where(w.next) : null);
      }).concat(todo);
      if (!all.answered) tips = [item(t.start)];
      else if (!tips.length) tips = [item(t.allRight)];
      advice.replaceChildren.apply(advice, tips);
      summary.textContent = all.answered ? fill(t.summary, all) : t.none;
    }

    root.querySelector(".learning-progress__share").addEventListener("click", function () {
      var answers = {};
      Object.keys(data.keys).forEach(function (id) {
        var record = kept.load(id);
        if (record && record.checked) answers[id] = record.answer;
      });
      var name = root.querySelector(".learning-progress__name").value.trim();
      var group = root.querySelector(".learning-progress__group").value.trim();
      var note = root.querySelector(".learning-progress__share-note");
      var link = root.querySelector(".learning-progress__download");
      var ids = data.chapters.reduce(function (list, c) { return list.concat(c.questions); }, []);
      var code;
      try { code = codes.encode(data.share, ids, name, group, answers); } catch (e) {
        note.textContent = e.message;
        root.querySelector(".progress-code").value = "";
        link.hidden = true;
        root.querySelector(".learning-progress__name").focus();
        return;
      }
      note.textContent = "";
      root.querySelector(".progress-code").value = code;
      link.href = "data:text/plain;charset=utf-8," + encodeURIComponent(code + "\n");
      link.download = fill(t.file, { name: name.replace(/[^A-Za-z0-9]+/g, "-") });
      link.hidden = false;
    });
    root.querySelector(".learning-progress__reset").addEventListener("click", function () {
      if (window.confirm(t.confirm)) {
        kept.forgetAll();
        render();
      }
    });
    render();
    root.setAttribute("data-ready", "");
  }

  var rules = { fill: fill, result: result, tally: tally, status: status };
  if (typeof module === "object" && module.exports) module.exports = rules;
  if (typeof document === "undefined") return;
  function start() { document.querySelectorAll(".learning-progress").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
