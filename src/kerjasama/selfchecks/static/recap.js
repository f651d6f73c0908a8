/* Rekap Kelas (src/kerjasama/selfchecks/recap.py, whose docstring defines every number):
   students' share codes, read in the teacher's browser with share.js and graded with
   selfcheck.js's rule. Every word comes from the page's data. Nothing is sent anywhere. */
(function () {
  "use strict";

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
  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function setup(root) {
    var api = window.kerjasamaSelfcheck, codes = window.kerjasamaShare, fill = api.fill;
    var data = JSON.parse(root.querySelector(".class-recap__data").textContent);
    var t = data.texts, page = {};
    var ids = data.chapters.reduce(function (list, c) {
      c.questions.forEach(function (id) { page[id] = c; });
      return list.concat(c.questions);
    }, []);
    var $ = function (css) { return root.querySelector(css); };
    var input = $(".recap-input"), files = $('input[type="file"]'), form = $(".class-recap__form");
    var messages = $(".class-recap__messages"), results = $(".class-recap__results");

    function fillTable(table, rows) {
      $(table + " tbody").replaceChildren.apply($(table + " tbody"), rows.map(function (r) {
        var tr = el("tr", undefined, r.attrs);
        r.values.forEach(function (v, n) {
          tr.append(n ? el("td", v) : el("th", v, { scope: "row" }));
        });
        return tr;
      }));
    }
    /* The wrong answers a student gave, each as the page words it: one for a single,
       true-false or multiple question, one per misplaced example of a classify question. */
    function wrongLabels(id, answer) {
      var key = data.keys[id], chosen = api.given(key, answer), texts = data.answers[id];
      if (key.type === "truefalse") return [t.trueFalse[chosen]];
      if (key.type === "single") return [texts[chosen]];
      if (key.type === "multiple") {
        return [chosen.map(function (i) { return texts[i]; }).join(t.separator)];
      }
      return chosen.map(function (a, n) {
        return a === key.correct[n] ? null
          : fill(t.item, { item: texts[n], category: data.categories[a] || a });
      }).filter(function (label) { return label !== null; });
    }
    /* A heatmap cell: right / answered as a percent (the caption says so) and a shade, or
     "–" without answers. */
    function cell(answered, right, attrs) {
      var td = el("td", t.empty, attrs);
      if (!answered) return td;
      var share = right / answered;
      td.setAttribute("data-mastery", share);
      td.setAttribute("data-level", Math.min(4, Math.floor(share * 5)));
      td.textContent = Math.round(100 * share);
      td.title = fill(t.cell, { right: right, answered: answered });
      return td;
    }

    function show() {
      var students = [], problems = [];
      input.value.split(/\r?\n/).forEach(function (line, n) {
        if (!line.trim()) return;
        try { students.push(codes.decode(data.share, ids, line)); }
        catch (e) { problems.push(el("p", fill(t.problem, { line: n + 1, message: e.message }))); }
      });
      messages.replaceChildren.apply(messages, problems.concat(students.length ? [] : [t.none]));
      function verdict(s, id) {
        return id in s.answers ? api.isCorrect(data.keys[id], s.answers[id]) : null;
      }
      function tally(list, questions) {
        var n = { answered: 0, right: 0 };
        list.forEach(function (s) {
          questions.forEach(function (id) {
            var v = verdict(s, id);
            if (v !== null) n.answered++;
            if (v === true) n.right++;
          });
        });
        return n;
      }

      var rows = students.map(function (s) {
        var tr = el("tr");
        tr.append(el("th", s.name, { scope: "row", title: s.name + " " + s.group }));
        data.concepts.forEach(function (c) {
          var n = tally([s], c.questions);
          tr.append(cell(n.answered, n.right, { "data-student": s.name, "data-concept": c.id }));
        });
        return tr;
      });
      $(".recap-heatmap tbody").replaceChildren.apply($(".recap-heatmap tbody"), rows);
      var total = el("tr");
      total.append(el("th", t.classRow, { scope: "row" }));
      data.concepts.forEach(function (c) {
        var n = tally(students, c.questions);
        total.append(cell(n.answered, n.right, { "data-concept": c.id }));
      });
      $(".recap-heatmap tfoot").replaceChildren(total);

      var studentRows = students.map(function (s) {
        return { values: data.chapters.reduce(function (values, c) {
          var n = tally([s], c.questions);
          return values.concat([String(n.answered), String(n.right)]);
        }, [s.name, s.group]) };
      });
      fillTable(".class-recap__students", studentRows);

      var questions = ids.map(function (id, order) {
        var q = { id: id, order: order, answered: 0, right: 0, wrong: {} };
        students.forEach(function (s) {
          var v = verdict(s, id);
          if (v === null) return;
          q.answered++;
          if (v) q.right++;
          else wrongLabels(id, s.answers[id]).forEach(function (label) {
            q.wrong[label] = (q.wrong[label] || 0) + 1;
          });
        });
        q.errors = q.answered - q.right;
        q.common = Object.keys(q.wrong).sort(function (a, b) { return q.wrong[b] - q.wrong[a]; })[0];
        return q;
      });
      var byRate = questions.slice().sort(function (a, b) {
        var ea = a.answered ? a.errors / a.answered : -1, eb = b.answered ? b.errors / b.answered : -1;
        return eb - ea || a.order - b.order;
      });
      fillTable(".class-recap__questions", byRate.map(function (q) {
        return {
          attrs: { "data-question-id": q.id, "data-answered": q.answered, "data-correct": q.right },
          values: [data.prompts[q.id], page[q.id].title, String(q.answered), String(q.right),
            q.common || t.empty]
        };
      }));
      /* The ten: most wrong answers first, then the larger share wrong, then book order. */
      var top = byRate.filter(function (q) { return q.errors; }).sort(function (a, b) {
        return b.errors - a.errors || b.errors / b.answered - a.errors / a.answered || a.order - b.order;
      }).slice(0, data.top);
      var list = $(".recap-wrong");
      list.replaceChildren.apply(list, top.length ? top.map(function (q) {
        var li = el("li", undefined, { "data-question-id": q.id, "data-wrong": q.errors, "data-answered": q.answered });
        var bar = el("span", undefined, { "class": "recap-wrong__bar", "aria-hidden": "true" });
        bar.append(el("span"));
        bar.firstChild.style.width = 100 * q.errors / students.length + "%";
        li.append(
          el("span", fill(t.wrong, { wrong: q.errors, answered: q.answered }), { "class": "recap-wrong__count" }),
          bar,
          el("a", data.prompts[q.id], { "class": "recap-wrong__question", href: page[q.id].page + "#soal-" + q.id }),
          el("span", fill(t.commonest, { count: q.wrong[q.common], answer: q.common }), { "class": "recap-wrong__answer" })
        );
        return li;
      }) : [el("li", t.noWrong)]);

      fillTable(".class-recap__concepts", data.concepts.map(function (concept) {
        var n = tally(students, concept.questions);
        var share = n.answered ? fill(t.percent, { value: Math.round(100 * n.right / n.answered) }) : t.empty;
        return { attrs: { "data-concept": concept.id }, values: [concept.name, String(n.answered), String(n.right), share] };
      }));
      var table = csv([data.header].concat(studentRows.map(function (r) { return r.values; })), data.separator);
      $(".class-recap__csv").href = "data:text/csv;charset=utf-8," + encodeURIComponent("\ufeff" + table + "\r\n");
      results.hidden = !students.length;
      root.setAttribute("data-students", students.length);
      if (students.length) {
        form.open = false;
        form.querySelector("summary").textContent = fill(t.read, { count: students.length });
        /* The results open the screen (the heatmap, then the ten questions below it), or
           the lines that could not be read, just above them. */
        (problems.length ? messages : $(".class-recap__title")).scrollIntoView();
        $(".class-recap__title").focus({ preventScroll: true });
      }
    }

    files.addEventListener("change", function () {
      var reads = Array.prototype.map.call(files.files, function (file) { return file.text(); });
      Promise.all(reads).then(function (texts) {
        input.value = [input.value.trim()].concat(texts.map(function (t) { return t.trim(); }))
          .filter(Boolean).join("\n");
        show();
      });
    });
    $(".class-recap__show").addEventListener("click", show);
    $(".class-recap__print").addEventListener("click", function () { window.print(); });
    root.setAttribute("data-ready", "");
  }

  if (typeof module === "object" && module.exports) module.exports = { csvCell: csvCell, csv: csv };
  if (typeof document === "undefined") return;
  function start() { document.querySelectorAll(".class-recap").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
