/*
 * Ranking and summaries of the book's search page (kerjasama.sphinxext.search_id, as
 * html_search_scorer). Sphinx puts this file in language_data.js after the Indonesian
 * stemmer (kerjasamaSearch) and after searchtools.js (Search), so it can
 *
 * - rank a chapter section whose heading holds every word of the query first: Sphinx
 *   only matches a heading that contains the query as typed and is at most twice as long;
 *   here headings are compared word by word, by stem (*kesepakatan* finds "Sepakat ...");
 * - keep the appendix pages (glossary, bibliography, teacher pages: every page whose
 *   name is not a numbered chapter, NN-slug) below the chapters;
 * - summarise each result with the sentence that holds the matched word, marked.
 */
var Scorer = {
  // Sphinx's defaults (searchtools.js).
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
  // A section whose heading holds every word of the query (a page title: less, the page
  // is the bigger target).
  sectionHeading: 40,
  pageHeading: 30,
  // Pages that are not numbered chapters come after the chapters, even the glossary's
  // index entries (Sphinx scores an exact entry 100).
  appendix: -100,
  score: (result) => {
    const [docName, , , , score] = result;
    const chapter = /(^|\/)\d\d-[^/]*$/.test(docName);
    return chapter ? score : score + Scorer.appendix;
  },
};

(function () {
  "use strict";
  const stemsOf = (text) => new Set(kerjasamaSearch.split(text).map(kerjasamaSearch.stem));

  // Headings whose stems hold every search term, as Sphinx's result rows.
  let headingStems = null;
  const headingResults = (searchTerms) => {
    const index = Search._index;
    if (headingStems === null) {
      headingStems = Object.keys(index.alltitles).map((title) => [title, stemsOf(title)]);
    }
    const terms = [...searchTerms];
    if (terms.length === 0) return [];
    const results = [];
    for (const [title, stems] of headingStems) {
      if (!terms.every((term) => stems.has(term))) continue;
      for (const [file, id] of index.alltitles[title]) {
        const pageTitle = index.titles[file];
        const section = id !== null && pageTitle !== title;
        results.push([
          index.docnames[file],
          section ? `${pageTitle} > ${title}` : title,
          id !== null ? "#" + id : "",
          null,
          section ? Scorer.sectionHeading : Scorer.pageHeading,
          index.filenames[file],
        ]);
      }
    }
    return results;
  };

  // The sentence that holds the most search terms (the first such), its words marked.
  const SENTENCE = /[^.!?]+[.!?]*/g;
  const MAX = 240;
  const summary = (htmlText, keywords, anchor) => {
    const text = Search.htmlToText(htmlText, anchor).replace(/\s+/g, " ").trim();
    if (text === "") return null;
    const terms = new Set(keywords);
    let best = null;
    let bestCount = 0;
    for (const match of text.matchAll(SENTENCE)) {
      const found = new Set([...stemsOf(match[0])].filter((s) => terms.has(s)));
      if (found.size > bestCount) {
        best = match;
        bestCount = found.size;
        if (found.size === terms.size) break;
      }
    }
    let start = best === null ? 0 : best.index;
    let sentence = best === null ? text.slice(0, MAX) : best[0].trim();
    if (sentence.length > MAX) {
      // A long sentence: the part around its first marked word.
      const words = [...sentence.matchAll(/[\p{L}\p{Nl}\p{No}]+/gu)];
      const first = words.find((w) => kerjasamaSearch.split(w[0]).some((p) => terms.has(kerjasamaSearch.stem(p))));
      const from = Math.max(0, (first ? first.index : 0) - 80);
      sentence = (from > 0 ? "…" : "") + sentence.slice(from, from + MAX).trim() + "…";
      start += from;
    }
    const paragraph = document.createElement("p");
    paragraph.classList.add("context");
    if (start > 0 && !sentence.startsWith("…")) paragraph.append("… ");
    // Mark every word whose stem is a search term.
    let last = 0;
    for (const word of sentence.matchAll(/[\p{L}\p{Nl}\p{No}]+/gu)) {
      const hit = kerjasamaSearch.split(word[0]).some((p) => terms.has(kerjasamaSearch.stem(p)));
      if (!hit) continue;
      paragraph.append(sentence.slice(last, word.index));
      const mark = document.createElement("span");
      mark.classList.add("highlighted");
      mark.textContent = word[0];
      paragraph.append(mark);
      last = word.index + word[0].length;
    }
    paragraph.append(sentence.slice(last));
    return paragraph;
  };

  const install = () => {
    const termsSearch = Search.performTermsSearch;
    Search.performTermsSearch = (searchTerms, excludedTerms) => [
      ...termsSearch(searchTerms, excludedTerms),
      ...headingResults(searchTerms),
    ];
    Search.makeSearchSummary = summary;
  };
  // searchtools.js comes first on the search page; if a theme loads it later, install
  // before its DOMContentLoaded handler runs the query.
  if (typeof Search !== "undefined") install();
  else document.addEventListener("DOMContentLoaded", install);
})();
