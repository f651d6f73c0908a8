/* Kemajuan Belajarku (src/kerjasama/selfchecks/progress.py): the answers kept by
   selfcheck.js, graded with its rule and counted per chapter and per key concept with
   progress.py's rule (both pinned by tests/conformance/mastery.json). Thresholds, storage
   settings and every word come from the page's data. Nothing leaves the device. */
(function () {
  "use strict";

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

  function percent(part, total) { return (total ? Math.round(100 * part / total) : 0) + "%"; }

  function setup(root) {
    var api = window.kerjasamaSelfcheck, codes = window.kerjasamaShare, fill = api.fill;
    var data = JSON.parse(root.querySelector(".learning-progress__data").textContent);
    var t = data.texts, kept = api.store(data.storage);
    var $ = function (s) { return root.querySelector(s); };
    var records = {};

    function count(ids) { return tally(api.isCorrect, data.keys, records, ids); }
    /* A chapter's question, or Latihan Campuran for one of its own. */
    function where(id) {
      var chapter = data.chapters.find(function (c) { return c.questions.indexOf(id) >= 0; });
      return chapter ? chapter.page + "#soal-" + id : data.practicePage;
    }

    function render() {
      records = {};
      Object.keys(data.keys).forEach(function (id) { records[id] = kept.load(id); });
      var all = { answered: 0, right: 0, total: 0 }, todo = [], fresh = null;
      data.chapters.forEach(function (chapter) {
        var c = count(chapter.questions);
        var row = root.querySelector('[data-progress-chapter="' + chapter.doc + '"]');
        var bar = row.querySelector("[role=progressbar]");
        row.dataset.answered = c.answered;
        row.dataset.correct = c.right;
        bar.setAttribute("aria-valuenow", c.right);
        bar.setAttribute("aria-valuetext", fill(t.bar, c));
        bar.children[0].style.width = percent(c.answered, c.total);
        bar.children[1].style.width = percent(c.right, c.total);
        row.querySelector(".learning-progress__count").textContent = fill(t.count, c);
        var next = row.querySelector(".learning-progress__next");
        next.hidden = c.next === null;
        if (c.next !== null) {
          next.href = chapter.page + "#soal-" + c.next;
          next.textContent = count([c.next]).answered ? t.redo : t.next;
        }
        all.answered += c.answered; all.right += c.right; all.total += c.total;
        if (c.answered > 0 && c.answered < c.total) {
          todo.push({ text: fill(t.finish, { chapter: chapter.title }), href: next.href });
        }
        if (!c.answered && !fresh) fresh = chapter;
      });
      var weak = [];
      data.concepts.forEach(function (concept) {
        var c = count(concept.questions), state = status(data.mastery, c);
        var tile = root.querySelector('.mastery-tile[data-concept="' + concept.id + '"]');
        tile.dataset.status = state;
        tile.querySelector(".mastery-tile__status").textContent = data.mastery.labels[state];
        tile.querySelector(".mastery-tile__count").textContent = fill(t.concept, c);
        if (state === "perlu-diulang") weak.push({ concept: concept, share: c.right / c.answered, next: c.next });
      });
      $(".learning-progress__practice").textContent = fill(t.practice, count(data.practice));
      weak.sort(function (a, b) { return a.share - b.share; });
      var tips = weak.map(function (w) {
        return { text: fill(t.review, { concept: w.concept.name }), href: where(w.next) };
      }).concat(todo), first = data.chapters[0];
      if (!all.answered) tips = [{ text: fill(t.start, { chapter: first.title }), href: first.page }];
      else if (!tips.length) {
        tips = [fresh ? { text: fill(t.allRight, { chapter: fresh.title }), href: fresh.page }
          : { text: t.mixed, href: data.practicePage }];
      }
      var action = $(".learning-progress__action");
      action.textContent = tips[0].text;
      action.href = tips[0].href;
      $(".learning-progress__more").hidden = tips.length < 2;
      $(".learning-progress__advice").replaceChildren.apply($(".learning-progress__advice"),
        tips.slice(1).map(function (tip) {
          var li = document.createElement("li"), a = document.createElement("a");
          a.href = tip.href;
          a.textContent = tip.text;
          li.append(a);
          return li;
        }));
      $(".learning-progress__summary").textContent = all.answered ? fill(t.summary, all) : t.none;
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

  var rules = { result: result, tally: tally, status: status };
  if (typeof module === "object" && module.exports) module.exports = rules;
  if (typeof document === "undefined") return;
  function start() { document.querySelectorAll(".learning-progress").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
