/* Share codes (src/kerjasama/selfchecks/share.py, the same format and the same rule,
   pinned for both by tests/conformance/share.json): "KS1-<payload>-<checksum>", read from
   its ends because base64url itself uses "-". The format's constants and messages come
   from the page's data (share.share_format()). Used by progress.js and recap.js. */
(function () {
  "use strict";

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
    var bytes = Uint8Array.from(binary, function (c) { return c.charCodeAt(0); });
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  }
  function strip(text, chars) {
    var start = 0, end = text.length;
    while (start < end && chars.indexOf(text[start]) >= 0) start++;
    while (end > start && chars.indexOf(text[end - 1]) >= 0) end--;
    return text.slice(start, end);
  }
  function fail(format, reason, message) {
    var error = new Error(message || format.errors[reason]);
    error.reason = reason;
    throw error;
  }

  /* The code for these answers ({question id: answer}); throws (reason "name") without a name. */
  function encode(format, ids, name, group, answers) {
    if (!strip(name, format.blank)) fail(format, "name", format.nameNeeded);
    var list = [];
    ids.forEach(function (id, n) { if (Object.prototype.hasOwnProperty.call(answers, id)) list.push([n, answers[id]]); });
    var payload = toBase64(JSON.stringify({ n: name, k: group, h: fnv(ids.join(",")), a: list }));
    return format.prefix + "-" + payload + "-" + fnv(payload);
  }

  /* {name, group, answers: {id: answer}}, or throws an Error whose message is Indonesian. */
  function decode(format, ids, code) {
    var text = strip(code, format.blank), head = format.prefix + "-";
    if (text.indexOf(head) !== 0) fail(format, "prefix");
    var rest = text.slice(head.length), cut = rest.lastIndexOf("-");
    var payload = rest.slice(0, cut), checksum = rest.slice(cut + 1);
    if (cut < 0 || !/^[0-9a-f]{8}$/.test(checksum) || fnv(payload) !== checksum) {
      fail(format, "checksum");
    }
    if (!/^[A-Za-z0-9_-]*$/.test(payload)) fail(format, "unreadable");
    var body;
    try { body = JSON.parse(fromBase64(payload)); } catch (e) { fail(format, "unreadable"); }
    if (!body || typeof body !== "object" || Array.isArray(body)) fail(format, "unreadable");
    if (body.h !== fnv(ids.join(","))) fail(format, "version");
    if (typeof body.n !== "string" || !strip(body.n, format.blank)) fail(format, "name");
    var pairs = body.a === undefined ? [] : body.a;
    var wellFormed = Array.isArray(pairs) && pairs.every(function (p) {
      return Array.isArray(p) && p.length === 2 && Number.isInteger(p[0]);
    });
    if (!wellFormed) fail(format, "unreadable");
    var answers = {};
    pairs.forEach(function (p) { if (p[0] >= 0 && p[0] < ids.length) answers[ids[p[0]]] = p[1]; });
    return { name: body.n, group: typeof body.k === "string" ? body.k : "", answers: answers };
  }

  var api = { fnv: fnv, encode: encode, decode: decode };
  if (typeof module === "object" && module.exports) module.exports = api;
  if (typeof window !== "undefined") window.kerjasamaShare = api;
})();
