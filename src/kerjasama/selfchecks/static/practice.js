/* Latihan Campuran (src/kerjasama/selfchecks/practice_view.py). Session is
   PracticeSession in practice.py, the same rule (both pinned by
   tests/conformance/practice.json): a shuffled deck; a missed concept comes back in the
   case after next; otherwise the first case with a concept not yet mastered; never one
   case twice in a row. Grading, feedback and the answers store are selfcheck.js's own;
   the constants and words come from the page's data. */
(function () {
  "use strict";

  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1)), t = list[i];
      list[i] = list[j]; list[j] = t;
    }
  }

  /* cases: [{id, answers: {dimension: concept id}}]; rules: {streak, returnAfter}. */
  function Session(cases, concepts, rules, reorder) {
    var self = this;
    self.streaks = {};
    concepts.forEach(function (c) { self.streaks[c] = 0; });
    self.due = []; self.deck = []; self.step = 0; self.current = null;

    function conceptsOf(c) { return Object.keys(c.answers).map(function (d) { return c.answers[d]; }); }
    function mastered(id) { return !(id in self.streaks) || self.streaks[id] >= rules.streak; }
    function first(wanted) {
      var pools = [self.deck, cases];
      for (var p = 0; p < pools.length; p++) {
        var found = pools[p].find(function (c) { return c !== self.current && wanted(c); });
        if (found) return found;
      }
      return null;
    }
    self.done = function () { return Object.keys(self.streaks).every(mastered); };
    /* The case to show now, or null once every concept is mastered. */
    self.nextCase = function () {
      if (self.done()) { self.current = null; return null; }
      if (!self.deck.length) { self.deck = cases.slice(); (reorder || shuffle)(self.deck); }
      var waiting = self.due.filter(function (d) { return d.at <= self.step; });
      var chosen = waiting.length
        ? first(function (c) { return conceptsOf(c).indexOf(waiting[0].concept) >= 0; })
        : first(function (c) { return !conceptsOf(c).every(mastered); });
      chosen = chosen || first(function () { return true; });
      if (self.deck.indexOf(chosen) >= 0) self.deck.splice(self.deck.indexOf(chosen), 1);
      var shown = conceptsOf(chosen);
      self.due = self.due.filter(function (d) { return shown.indexOf(d.concept) < 0; });
      self.current = chosen;
      return chosen;
    };
    /* The verdict per dimension of the current case ({dimension: true/false}). */
    self.record = function (results) {
      var answers = self.current.answers;
      Object.keys(answers).forEach(function (d) {
        var concept = answers[d];
        if (!(d in results) || !(concept in self.streaks)) return;
        self.streaks[concept] = results[d] ? self.streaks[concept] + 1 : 0;
        if (!results[d] && !self.due.some(function (x) { return x.concept === concept; })) {
          self.due.push({ concept: concept, at: self.step + rules.returnAfter });
        }
      });
      self.step++;
    };
  }

  function setup(root) {
    var sc = window.kerjasamaSelfcheck, fill = sc.fill;
    var data = JSON.parse(root.querySelector(".mixed-practice__data").textContent);
    var $ = function (s) { return root.querySelector(s); };
    var DIMS = data.dimensions;
    var cases = data.cases.map(function (c) {
      var answers = {};
      DIMS.forEach(function (d) { if (d in c) answers[d] = data.ids[d][c[d][0]]; });
      return { id: c.id, answers: answers, data: c };
    });
    var session = new Session(cases, data.concepts.map(function (c) { return c.id; }), data);
    var streaks = session.streaks, current = null, kept = sc.store(data.storage);

    function key(c, d) {
      var right = c[d][0], why = c[d][1], choices = data.choices[d];
      return {
        type: "single", size: choices.length, choices: choices, correct: [right],
        messages: data.messages,
        feedback: choices.map(function (name, i) {
          return i === right ? why : fill(data.template, { answer: choices[right], why: why });
        })
      };
    }
    function chosen(d) {
      var input = root.querySelector('[data-dimension="' + d + '"] input:checked');
      return input ? Number(input.value) : null;
    }
    function showMastery() {
      root.querySelectorAll(".mixed-practice__mastery tr[data-concept]").forEach(function (row) {
        var n = Math.min(streaks[row.dataset.concept], data.streak);
        row.dataset.streak = n;
        row.cells[1].textContent = fill(data.streakTemplate, { n: n, streak: data.streak });
      });
    }

    function show(c) {
      current = c;
      root.removeAttribute("data-state");
      root.dataset.step = session.step;
      $(".mixed-practice__feedback").innerHTML = "";
      $(".mixed-practice__next").hidden = true;
      $(".mixed-practice__check").hidden = !c;
      DIMS.forEach(function (d) {
        var set = root.querySelector('[data-dimension="' + d + '"]');
        set.hidden = !c || !(d in c.answers);
        set.querySelectorAll("input").forEach(function (i) { i.checked = false; });
      });
      showMastery();
      if (!c) {
        root.dataset.done = "true";
        root.removeAttribute("data-case");
        $(".mixed-practice__case").hidden = true;
        $(".mixed-practice__done").hidden = false;
        return;
      }
      root.dataset.case = c.id;
      $(".mixed-practice__count").textContent = fill(data.countTemplate, { n: session.step + 1 });
      $(".mixed-practice__text").innerHTML = c.data.text;
    }

    function check() {
      var dims = Object.keys(current.answers);
      if (dims.some(function (d) { return chosen(d) === null; })) {
        $(".mixed-practice__feedback").innerHTML =
          '<p class="selfcheck__verdict">' + data.incomplete + "</p>";
        return;
      }
      var results = {}, html = "";
      dims.forEach(function (d) {
        var k = key(current.data, d), verdict = sc.grade(k, chosen(d));
        results[d] = verdict.correct;
        /* Counted on Kemajuan Belajarku, like a chapter's answer (the last one per case). */
        kept.save(fill(data.questionId, { case: current.id, dimension: d }),
          { answer: chosen(d), checked: true });
        html += "<p><strong>" + data.prompts[d] + "</strong></p>" + sc.render(k, verdict);
      });
      session.record(results);
      root.dataset.state = dims.every(function (d) { return results[d]; }) ? "correct" : "incorrect";
      $(".mixed-practice__feedback").innerHTML = html;
      $(".mixed-practice__check").hidden = true;
      $(".mixed-practice__next").hidden = false;
      $(".mixed-practice__next").focus();
      showMastery();
    }

    $(".mixed-practice__check").addEventListener("click", check);
    $(".mixed-practice__next").addEventListener("click", function () {
      show(session.nextCase());
      $(current ? ".mixed-practice__text" : ".mixed-practice__done").focus();
    });
    $(".mixed-practice__text").tabIndex = $(".mixed-practice__done").tabIndex = -1;
    show(session.nextCase());
    root.setAttribute("data-ready", "");
  }

  if (typeof module === "object" && module.exports) module.exports = { Session: Session };
  if (typeof document === "undefined") return;
  function start() { document.querySelectorAll(".mixed-practice").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
