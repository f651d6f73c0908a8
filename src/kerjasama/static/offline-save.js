/* Saving the whole book for offline reading: one procedure for both sides, the page
   (offline.js: the "Simpan buku untuk dibaca luring" button, with progress) and the
   service worker (sw.js, which imports this file: a new version is saved whole before it
   takes over when the old one was). Runs in a window and in a worker alike; loaded by the
   pages that hold the save box ({offline-save}). */
(function (scope) {
  "use strict";
  var PREFIX = "kerjasama-", SAVED = "luring-tersimpan";

  /* Every file of one version of the book (and the worksheets if asked) into that
     version's cache, one by one; files already there are kept. The list itself and a
     mark saying what was saved go last, so a half-saved book never counts as saved. */
  async function saveBook(base, list, withSheets, progress) {
    var files = list.files.concat(withSheets ? list.worksheets : []);
    var cache = await caches.open(PREFIX + list.version);
    for (var i = 0; i < files.length; i++) {
      var url = base + files[i][0];
      /* Revalidated, so that the browser's HTTP cache cannot hand back the old files. */
      if (!(await cache.match(url))) await cache.add(new Request(url, { cache: "no-cache" }));
      if (progress) progress(i + 1, files.length);
    }
    await cache.put(base + "luring.json", new Response(JSON.stringify(list)));
    await cache.put(base + SAVED, new Response(withSheets ? "lkpd" : "buku"));
    return files;
  }

  scope.kerjasamaOffline = { PREFIX: PREFIX, SAVED: SAVED, saveBook: saveBook };
})(self);
