/* Self-checks of the book, graded in the browser with no kernel and no network.
   The rules mirror src/kerjasama/grading.py; the markup comes from selfcheck_html.py. */
(function () {
  "use strict";
  var STORE = "kerjasama-selfcheck:";
  /* Version 2 records are {v: 2, answer, checked}. Version 1 (before the progress page)
     had no "v"; it is read as it is and written back as version 2, never dropped. */
  var VERSION = 2;

  function save(id, value) {
    try {
      if (value === null) localStorage.removeItem(STORE + id);
      else localStorage.setItem(STORE + id, JSON.stringify({
        v: VERSION, answer: value.answer, checked: !!value.checked
      }));
    } catch (e) { /* storage may be off: the check still works, it is just not kept */ }
  }
  function load(id) {
    var record;
    try { record = JSON.parse(localStorage.getItem(STORE + id)); } catch (e) { return null; }
    if (!record || typeof record !== "object" || !("answer" in record)) return null;
    if (record.v === undefined) save(id, record);
    return { v: VERSION, answer: record.answer, checked: !!record.checked };
  }
  function forgetAll() {
    try {
      Object.keys(localStorage).forEach(function (k) {
        if (k.indexOf(STORE) === 0) localStorage.removeItem(k);
      });
    } catch (e) { /* nothing was kept */ }
  }

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

  function line(ok, html) { return { ok: ok, html: html }; }

  /* null while the answer is incomplete, else whether it is right (grading.py's rule). */
  function isCorrect(key, answer) {
    if (key.type === "single" || key.type === "truefalse") {
      return answer === null || answer === undefined ? null : key.correct.indexOf(answer) >= 0;
    }
    if (key.type === "multiple") {
      if (!answer || !answer.length) return null;
      return answer.length === key.correct.length &&
        answer.every(function (i) { return key.correct.indexOf(i) >= 0; });
    }
    if (!answer || answer.indexOf(null) >= 0) return null;
    return answer.every(function (given, n) { return given === key.correct[n]; });
  }

  /* null while the answer is incomplete, else {correct, lines}. */
  function grade(key, answer) {
    var m = key.messages;
    if (key.type === "single" || key.type === "truefalse") {
      if (answer === null) return null;
      var ok = isCorrect(key, answer);
      return { correct: ok, lines: [line(ok, key.feedback[answer])] };
    }
    if (key.type === "multiple") {
      var chosen = answer.slice().sort(function (a, b) { return a - b; });
      if (!chosen.length) return null;
      var lines = chosen.map(function (i) { return line(key.correct.indexOf(i) >= 0, key.feedback[i]); });
      key.correct.forEach(function (i) {
        if (chosen.indexOf(i) < 0) {
          var choice = key.choices[i].replace(/\.$/, "") + ".";
          lines.push(line(false, m.missed + ": " + choice + " " + key.feedback[i]));
        }
      });
      return { correct: isCorrect(key, answer), lines: lines };
    }
    if (answer.indexOf(null) >= 0) return null;
    var items = answer.map(function (given, n) {
      return line(given === key.correct[n], m.item + " " + (n + 1) + ": " + key.feedback[n]);
    });
    return { correct: isCorrect(key, answer), lines: items };
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

  function updateScore(root) {
    var set = root.closest(".selfcheck-set");
    var out = set && set.querySelector(".selfcheck-set__score");
    if (!out) return;
    var all = set.querySelectorAll(".selfcheck");
    var right = set.querySelectorAll('.selfcheck[data-state="correct"]').length;
    out.textContent = out.getAttribute("data-template")
      .replace("{right}", right).replace("{total}", all.length);
  }

  function init(root) {
    var key = JSON.parse(root.querySelector(".selfcheck__key").textContent);
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
      if (remember) save(id, { answer: answer, checked: !!verdict });
      updateScore(root);
    }

    root.querySelector(".selfcheck__check").addEventListener("click", function () { check(true); });
    reset.addEventListener("click", function () {
      setAnswer(root, key, null);
      feedback.innerHTML = "";
      root.removeAttribute("data-state");
      reset.hidden = true;
      save(id, null);
      updateScore(root);
      var first = root.querySelector("input, select");
      if (first) first.focus();
    });
    root.addEventListener("change", function () {
      save(id, { answer: answerOf(root, key), checked: false });
    });

    var saved = load(id);
    if (saved && saved.answer !== undefined) {
      setAnswer(root, key, saved.answer);
      if (saved.checked) check(false);
    }
  }

  /* For the progress page (progress.js) and Latihan Campuran (practice.js): the same
     storage, the same grading and the same feedback. */
  window.kerjasamaSelfcheck = {
    load: load, isCorrect: isCorrect, forgetAll: forgetAll, grade: grade, render: render
  };

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".selfcheck"), function (root) {
      try { init(root); } catch (e) { if (window.console) console.error("selfcheck", e); }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
