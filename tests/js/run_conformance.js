/* Runs the book's page scripts (src/kerjasama/selfchecks/static/*.js) on conformance
   cases, in Node.js, with no browser: tests/test_conformance.py sends the cases as JSON on
   stdin (built from tests/conformance/*.json and the data Python hands to the page) and
   compares what this prints with the tables and with the Python side.

   Request: {grading: [{key, answer}], status: [{mastery, answered, right}],
   count: [{keys, records, ids, mastery}], practice: [session], encode: [{format, ids, name, group,
   answers}], decode: [{format, ids, code}], fnv: [text], csvCell: [text],
   csv: [{rows, separator}], fill: [{template, values}]}; every part optional. */
"use strict";

const fs = require("fs");
const path = require("path");

const STATIC = path.join(__dirname, "..", "..", "src", "kerjasama", "selfchecks", "static");
const selfcheck = require(path.join(STATIC, "selfcheck.js"));
const progress = require(path.join(STATIC, "progress.js"));
const practice = require(path.join(STATIC, "practice.js"));
const share = require(path.join(STATIC, "share.js"));
const recap = require(path.join(STATIC, "recap.js"));

function verdict(key, answer) {
  const graded = selfcheck.grade(key, answer);
  return graded && { correct: graded.correct, lines: graded.lines.map((l) => [l.ok, l.html]) };
}

/* One session: each deck refill takes the next order of decks; script[n] holds the verdict
   per dimension at step n (a dimension not named is right). */
function session(c) {
  let refills = 0;
  const reorder = (deck) => {
    const order = c.decks[refills++];
    if (order) deck.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  };
  const s = new practice.Session(c.cases, c.concepts, c.rules, reorder);
  const shown = [];
  for (let step = 0; step < c.limit; step++) {
    if (step >= c.script.length && !c.run_to_end) break;
    const current = s.nextCase();
    if (!current) break;
    shown.push(current.id);
    const given = c.script[step] || {};
    const results = {};
    Object.keys(current.answers).forEach((d) => { results[d] = d in given ? given[d] : true; });
    s.record(results);
  }
  return { shown: shown, done: s.done(), streaks: s.streaks };
}

/* A refusal is an answer ({error: reason, message}); any other exception is reported for
   its case alone ({thrown}), so one broken rule fails only the cases it breaks. */
function attempt(run) {
  try { return run(); } catch (e) {
    return e.reason ? { error: e.reason, message: e.message } : { thrown: String(e) };
  }
}
function each(list, run) { return (list || []).map((c) => attempt(() => run(c))); }

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const out = {
  grading: each(request.grading, (c) => verdict(c.key, c.answer)),
  isCorrect: each(request.grading, (c) => selfcheck.isCorrect(c.key, c.answer)),
  status: each(request.status, (c) => progress.status(c.mastery, c)),
  count: each(request.count, (c) => {
    const t = progress.tally(selfcheck.isCorrect, c.keys, c.records, c.ids);
    return { answered: t.answered, right: t.right, total: t.total, status: progress.status(c.mastery, t) };
  }),
  practice: each(request.practice, session),
  encode: each(request.encode, (c) => ({
    code: share.encode(c.format, c.ids, c.name, c.group, c.answers)
  })),
  decode: each(request.decode, (c) => share.decode(c.format, c.ids, c.code)),
  fnv: each(request.fnv, share.fnv),
  csvCell: each(request.csvCell, recap.csvCell),
  csv: each(request.csv, (c) => recap.csv(c.rows, c.separator)),
  fill: each(request.fill, (c) => selfcheck.fill(c.template, c.values))
};
process.stdout.write(JSON.stringify(out));
