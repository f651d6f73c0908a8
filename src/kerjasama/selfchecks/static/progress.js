/* Kemajuan Belajarku (kerjasama.selfchecks.progress): the answers kept by selfcheck.js,
   graded with its own rule and counted per chapter and per key concept. Nothing leaves
   the device. */
(function () {
  "use strict";
  var MASTERED = 0.8;

  /* Share codes: "KS1-<payload>-<checksum>", the payload base64url JSON
     {n: name, k: class, h: question-list hash, a: [[question number, answer], ...]}. */
  function fnv(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return ("0000000" + h.toString(16)).slice(-8);
  }
  function toBase64(text) {
    var bytes = new TextEncoder().encode(text), binary = "";
    bytes.forEach(function (b) { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function fromBase64(text) {
    var binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder().decode(Uint8Array.from(binary, function (c) { return c.charCodeAt(0); }));
  }
  function questionIds(data) {
    return data.chapters.reduce(function (all, c) { return all.concat(c.questions); }, []);
  }
  function encode(data, name, group, answers) {
    var ids = questionIds(data), list = [];
    ids.forEach(function (id, n) { if (id in answers) list.push([n, answers[id]]); });
    var payload = toBase64(JSON.stringify({ n: name, k: group, h: fnv(ids.join(",")), a: list }));
    return "KS1-" + payload + "-" + fnv(payload);
  }
  /* {name, group, answers: {id: answer}} or throws an Error with an Indonesian message. */
  function decode(data, code) {
    var parts = code.trim().split("-");
    if (parts.length !== 3 || parts[0] !== "KS1") {
      throw new Error("bukan kode kemajuan buku ini (kode harus diawali KS1-)");
    }
    if (fnv(parts[1]) !== parts[2]) throw new Error("kode rusak atau sudah diubah (pemeriksa tidak cocok)");
    var body;
    try { body = JSON.parse(fromBase64(parts[1])); } catch (e) { throw new Error("kode rusak dan tidak dapat dibaca"); }
    var ids = questionIds(data);
    if (body.h !== fnv(ids.join(","))) {
      throw new Error("kode dibuat dari versi buku yang lain; minta siswa membuat kode lagi");
    }
    var answers = {};
    body.a.forEach(function (pair) { if (ids[pair[0]]) answers[ids[pair[0]]] = pair[1]; });
    return { name: String(body.n || ""), group: String(body.k || ""), answers: answers };
  }

  function setup(root) {
    var api = window.kerjasamaSelfcheck;
    var data = JSON.parse(root.querySelector(".learning-progress__data").textContent);
    var summary = root.querySelector(".learning-progress__summary");
    var table = root.querySelector(".learning-progress__concepts tbody");
    var advice = root.querySelector(".learning-progress__advice");

    /* true or false once checked, null while not answered. */
    function result(id) {
      var record = api.load(id);
      return record && record.checked ? api.isCorrect(data.keys[id], record.answer) : null;
    }
    function count(ids) {
      var answered = 0, right = 0, next = null;
      ids.forEach(function (id) {
        var r = result(id);
        if (r !== null) answered++;
        if (r === true) right++;
        if (next === null && r !== true) next = id;
      });
      return { answered: answered, right: right, total: ids.length, next: next };
    }
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
      var all = { answered: 0, right: 0, total: 0 }, todo = [];
      data.chapters.forEach(function (chapter) {
        var c = count(chapter.questions);
        var row = root.querySelector('[data-progress-chapter="' + chapter.doc + '"]');
        row.dataset.answered = c.answered;
        row.dataset.correct = c.right;
        row.querySelector(".learning-progress__count").textContent =
          c.answered + " dari " + c.total + " soal dijawab, " + c.right + " benar";
        var next = row.querySelector(".learning-progress__next");
        next.hidden = c.next === null;
        if (c.next !== null) {
          next.href = chapter.page + "#soal-" + c.next;
          next.textContent = result(c.next) === false ? "Ulangi soal yang belum tepat"
            : "Kerjakan soal berikutnya";
        }
        all.answered += c.answered; all.right += c.right; all.total += c.total;
        if (c.answered > 0 && c.answered < c.total) {
          todo.push(item("Selesaikan soal-soal " + chapter.title + ".", next.href));
        }
      });
      table.replaceChildren();
      var weak = [];
      data.concepts.forEach(function (concept) {
        var c = count(concept.questions);
        var share = c.answered ? c.right / c.answered : 0;
        var status = c.answered === 0 ? "belum dicoba"
          : share < MASTERED ? "perlu diulang"
          : c.answered >= 2 ? "dikuasai" : "kerjakan satu soal lagi";
        var row = document.createElement("tr");
        row.dataset.concept = concept.id;
        row.dataset.status = status;
        [concept.name, c.answered + " dari " + c.total, String(c.right), status]
          .forEach(function (text, n) {
            var cell = document.createElement(n ? "td" : "th");
            if (!n) cell.scope = "row";
            cell.textContent = text;
            row.append(cell);
          });
        table.append(row);
        if (status === "perlu diulang") weak.push({ concept: concept, share: share, next: c.next });
      });
      weak.sort(function (a, b) { return a.share - b.share; });
      var tips = weak.map(function (w) {
        return item("Pelajari lagi " + w.concept.name + ", lalu ulangi soalnya.",
          w.next ? where(w.next) : null);
      }).concat(todo);
      if (!all.answered) tips = [item("Kerjakan dulu soal-soal di setiap bab.")];
      else if (!tips.length) tips = [item("Semua soal yang kamu kerjakan sudah benar. Lanjutkan ke bab yang belum kamu buka.")];
      advice.replaceChildren.apply(advice, tips);
      summary.textContent = all.answered
        ? "Kamu sudah menjawab " + all.answered + " dari " + all.total + " soal; " +
          all.right + " benar."
        : "Belum ada jawaban yang tersimpan di perangkat ini.";
    }

    root.querySelector(".learning-progress__share").addEventListener("click", function () {
      var answers = {};
      Object.keys(data.keys).forEach(function (id) {
        var record = api.load(id);
        if (record && record.checked) answers[id] = record.answer;
      });
      var name = root.querySelector(".learning-progress__name").value.trim();
      var group = root.querySelector(".learning-progress__group").value.trim();
      var code = encode(data, name, group, answers);
      root.querySelector(".progress-code").value = code;
      var link = root.querySelector(".learning-progress__download");
      link.href = "data:text/plain;charset=utf-8," + encodeURIComponent(code + "\n");
      link.download = "kemajuan-" + (name || "siswa").replace(/[^A-Za-z0-9]+/g, "-") + ".txt";
      link.hidden = false;
    });
    root.querySelector(".learning-progress__reset").addEventListener("click", function () {
      if (window.confirm("Hapus semua jawaban yang tersimpan di perangkat ini? " +
          "Jawaban yang sudah dihapus tidak dapat dikembalikan.")) {
        api.forgetAll();
        render();
      }
    });
    render();
    root.setAttribute("data-ready", "");
  }

  /* For Rekap Kelas (recap.js): the same codes. */
  window.kerjasamaProgress = { encode: encode, decode: decode };

  function start() { document.querySelectorAll(".learning-progress").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
