/* Rekap Kelas (kerjasama.selfchecks.progress.class_recap): students' share codes, read in
   the teacher's browser. Nothing is sent anywhere. */
(function () {
  "use strict";
  var SEP = ";";

  function setup(root) {
    var api = window.kerjasamaSelfcheck, codes = window.kerjasamaProgress;
    var data = JSON.parse(root.querySelector(".class-recap__data").textContent);
    var input = root.querySelector(".recap-input");
    var files = root.querySelector('input[type="file"]');
    var messages = root.querySelector(".class-recap__messages");
    var csvLink = root.querySelector(".class-recap__csv");

    function fill(table, rows) {
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
      if (key.type === "truefalse") return answer === 0 ? "Benar" : "Salah";
      var letter = function (i) { return String.fromCharCode(65 + i); };
      if (key.type === "single") return "pilihan " + letter(answer);
      if (key.type === "multiple") return "pilihan " + answer.map(letter).join(", ");
      return answer.map(function (a, n) { return a === key.correct[n] ? null : "contoh " + (n + 1) + ": " + a; })
        .filter(Boolean).join("; ");
    }

    function show() {
      var students = [], problems = [];
      input.value.split(/\r?\n/).forEach(function (line, n) {
        if (!line.trim()) return;
        try { students.push(codes.decode(data, line)); }
        catch (e) { problems.push("Baris " + (n + 1) + ": " + e.message + ". Kode lain tetap dibaca."); }
      });
      messages.replaceChildren.apply(messages, problems.map(function (p) {
        var el = document.createElement("p");
        el.textContent = p;
        return el;
      }).concat(students.length ? [] : [document.createTextNode("Belum ada kode yang dapat dibaca.")]));
      function verdict(s, id) {
        return id in s.answers ? api.isCorrect(data.keys[id], s.answers[id]) : null;
      }
      var header = ["Nama", "Kelas"];
      data.chapters.forEach(function (c) { header.push(c.title + " (dijawab)", c.title + " (benar)"); });
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
      fill(".class-recap__students", studentRows);
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
          var common = Object.keys(wrong).sort(function (a, b) { return wrong[b] - wrong[a]; })[0] || "–";
          questions.push({ id: id, chapter: c.title, answered: answered, right: right, common: common });
        });
      });
      questions.sort(function (a, b) {
        var ea = a.answered ? (a.answered - a.right) / a.answered : -1;
        var eb = b.answered ? (b.answered - b.right) / b.answered : -1;
        return eb - ea;
      });
      fill(".class-recap__questions", questions.map(function (q) {
        return {
          attrs: { "data-question-id": q.id, "data-answered": q.answered, "data-correct": q.right },
          values: [data.prompts[q.id], q.chapter, String(q.answered), String(q.right), q.common]
        };
      }));
      fill(".class-recap__concepts", data.concepts.map(function (concept) {
        var answered = 0, right = 0;
        students.forEach(function (s) {
          concept.questions.forEach(function (id) {
            var v = verdict(s, id);
            if (v !== null) answered++;
            if (v === true) right++;
          });
        });
        var share = answered ? Math.round(100 * right / answered) + "%" : "–";
        return { attrs: { "data-concept": concept.id }, values: [concept.name, String(answered), String(right), share] };
      }));
      var csv = [header].concat(studentRows.map(function (r) { return r.values; }))
        .map(function (row) {
          return row.map(function (v) { return '"' + String(v).replace(/"/g, '""') + '"'; }).join(SEP);
        }).join("\r\n");
      csvLink.href = "data:text/csv;charset=utf-8," + encodeURIComponent("\ufeff" + csv + "\r\n");
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

  function start() { document.querySelectorAll(".class-recap").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
