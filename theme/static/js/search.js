// Mowjaz search page: a small UI over Pagefind's JS API (pagefind.js).
//
// The page's HTML carries everything this script needs as data- attributes on
// [data-mowjaz="search"]: where the Pagefind bundle and the site root are, the
// Babel locale, and every UI string already translated by the template (gettext
// runs at build time; JavaScript cannot call it).  No inline script, no other host.
//
// Arabic: Pagefind stems with Snowball's Arabic stemmer, which gives a bare word and
// the same word with the definite article different stems (e.g. a bare word starting
// with waw loses it as if it were the conjunction).  So each query word is searched
// in a few article forms (bare, al-, wal-) and the hits are merged; see README, Search.

const PAGE_SIZE = 10;

// Harakat, Quranic marks, superscript alef and tatweel: never part of a search term.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// Hamza-carrying and wasla alef forms fold to bare alef, as Snowball folds them.
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
const ALEF = "\u0627";
const ARABIC_WORD = /^[\u0621-\u064A\u0660-\u0669\u0671-\u06D3]+$/;
// An optional conjunction (waw, fa) before the article group (al, bi-al, ka-al, li-l).
const ARTICLE_PREFIX =
  /^[\u0648\u0641]?(?:\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0644\u0644)/;
const AL = "\u0627\u0644";
const WA_AL = "\u0648\u0627\u0644";
const MIN_STEM = 2;

/** Strip marks and tatweel, fold alef forms, collapse spaces. */
export function normaliseQuery(text) {
  return text
    .normalize("NFC")
    .replace(MARKS, "")
    .replace(ALEF_FORMS, ALEF)
    .replace(/\s+/g, " ")
    .trim();
}

/** The forms a query word is searched in: as typed, bare, with al- and with wal-. */
export function wordForms(word) {
  if (!ARABIC_WORD.test(word)) return [word];
  const match = word.match(ARTICLE_PREFIX);
  const rest = match ? word.slice(match[0].length) : word;
  if (rest.length < MIN_STEM) return [word];
  return [...new Set([word, rest, AL + rest, WA_AL + rest])];
}

/** Query words: split on spaces and punctuation, keeping letters and digits. */
export function queryWords(query) {
  return query.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

function readStrings(root) {
  const strings = {};
  for (const [key, value] of Object.entries(root.dataset)) {
    if (key.startsWith("msg")) strings[key.slice(3).toLowerCase()] = value;
  }
  return strings;
}

function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (all, name) => values[name] ?? all);
}

/** Best hit per page for one query word, over all of its forms. */
async function hitsForWord(pagefind, word) {
  const hits = new Map();
  for (const form of wordForms(word)) {
    const search = await pagefind.search(form);
    for (const result of search?.results ?? []) {
      const known = hits.get(result.id);
      if (!known || result.score > known.score) hits.set(result.id, result);
    }
  }
  return hits;
}

/** Pages matching every word (in any of its forms), best first. */
async function runSearch(pagefind, query) {
  if (query.includes('"')) {
    const exact = await pagefind.search(query);
    return exact?.results ?? [];
  }
  const words = queryWords(query);
  if (words.length === 0) return [];
  const whole = await pagefind.search(query);
  const wholeHits = new Map((whole?.results ?? []).map((r) => [r.id, r]));
  const perWord = [];
  for (const word of words) perWord.push(await hitsForWord(pagefind, word));
  const ranked = [];
  for (const [id, first] of perWord[0]) {
    if (!perWord.every((hits) => hits.has(id))) continue;
    const score = perWord.reduce((sum, hits) => sum + hits.get(id).score, 0);
    // The whole-query hit highlights every word in its excerpt; prefer it.
    ranked.push({ result: wholeHits.get(id) ?? first, score });
  }
  ranked.sort((a, b) => b.score - a.score);
  return ranked.map((entry) => entry.result);
}

/** Copy an excerpt's text and <mark> elements only (Pagefind escapes the rest). */
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.firstChild.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(node.textContent));
    }
  }
  return fragment;
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  const title = document.createElement("bdi");
  title.textContent = data.meta?.title ?? data.url;
  link.append(title);
  heading.append(link);
  item.append(heading);
  if (data.meta?.date) {
    const meta = document.createElement("p");
    meta.className = "meta";
    const time = document.createElement("time");
    if (data.meta.datetime) time.dateTime = data.meta.datetime;
    time.textContent = data.meta.date;
    meta.append(time);
    item.append(meta);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  excerpt.append(excerptNodes(data.excerpt ?? ""));
  item.append(excerpt);
  return item;
}

class SearchPage {
  constructor(root, pagefind) {
    this.root = root;
    this.pagefind = pagefind;
    this.strings = readStrings(root);
    this.numbers = new Intl.NumberFormat(root.dataset.locale || "ar", {
      numberingSystem: root.dataset.digits || "latn",
    });
    this.input = root.querySelector("input[type=search]");
    this.status = root.querySelector("[data-search-status]");
    this.list = root.querySelector("[data-search-results]");
    this.more = root.querySelector("[data-search-more]");
    this.results = [];
    this.shown = 0;
    this.generation = 0;
  }

  async search(raw) {
    const generation = ++this.generation;
    const query = normaliseQuery(raw);
    this.list.replaceChildren();
    this.more.hidden = true;
    this.results = [];
    this.shown = 0;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set("q", raw.trim());
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    delete this.root.dataset.searched;
    if (!query) {
      this.status.textContent = "";
      return;
    }
    this.status.textContent = this.strings.searching;
    let results;
    try {
      results = await runSearch(this.pagefind, query);
    } catch (error) {
      showFailure(this.root, error);
      return;
    }
    if (generation !== this.generation) return;
    this.results = results;
    this.status.textContent =
      results.length === 0
        ? format(this.strings.none, { query: raw.trim() })
        : format(this.strings.count, { count: this.numbers.format(results.length) });
    await this.showMore(generation);
    // Marks the end of a search for anything watching the page (tests, styles).
    this.root.dataset.searched = raw.trim();
  }

  async showMore(generation = this.generation) {
    const page = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    if (generation !== this.generation) return;
    this.list.append(...data.map(resultItem));
    this.shown += page.length;
    this.more.hidden = this.shown >= this.results.length;
  }
}

function debounce(action, delay) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), delay);
  };
}

async function loadPagefind(root) {
  const bundle = new URL(root.dataset.bundle, document.baseURI);
  const pagefind = await import(new URL("pagefind.js", bundle).href);
  await pagefind.options({
    baseUrl: new URL(root.dataset.site, document.baseURI).pathname,
    excerptLength: 24,
  });
  await pagefind.init();
  return pagefind;
}

/** Back to the no-JavaScript page: the error line and the link to the archives. */
function showFailure(root, error) {
  root.querySelector("form").hidden = true;
  root.querySelector("[data-search-status]").textContent = "";
  root.querySelector("[data-search-error]").hidden = false;
  root.querySelector("[data-search-fallback]").hidden = false;
  root.dataset.failed = "true";
  console.error("Mowjaz search: Pagefind failed", error);
}

async function main() {
  const root = document.querySelector('[data-mowjaz="search"]');
  if (!root) return;
  const fallback = root.querySelector("[data-search-fallback]");
  const form = root.querySelector("form");
  let pagefind;
  try {
    pagefind = await loadPagefind(root);
  } catch (error) {
    showFailure(root, error);
    return;
  }
  const page = new SearchPage(root, pagefind);
  fallback.hidden = true;
  form.hidden = false;
  root.dataset.ready = "true";
  const later = debounce((value) => page.search(value), 250);
  page.input.addEventListener("input", () => later(page.input.value));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    page.search(page.input.value);
  });
  page.more.addEventListener("click", () => page.showMore());
  const initial = new URL(window.location.href).searchParams.get("q");
  if (initial) {
    page.input.value = initial;
    await page.search(initial);
  }
  page.input.focus();
}

main();
