/* Reading offline (kerjasama.site_cache): registers the service worker, shows
   "Versi baru tersedia — muat ulang" when a new build is waiting, and drives the
   "Simpan buku untuk dibaca luring" box ({offline-save}, kerjasama/sphinxext/offline_box.py,
   styled by offline.css). From file:// (the offline zip) the book is
   already on the device, and the button says so. */
(function () {
  "use strict";
  var base = new URL(document.documentElement.dataset.content_root || "./", location.href).href;

  function megabytes(bytes) { return (bytes / 1e6).toFixed(1).replace(".", ",") + " MB"; }
  function total(list) { return list.reduce(function (sum, f) { return sum + f[1]; }, 0); }

  function notice(worker) {
    if (document.querySelector(".offline-notice")) return;
    var box = document.createElement("div");
    box.className = "offline-notice";
    box.setAttribute("role", "status");
    box.textContent = "Versi baru tersedia — ";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "muat ulang";
    button.addEventListener("click", function () {
      sessionStorage.setItem("kerjasama-muat-ulang", "1");
      worker.postMessage("muat-ulang");
    });
    box.append(button);
    document.body.append(box);
  }

  function watch(registration) {
    if (registration.waiting && navigator.serviceWorker.controller) notice(registration.waiting);
    registration.addEventListener("updatefound", function () {
      var worker = registration.installing;
      worker.addEventListener("statechange", function () {
        if (worker.state === "installed" && navigator.serviceWorker.controller) notice(worker);
      });
    });
    navigator.serviceWorker.addEventListener("controllerchange", function () {
      if (sessionStorage.getItem("kerjasama-muat-ulang")) {
        sessionStorage.removeItem("kerjasama-muat-ulang");
        location.reload();
      }
    });
  }

  function saver(root) {
    var status = root.querySelector(".offline-save__status");
    var button = root.querySelector(".offline-save__button");
    var worksheets = root.querySelector(".offline-save__worksheets");
    var bar = root.querySelector(".offline-save__progress");
    function say(state, text) { root.dataset.state = state; status.textContent = text; }
    if (location.protocol === "file:") {
      button.hidden = true;
      worksheets.hidden = true;
      say("file", "Salinan buku ini sudah tersimpan di perangkatmu, jadi semua halamannya " +
        "sudah dapat dibaca tanpa internet. Tombol simpan hanya diperlukan di versi daring.");
      return;
    }
    if (!("serviceWorker" in navigator) || !window.caches) {
      button.hidden = true;
      say("unsupported", "Peramban ini tidak dapat menyimpan buku. Mintalah salinan luring " +
        "(berkas zip) kepada gurumu.");
      return;
    }
    var offline = window.kerjasamaOffline; /* offline-save.js */
    var list = null;
    fetch(base + "luring.json", { cache: "no-store" }).then(function (r) { return r.json(); })
      .then(function (data) {
        list = data;
        return caches.open(offline.PREFIX + data.version).then(function (c) {
          return c.match(base + offline.SAVED);
        });
      }).then(function (saved) {
        var data = list;
        say(saved ? "saved" : "ready", saved
          ? "Buku ini sudah tersimpan di peramban ini dan dapat dibaca tanpa internet."
          : "Ukuran unduhan: " + megabytes(total(data.files)) + ".");
        worksheets.hidden = !data.worksheets.length;
        root.querySelector(".offline-save__worksheets-size").textContent =
          "(tambahan " + megabytes(total(data.worksheets)) + ")";
      }).catch(function () { say("error", "Daftar berkas buku tidak dapat dibaca. Coba lagi nanti."); });

    button.addEventListener("click", async function () {
      if (!list || button.disabled) return;
      /* Disabled at once, before anything is awaited: a double click starts one save. */
      button.disabled = true;
      var withSheets = worksheets.querySelector("input").checked;
      var count = list.files.length + (withSheets ? list.worksheets.length : 0);
      bar.hidden = false;
      bar.max = count;
      try {
        var files = await offline.saveBook(base, list, withSheets, function (done, all) {
          bar.value = done;
          say("saving", "Menyimpan " + done + " dari " + all + " berkas…");
        });
        say("saved", "Buku tersimpan (" + megabytes(total(files)) + "). Semua halaman, " +
          "pencarian, dan soal kini dapat dibuka tanpa internet di peramban ini.");
      } catch (e) {
        say("error", "Penyimpanan terhenti karena sambungan terputus. Tekan tombol lagi " +
          "untuk melanjutkan.");
      }
      button.disabled = false;
    });
  }

  /* After every deferred script, offline-save.js too (it comes later in the page). */
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".offline-save").forEach(saver);
  });
  if (location.protocol !== "file:" && "serviceWorker" in navigator) {
    navigator.serviceWorker.register(base + "sw.js", { scope: base }).then(watch)
      .catch(function () { /* the book still reads online */ });
  }
})();
