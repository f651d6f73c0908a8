/* Latihan Campuran (kerjasama.selfchecks.practice_view). The schedule follows
   PracticeSession in practice.py: a shuffled deck; a missed concept comes back in the case
   after next; otherwise the first case with a concept not yet mastered; never one case
   twice in a row. Grading and feedback are selfcheck.js's own. */
(function () {
  "use strict";
  var DIMS = ["form", "kind"];

  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1)), t = list[i];
      list[i] = list[j]; list[j] = t;
    }
  }

  function setup(root) {
    var sc = window.kerjasamaSelfcheck;
    var data = JSON.parse(root.querySelector(".mixed-practice__data").textContent);
    var $ = function (s) { return root.querySelector(s); };
    var streaks = {}, due = [], deck = [], step = 0, current = null;
    data.concepts.forEach(function (c) { streaks[c.id] = 0; });

    function conceptsOf(c) {
      return DIMS.filter(function (d) { return d in c; })
        .map(function (d) { return data.ids[d][c[d][0]]; });
    }
    function mastered(id) { return !(id in streaks) || streaks[id] >= data.streak; }
    function done() { return Object.keys(streaks).every(mastered); }
    function first(wanted) {
      var pools = [deck, data.cases];
      for (var p = 0; p < pools.length; p++) {
        var found = pools[p].find(function (c) { return c !== current && wanted(c); });
        if (found) return found;
      }
      return null;
    }
    function nextCase() {
      if (done()) return null;
      if (!deck.length) { deck = data.cases.slice(); shuffle(deck); }
      var waiting = due.filter(function (d) { return d.at <= step; });
      var chosen = waiting.length
        ? first(function (c) { return conceptsOf(c).indexOf(waiting[0].concept) >= 0; })
        : first(function (c) { return !conceptsOf(c).every(mastered); });
      chosen = chosen || first(function () { return true; });
      if (deck.indexOf(chosen) >= 0) deck.splice(deck.indexOf(chosen), 1);
      var shown = conceptsOf(chosen);
      due = due.filter(function (d) { return shown.indexOf(d.concept) < 0; });
      return chosen;
    }

    function key(c, d) {
      var right = c[d][0], why = c[d][1], choices = data.choices[d];
      return {
        type: "single", choices: choices, correct: [right], messages: data.messages,
        feedback: choices.map(function (name, i) {
          return i === right ? why
            : data.template.replace("{answer}", choices[right]).replace("{why}", why);
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
        row.cells[1].textContent = n + " dari " + data.streak;
      });
    }

    function show(c) {
      current = c;
      root.removeAttribute("data-state");
      root.dataset.step = step;
      $(".mixed-practice__feedback").innerHTML = "";
      $(".mixed-practice__next").hidden = true;
      $(".mixed-practice__check").hidden = !c;
      DIMS.forEach(function (d) {
        var set = root.querySelector('[data-dimension="' + d + '"]');
        set.hidden = !c || !(d in c);
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
      $(".mixed-practice__count").textContent = "Kasus ke-" + (step + 1);
      $(".mixed-practice__text").innerHTML = c.text;
    }

    function check() {
      var dims = DIMS.filter(function (d) { return d in current; });
      if (dims.some(function (d) { return chosen(d) === null; })) {
        $(".mixed-practice__feedback").innerHTML =
          '<p class="selfcheck__verdict">' + data.incomplete + "</p>";
        return;
      }
      var all = true, html = "";
      dims.forEach(function (d) {
        var k = key(current, d), verdict = sc.grade(k, chosen(d));
        var concept = data.ids[d][current[d][0]];
        if (concept in streaks) streaks[concept] = verdict.correct ? streaks[concept] + 1 : 0;
        if (!verdict.correct && concept in streaks && !due.some(function (x) { return x.concept === concept; })) {
          due.push({ concept: concept, at: step + data.returnAfter });
        }
        all = all && verdict.correct;
        html += "<p><strong>" + data.prompts[d] + "</strong></p>" + sc.render(k, verdict);
      });
      step++;
      root.dataset.state = all ? "correct" : "incorrect";
      $(".mixed-practice__feedback").innerHTML = html;
      $(".mixed-practice__check").hidden = true;
      $(".mixed-practice__next").hidden = false;
      $(".mixed-practice__next").focus();
      showMastery();
    }

    $(".mixed-practice__check").addEventListener("click", check);
    $(".mixed-practice__next").addEventListener("click", function () {
      show(nextCase());
      $(current ? ".mixed-practice__text" : ".mixed-practice__done").focus();
    });
    $(".mixed-practice__text").tabIndex = $(".mixed-practice__done").tabIndex = -1;
    show(nextCase());
    root.setAttribute("data-ready", "");
  }

  function start() { document.querySelectorAll(".mixed-practice").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
