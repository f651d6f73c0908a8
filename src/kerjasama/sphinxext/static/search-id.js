/*
 * Indonesian stemmer and word splitter of the book's search page (kerjasama.sphinxext.search_id).
 *
 * The same rules as search_id.py, which indexes the book: the Snowball Indonesian
 * algorithm (https://snowballstem.org/algorithms/indonesian/stemmer.html, as generated
 * for snowballstemmer 3.1.1), then the book's tables. search_id.py embeds this file in
 * language_data.js with the tables as JSON; Node loads it for the equality test.
 */
function indonesianSearch(data) {
  "use strict";
  const stopwords = new Set(data.stopwords);
  const protectedWords = new Map(Object.entries(data.protected));
  const roots = new Map(Object.entries(data.roots));
  const VOWELS = new Set(["a", "e", "i", "o", "u"]);
  const isVowel = (ch) => VOWELS.has(ch);
  const onset = new RegExp("^(?:" + data.onset + ")");

  // -an (or -kan) and -i, allowed or not by the prefix already removed; null: none.
  // lb: where the root starts (a suffix never reaches into a replaced first letter).
  const removeSuffix = (w, lb, prefix) => {
    const n = w.length;
    if (w.endsWith("an") && n - 2 >= lb) {
      if (prefix !== 3 && prefix !== 2 && n - 3 >= lb && w[n - 3] === "k") return w.slice(0, -3);
      if (prefix === 1) return null;
      return w.slice(0, -2);
    }
    if (w.endsWith("i") && n - 1 >= lb) {
      if (prefix > 2) return null;
      if (n - 2 >= lb && w[n - 2] === "s") return null;
      return w.slice(0, -1);
    }
    return null;
  };

  // ber-, be-, per-, pe- at position `at`; null: none. Returns [word, prefix].
  const removeSecondOrderPrefix = (w, at, prefix) => {
    const head = w.slice(at, at + 2);
    const next = w[at + 2];
    const cut = (length, kind) => [w.slice(0, at) + w.slice(at + length), kind];
    const learn = next === "l" && w.startsWith("ajar", at + 3);
    if (head === "pe") {
      if (next === "r") return cut(3, 2);
      if (learn) return cut(3, prefix);
      return cut(2, 2);
    }
    if (head === "be") {
      if (next === "r" || learn) return cut(3, 4);
      if (next !== undefined && !isVowel(next) && w.startsWith("er", at + 3)) return cut(2, 4);
    }
    return null;
  };

  // di-, ke-, me-, meng-, men-, mem-, peng-, pen-, pem-, ter-; null: none.
  // Returns [word, prefix, where the root starts].
  const FIRST_ORDER = ["meng", "peng", "mem", "men", "pem", "pen", "ter", "di", "ke", "me"];
  const removeFirstOrderPrefix = (w) => {
    const found = FIRST_ORDER.find((p) => w.startsWith(p));
    if (found === undefined) return null;
    const rest = w.slice(found.length);
    const kind = found === "ke" || found.startsWith("pe") ? 3 : 1;
    if ((found === "men" || found === "pen") && rest[0] === "y" && isVowel(rest[1])) {
      return ["s" + rest.slice(1), kind, 1];
    }
    if ((found === "mem" || found === "pem") && isVowel(rest[0])) return ["p" + rest, kind, 1];
    return [rest, kind, 0];
  };

  const snowball = (word) => {
    let measure = 0;
    for (const ch of word) if (isVowel(ch)) measure += 1;
    if (measure <= 2) return word;
    let w = word;
    for (const ending of ["kah", "lah", "pun"]) {
      if (w.endsWith(ending)) {
        w = w.slice(0, -3);
        measure -= 1;
        break;
      }
    }
    if (measure <= 2) return w;
    for (const ending of ["nya", "ku", "mu"]) {
      if (w.endsWith(ending)) {
        w = w.slice(0, -ending.length);
        measure -= 1;
        break;
      }
    }
    if (measure <= 2) return w;
    const first = removeFirstOrderPrefix(w);
    if (first !== null) {
      const [rest, prefix, start] = first;
      w = rest;
      measure -= 1;
      if (measure <= 2) return w;
      const bare = removeSuffix(w, start, prefix);
      if (bare === null) return w;
      w = bare;
      measure -= 1;
      if (measure <= 2) return w;
      const second = removeSecondOrderPrefix(w, start, prefix);
      return second === null ? w : second[0];
    }
    let prefix = 0;
    const second = removeSecondOrderPrefix(w, 0, prefix);
    if (second !== null) {
      [w, prefix] = second;
      measure -= 1;
    }
    if (measure <= 2) return w;
    const bare = removeSuffix(w, 0, prefix);
    return bare === null ? w : bare;
  };

  // The word without one clitic, for the table look-ups.
  const base = (word) => {
    for (const clitic of data.clitics) {
      if (word.endsWith(clitic) && word.length > clitic.length) return word.slice(0, -clitic.length);
    }
    return word;
  };

  const stem = (input) => {
    const word = input.toLowerCase();
    if (stopwords.has(word)) return word;
    if (protectedWords.has(word)) return protectedWords.get(word);
    const bare = base(word);
    if (protectedWords.has(bare)) return protectedWords.get(bare);
    if (stopwords.has(bare)) return word;
    let stemmed = snowball(word);
    if (stemmed !== bare && roots.has(stemmed)) stemmed = roots.get(stemmed);
    return stopwords.has(stemmed) || !onset.test(stemmed) ? word : stemmed;
  };

  const splitCompound = (token) => {
    const lower = token.toLowerCase();
    for (const [first, second] of data.compounds) {
      const at = lower.indexOf(first + second);
      if (at >= 0) return [lower.slice(0, at + first.length), lower.slice(at + first.length)];
    }
    return [token];
  };

  // Letters only, like Python's [^\W\d_]: Unicode letters and non-decimal numerals.
  const WORD = /[\p{L}\p{Nl}\p{No}]+/gu;
  const split = (text) => (text.match(WORD) || []).flatMap(splitCompound);

  return { stem, split, snowball };
}

if (typeof module !== "undefined") module.exports = indonesianSearch;
