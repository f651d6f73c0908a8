/* Rekap Kelas (src/kerjasama/selfchecks/recap.py): students' share codes, read in the
   teacher's browser with share.js and graded with selfcheck.js's rule. Every word comes
   from the page's data. Nothing is sent anywhere. */
(function () {
  "use strict";

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? String(values[name]) : all;
    });
  }
  /* One CSV cell. Names come from students' codes: a cell a spreadsheet would run as a
     formula (=, +, -, @, tab, CR first) is made text with a leading ' (OWASP). */
  function csvCell(value) {
    var text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return '"' + text.replace(/"/g, '""') + '"';
  }
  function csv(rows, separator) {
    return rows.map(function (row) { return row.map(csvCell).join(separator); }).join("\r\n");
  }

  function setup(root) {
    var api = window.kerjasamaSelfcheck, codes = window.kerjasamaShare;
    var data = JSON.parse(root.querySelector(".class-recap__data").textContent);
    var t = data.texts;
    var ids = data.chapters.reduce(function (list, c) { return list.concat(c.questions); }, []);
    var input = root.querySelector(".recap-input");
    var files = root.querySelector('input[type="file"]');
    var messages = root.querySelector(".class-recap__messages");
    var csvLink = root.querySelector(".class-recap__csv");

    function fillTable(table, rows) {
      var body = root.querySelector(table + " tbody");
      body.replaceChildren();
      rows.forEach(function (r) {
        var tr = document.createElement("tr");
        Object.keys(r.attrs || {}).forEach(function (k) { tr.setAttribute(k, r.attrs[k]); });
        r.values.forEach(function (v, n) {
          var cell = document.createElement(n === 0 ? "th" : "td");
          if (n === 0) cell.scope = "row";
          cell.textContent = v;
          tr.append(cell);
        });
        body.append(tr);
      });
    }
    function wrongLabel(key, answer) {
      var chosen = api.given(key, answer);
      if (key.type === "truefalse") return t.trueFalse[chosen];
      var letter = function (i) { return String.fromCharCode(65 + i); };
      if (key.type === "single") return fill(t.choice, { letters: letter(chosen) });
      if (key.type === "multiple") return fill(t.choice, { letters: chosen.map(letter).join(", ") });
      return chosen.map(function (a, n) {
        return a === key.correct[n] ? null : fill(t.item, { number: n + 1, category: a });
      }).filter(Boolean).join("; ");
    }

    function show() {
      var students = [], problems = [];
      input.value.split(/\r?\n/).forEach(function (line, n) {
        if (!line.trim()) return;
        try { students.push(codes.decode(data.share, ids, line)); }
        catch (e) { problems.push(fill(t.problem, { line: n + 1, message: e.message })); }
      });
      messages.replaceChildren.apply(messages, problems.map(function (p) {
        var el = document.createElement("p");
        el.textContent = p;
        return el;
      }).concat(students.length ? [] : [document.createTextNode(t.none)]));
      function verdict(s, id) {
        return id in s.answers ? api.isCorrect(data.keys[id], s.answers[id]) : null;
      }
      var studentRows = students.map(function (s) {
        var values = [s.name, s.group];
        data.chapters.forEach(function (c) {
          var answered = 0, right = 0;
          c.questions.forEach(function (id) {
            var v = verdict(s, id);
            if (v !== null) answered++;
            if (v === true) right++;
          });
          values.push(String(answered), String(right));
        });
        return { values: values };
      });
      fillTable(".class-recap__students", studentRows);
      var questions = [];
      data.chapters.forEach(function (c) {
        c.questions.forEach(function (id) {
          var answered = 0, right = 0, wrong = {};
          students.forEach(function (s) {
            var v = verdict(s, id);
            if (v === null) return;
            answered++;
            if (v) right++;
            else {
              var label = wrongLabel(data.keys[id], s.answers[id]);
              wrong[label] = (wrong[label] || 0) + 1;
            }
          });
          var common = Object.keys(wrong).sort(function (a, b) { return wrong[b] - wrong[a]; })[0] || t.empty;
          questions.push({ id: id, chapter: c.title, answered: answered, right: right, common: common });
        });
      });
      questions.sort(function (a, b) {
        var ea = a.answered ? (a.answered - a.right) / a.answered : -1;
        var eb = b.answered ? (b.answered - b.right) / b.answered : -1;
        return eb - ea;
      });
      fillTable(".class-recap__questions", questions.map(function (q) {
        return {
          attrs: { "data-question-id": q.id, "data-answered": q.answered, "data-correct": q.right },
          values: [data.prompts[q.id], q.chapter, String(q.answered), String(q.right), q.common]
        };
      }));
      fillTable(".class-recap__concepts", data.concepts.map(function (concept) {
        var answered = 0, right = 0;
        students.forEach(function (s) {
          concept.questions.forEach(function (id) {
            var v = verdict(s, id);
            if (v !== null) answered++;
            if (v === true) right++;
          });
        });
        var share = answered ? Math.round(100 * right / answered) + "%" : t.empty;
        return { attrs: { "data-concept": concept.id }, values: [concept.name, String(answered), String(right), share] };
      }));
      var table = csv([data.header].concat(studentRows.map(function (r) { return r.values; })), data.separator);
      csvLink.href = "data:text/csv;charset=utf-8," + encodeURIComponent("\ufeff" + table + "\r\n");
      csvLink.hidden = !students.length;
      root.setAttribute("data-students", students.length);
    }

    files.addEventListener("change", function () {
      var reads = Array.prototype.map.call(files.files, function (file) { return file.text(); });
      Promise.all(reads).then(function (texts) {
        input.value = [input.value.trim()].concat(texts.map(function (t) { return t.trim(); }))
          .filter(Boolean).join("\n");
        show();
      });
    });
    root.querySelector(".class-recap__show").addEventListener("click", show);
    root.setAttribute("data-ready", "");
  }

  if (typeof module === "object" && module.exports) module.exports = { csvCell: csvCell, csv: csv };
  if (typeof document === "undefined") return;
  function start() { document.querySelectorAll(".class-recap").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
