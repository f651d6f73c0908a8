/* The book's service worker (written by kerjasama.site_cache.files at every build).
   One cache per version of the book: each page and asset is kept as it is read, or all
   at once by "Simpan buku untuk dibaca luring" (static/offline.js), with the procedure
   both share (static/offline-save.js). luring.json, the file list, is the same for the
   whole of one version, so it is cached like any other file. A new version waits until
   the reader presses "muat ulang"; if the old version was saved whole, the new one is
   saved whole before it takes over, and old caches are removed. Requests to other sites
   (Binder, Live Code) are never touched. */
"use strict";
var VERSION = "__VERSION__";
/* saveBook, PREFIX and SAVED: the procedure offline.js uses too (one URL per version, so
   that a new worker never gets an old copy of it from the HTTP cache). */
importScripts("_static/offline-save.js?v=" + VERSION);
var PREFIX = self.kerjasamaOffline.PREFIX;
var SAVED = self.kerjasamaOffline.SAVED;
var CACHE = PREFIX + VERSION;

function scoped(path) { return new URL(path, self.registration.scope).href; }

async function savedBefore() {
  var names = (await caches.keys()).filter(function (k) { return k.indexOf(PREFIX) === 0 && k !== CACHE; });
  for (var i = 0; i < names.length; i++) {
    var mark = await (await caches.open(names[i])).match(scoped(SAVED));
    if (mark) return mark.text();
  }
  return null;
}

self.addEventListener("install", function (event) {
  event.waitUntil((async function () {
    var mark = await savedBefore();
    if (mark !== null) {
      var list = await (await fetch(scoped("luring.json"), { cache: "no-store" })).json();
      await self.kerjasamaOffline.saveBook(self.registration.scope, list, mark === "lkpd");
    }
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener("activate", function (event) {
  event.waitUntil((async function () {
    var names = await caches.keys();
    await Promise.all(names.filter(function (k) { return k.indexOf(PREFIX) === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
    await self.clients.claim();
  })());
});

self.addEventListener("message", function (event) {
  if (event.data === "muat-ulang") self.skipWaiting();
});

self.addEventListener("fetch", function (event) {
  var request = event.request, url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (/\/sw\.js$/.test(url.pathname)) return;
  event.respondWith((async function () {
    var cache = await caches.open(CACHE);
    var hit = await cache.match(request, { ignoreSearch: true });
    if (!hit && request.mode === "navigate" && url.pathname.slice(-1) === "/") {
      hit = await cache.match(url.href + "index.html");
    }
    if (hit) return hit;
    var response = await fetch(request);
    if (response.ok && response.type === "basic") {
      await cache.put(url.origin + url.pathname, response.clone());
    }
    return response;
  })());
});
