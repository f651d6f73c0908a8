/* Self-checks of the book, graded in the browser with no kernel and no network.
   The rule is src/kerjasama/selfchecks/grading.py's, pinned for both by
   tests/conformance/grading.json; the markup comes from selfchecks/render.py, and every
   word and the storage settings come from the page's data (Prepared.key()). */
(function () {
  "use strict";

  /* Answers are kept as {v, answer, checked} under settings.prefix + question id. A record
     without "v" (before the progress page) is read as it is and written back, never dropped. */
  function store(settings) {
    var prefix = settings.prefix;
    function save(id, value) {
      try {
        if (value === null) localStorage.removeItem(prefix + id);
        else localStorage.setItem(prefix + id, JSON.stringify({
          v: settings.version, answer: value.answer, checked: !!value.checked
        }));
      } catch (e) { /* storage may be off: the check still works, it is just not kept */ }
    }
    function load(id) {
      var record;
      try { record = JSON.parse(localStorage.getItem(prefix + id)); } catch (e) { return null; }
      if (!record || typeof record !== "object" || !("answer" in record)) return null;
      if (record.v === undefined) save(id, record);
      return { v: settings.version, answer: record.answer, checked: !!record.checked };
    }
    function forgetAll() {
      try {
        Object.keys(localStorage).forEach(function (k) {
          if (k.indexOf(prefix) === 0) localStorage.removeItem(k);
        });
      } catch (e) { /* nothing was kept */ }
    }
    return { save: save, load: load, forgetAll: forgetAll };
  }

  function isIndex(value, size) { return Number.isInteger(value) && value >= 0 && value < size; }
  function sortedSet(list) {
    return list.filter(function (x, n) { return list.indexOf(x) === n; })
      .sort(function (a, b) { return a - b; });
  }

  /* The answer in its one shape (a sorted set for multiple), or null while incomplete or
     not an answer to this question (grading.py's given). */
  function given(key, answer) {
    if (key.type === "single" || key.type === "truefalse") {
      return isIndex(answer, key.size) ? answer : null;
    }
    if (!Array.isArray(answer)) return null;
    if (key.type === "multiple") {
      if (!answer.every(function (i) { return isIndex(i, key.size); })) return null;
      return answer.length ? sortedSet(answer) : null;
    }
    if (key.type === "classify") {
      var complete = answer.length === key.size &&
        answer.every(function (a) { return typeof a === "string"; });
      return complete ? answer.slice() : null;
    }
    throw new Error("jenis soal tidak dikenal: " + key.type);
  }

  /* null while the answer is incomplete, else whether it is right: THE rule. */
  function isCorrect(key, answer) {
    var chosen = given(key, answer);
    if (chosen === null) return null;
    if (key.type === "single" || key.type === "truefalse") return key.correct.indexOf(chosen) >= 0;
    if (key.type === "multiple") return sortedSet(key.correct).join() === chosen.join();
    return chosen.every(function (a, n) { return a === key.correct[n]; });
  }

  /* Every page text with {name} slots (Python fills the same texts with str.format); a slot
     with no value stays as written, so a missing number shows instead of "undefined". */
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? String(values[name]) : all;
    });
  }

  function line(ok, html) { return { ok: ok, html: html }; }

  /* null while incomplete, else {correct, lines}: the verdict is isCorrect's. */
  function grade(key, answer) {
    var ok = isCorrect(key, answer), chosen = given(key, answer), m = key.messages;
    if (ok === null) return null;
    if (key.type === "single" || key.type === "truefalse") {
      return { correct: ok, lines: [line(ok, key.feedback[chosen])] };
    }
    if (key.type === "multiple") {
      var lines = chosen.map(function (i) { return line(key.correct.indexOf(i) >= 0, key.feedback[i]); });
      sortedSet(key.correct).forEach(function (i) {
        if (chosen.indexOf(i) < 0) {
          var choice = key.choices[i].replace(/\.$/, "") + ".";
          lines.push(line(false, m.missed + ": " + choice + " " + key.feedback[i]));
        }
      });
      return { correct: ok, lines: lines };
    }
    return {
      correct: ok,
      lines: chosen.map(function (a, n) {
        return line(a === key.correct[n], m.item + " " + (n + 1) + ": " + key.feedback[n]);
      })
    };
  }

  function render(key, verdict) {
    var m = key.messages;
    if (!verdict) return '<p class="selfcheck__verdict">' + m.incomplete + "</p>";
    var state = verdict.correct ? "correct" : "incorrect";
    var items = verdict.lines.map(function (l) {
      return '<li class="selfcheck__line selfcheck__line--' + (l.ok ? "ok" : "no") + '">' +
        '<span class="selfcheck__mark" aria-hidden="true">' + m.marks[l.ok ? 1 : 0] +
        "</span> " + l.html + "</li>";
    }).join("");
    return '<p class="selfcheck__verdict selfcheck__verdict--' + state + '">' +
      (verdict.correct ? m.right : m.wrong) + '</p><ul class="selfcheck__lines">' + items + "</ul>";
  }

  var api = {
    store: store, given: given, isCorrect: isCorrect, grade: grade, render: render, fill: fill
  };
  if (typeof module === "object" && module.exports) module.exports = api;
  if (typeof document === "undefined") return;

  function inputs(root) { return Array.prototype.slice.call(root.querySelectorAll("input")); }
  function selects(root) { return Array.prototype.slice.call(root.querySelectorAll("select")); }

  function answerOf(root, key) {
    if (key.type === "classify") {
      return selects(root).map(function (s) { return s.value === "" ? null : s.value; });
    }
    var chosen = inputs(root).filter(function (i) { return i.checked; })
      .map(function (i) { return Number(i.value); });
    if (key.type === "multiple") return chosen;
    return chosen.length ? chosen[0] : null;
  }

  function setAnswer(root, key, answer) {
    if (key.type === "classify") {
      selects(root).forEach(function (s, n) { s.value = (answer && answer[n]) || ""; });
      return;
    }
    var chosen = answer === null || answer === undefined ? [] : [].concat(answer);
    inputs(root).forEach(function (i) { i.checked = chosen.indexOf(Number(i.value)) >= 0; });
  }

  function updateScore(root) {
    var set = root.closest(".selfcheck-set");
    var out = set && set.querySelector(".selfcheck-set__score");
    if (!out) return;
    var all = set.querySelectorAll(".selfcheck");
    var right = set.querySelectorAll('.selfcheck[data-state="correct"]').length;
    out.textContent = fill(out.getAttribute("data-template"), { right: right, total: all.length });
  }

  function init(root) {
    var key = JSON.parse(root.querySelector(".selfcheck__key").textContent);
    var kept = store(key.storage);
    var id = root.getAttribute("data-selfcheck-id");
    var feedback = root.querySelector(".selfcheck__feedback");
    var reset = root.querySelector(".selfcheck__reset");

    function check(remember) {
      var answer = answerOf(root, key);
      var verdict = grade(key, answer);
      feedback.innerHTML = render(key, verdict);
      if (verdict) {
        root.setAttribute("data-state", verdict.correct ? "correct" : "incorrect");
        reset.hidden = false;
      } else {
        root.removeAttribute("data-state");
      }
      if (remember) kept.save(id, { answer: answer, checked: !!verdict });
      updateScore(root);
    }

    root.querySelector(".selfcheck__check").addEventListener("click", function () { check(true); });
    reset.addEventListener("click", function () {
      setAnswer(root, key, null);
      feedback.innerHTML = "";
      root.removeAttribute("data-state");
      reset.hidden = true;
      kept.save(id, null);
      updateScore(root);
      var first = root.querySelector("input, select");
      if (first) first.focus();
    });
    root.addEventListener("change", function () {
      kept.save(id, { answer: answerOf(root, key), checked: false });
    });

    var saved = kept.load(id);
    if (saved && saved.answer !== undefined) {
      setAnswer(root, key, saved.answer);
      if (saved.checked) check(false);
    }
  }

  /* For the progress page (progress.js), Rekap Kelas (recap.js) and Latihan Campuran
     (practice.js): the same storage, the same grading and the same feedback. */
  window.kerjasamaSelfcheck = api;

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".selfcheck"), function (root) {
      try { init(root); } catch (e) { if (window.console) console.error("selfcheck", e); }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
