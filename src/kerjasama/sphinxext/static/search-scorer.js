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

  // The page's (or the section's) text, blocks apart: Sphinx's htmlToText glues a glossary
  // term to its definition ("Empatiempathy"), a heading to its first paragraph.
  const BLOCKS = "p, dt, dd, li, td, th, h1, h2, h3, h4, h5, h6, div, section, br, pre";
  const pageText = (htmlText, anchor) => {
    const doc = new DOMParser().parseFromString(htmlText, "text/html");
    // Heading links, the self-checks' controls (— pilih —, Periksa), diagram labels
    // (the text list under each diagram says the same) are not sentences.
    doc.querySelectorAll(".headerlink, script, style, select, button, svg").forEach((el) => el.remove());
    doc.querySelectorAll(BLOCKS).forEach((el) => el.after(" "));
    const main = doc.querySelector('[role="main"]');
    if (main === null) return "";
    // The article, not the toolbar above it (Repositori, Usulkan suntingan …).
    const section = anchor ? doc.getElementById(anchor.slice(1)) : null;
    const part = section || main.querySelector("article") || main;
    return part.textContent.replace(/\s+/g, " ").trim();
  };

  // The sentence that holds the most search terms (the first such), its words marked.
  const SENTENCE = /[^.!?]+[.!?]*/g;
  const MAX = 240;
  const summary = (htmlText, keywords, anchor) => {
    const text = pageText(htmlText, anchor);
    if (text === "") return null;
    const terms = new Set(keywords);
    const sentences = [...text.matchAll(SENTENCE)];
    let best = -1;
    let bestCount = 0;
    for (const [i, match] of sentences.entries()) {
      const found = new Set([...stemsOf(match[0])].filter((s) => terms.has(s)));
      if (found.size > bestCount) {
        best = i;
        bestCount = found.size;
        if (found.size === terms.size) break;
      }
    }
    let start = best < 0 ? 0 : sentences[best].index;
    let sentence = best < 0 ? text.slice(0, MAX) : sentences[best][0].trim();
    // A short sentence (a glossary term, a heading) with the one after it.
    for (let next = best + 1; best >= 0 && sentence.length < 100 && next < sentences.length; next++) {
      sentence += " " + sentences[next][0].trim();
    }
    if (sentence.length > MAX) {
      // A long sentence: the words around its first marked word.
      const words = [...sentence.matchAll(/[\p{L}\p{Nl}\p{No}]+/gu)];
      const first = words.find((w) => kerjasamaSearch.split(w[0]).some((p) => terms.has(kerjasamaSearch.stem(p))));
      const around = Math.max(0, (first ? first.index : 0) - 80);
      const from = around === 0 ? 0 : sentence.indexOf(" ", around) + 1;
      const end = sentence.lastIndexOf(" ", from + MAX);
      sentence = (from > 0 ? "…" : "") + sentence.slice(from, end > from ? end : from + MAX) + " …";
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
