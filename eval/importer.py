r"""Score the importer on raw pages from many outlets (``make eval``, "import" part).

Corpus: ``../shared/corpora/snn-dev.jsonl`` (SaudiNewsNet, 3,000 articles from 14
outlets, each with the outlet's ``raw`` text and its own ``title`` and ``author``).
A page is built as an editor pastes it (the corpus README): the ``title`` line, then
the ``author`` line when the outlet tagged one and ``raw`` does not already start
with it, then ``raw``.  Each page goes through
:func:`mowjaz.importer.pipeline.import_bytes` with no option but a fixed date.

Split, decided before any result was looked at: the 14 outlet names, sorted, and
``random.Random(21).sample(names, 4)`` (21 is the issue's number) hold out
**aleqtisadiya, alwatan, okaz, sabq**.  Rules were written on the other ten only;
the held-out four are scored and reported apart, and ``--errors`` never lists them.

Metrics (shares of articles; text is compared as normalised word tokens, see
:func:`tokens`):

* **title**: the brief's ``Title`` equals the outlet's title, both reduced to
  tokens (character references such as ``&#8220;`` decoded first), the outlet's
  leading desk tag (``ثقافي /``) set aside;
* **author out** (articles whose page has an author line): the author line's tokens
  do not start any heading, paragraph or the ``Summary`` (they may come after at
  most two other tokens, as ``Next Previous`` slider furniture);
* **author in**: the brief has ``Author`` metadata and every one of its tokens is a
  token of the author line (the reporters' names or the agency, not the place);
* **trailer left**: a body block still holds an agency trailer or a link or tag line
  (``// انتهى //``, a ``17:06 ت م`` time line, ``رابط الخبر``, ``...المزيد``,
  ``مقالات أخرى للكاتب``, a final ``سمات …`` tag list): the target is none;
* **summary bad**: the ``Summary`` is the title, or starts with the author line;
* **text kept**: the share of the raw text's tokens found in the body (a guard
  against dropping article text), and the headings per article.

Usage: ``python -m eval.importer [--limit N] [--errors] [--tuning] [--by-outlet]
[--perturb ROUNDS]``; ``--perturb`` runs :mod:`eval.import_perturb` and
:mod:`eval.import_layouts` on the tuning outlets only (with ``--errors``, their
misses);
``--tuning`` scores the ten tuning outlets only (for work on the rules);
``--by-outlet`` adds one column per tuning outlet, so that a rule which only helps
the outlet it was written from shows up (judge a change outlet by outlet: a gain on
one and nothing on the nine others is a patch, not a rule); ``--errors`` lists the
misses of the tuning outlets (on the terminal only: the corpus is never copied into
the repository).  Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mowjaz.importer.pipeline import ImporterError, ImportOptions, import_bytes
from mowjaz.text.normalize import normalize

from eval import import_layouts, import_perturb
from eval.common import corpus_file, markdown_table, missing_corpus_message, read_jsonl

CORPUS = "snn-dev.jsonl"
SPLIT_SEED = 21
HELD_OUT_COUNT = 4
DATE = "2015-08-11T09:00:00+03:00"
TARGETS = {
    "title": 0.95,
    "author out": 0.95,
    "author in": 0.90,
    "trailer left": 0.0,
    "summary bad": 0.0,
}
# Tokens of the author line may follow this many other tokens at a block's start.
AUTHOR_OFFSET = 2

_TOKEN = re.compile(r"[^\W_]+")
_DESK_TAG = re.compile(r"^\s*[^\s/]+(?:\s[^\s/]+)?\s*/{1,2}\s+")
_TRAILERS = (
    re.compile(r"//\s*[^\W\d_]+\s*//"),
    re.compile(r"^\s*\d{1,2}:\d{2}\s*ت\s*م\s*$"),
    re.compile(r"رابط الخبر"),
    re.compile(r"\.\.\.\s*المزيد\s*$"),
    re.compile(r"مقالات اخري للكاتب"),
    re.compile(r"(^|\s)سمات(\s+\S+){0,12}\s*$"),
)


def tokens(text: str | None) -> list[str]:
    """Return the normalised letter-and-digit words of ``text``."""
    return _TOKEN.findall(normalize(html.unescape(text))) if text else []


def held_out(outlets: Iterable[str]) -> frozenset[str]:
    """Return the held-out outlets: a seeded sample of the sorted names."""
    names = sorted(set(outlets))
    return frozenset(random.Random(SPLIT_SEED).sample(names, HELD_OUT_COUNT))


def pasted_page(article: dict[str, Any]) -> tuple[str, str]:
    """Return the page an editor pastes and its author line ("" when none)."""
    raw = article["raw"]
    author = " ".join((article.get("author") or "").split())
    lines = [article["title"]]
    if author and not " ".join(raw.split()).startswith(author):
        lines.append(author)
    return "\n".join([*lines, raw]), author


@dataclass(slots=True)
class Tally:
    """Counts for one group of outlets."""

    articles: int = 0
    refused: int = 0
    title: int = 0
    with_author: int = 0
    author_out: int = 0
    author_in: int = 0
    trailer_left: int = 0
    summary_bad: int = 0
    headings: int = 0
    kept: float = 0.0
    misses: Counter[str] = field(default_factory=Counter)

    def share(self, count: float, of: int | None = None) -> float:
        """Return ``count`` over ``of`` (default: the articles), 0.0 for none."""
        total = self.articles if of is None else of
        return count / total if total else 0.0

    def byline_share(self, count: int) -> float | str:
        """Return ``count`` over the pages with an author line, "n/a" for none."""
        return self.share(count, self.with_author) if self.with_author else "n/a"


def _starts_with(words: Sequence[str], prefix: Sequence[str]) -> bool:
    if not prefix:
        return False
    width = len(prefix)
    return any(
        list(words[offset : offset + width]) == list(prefix)
        for offset in range(AUTHOR_OFFSET + 1)
    )


def _trailer(text: str) -> bool:
    folded = normalize(text)
    return any(pattern.search(folded) for pattern in _TRAILERS)


def score_article(
    article: dict[str, Any], tally: Tally, errors: list[str] | None
) -> None:
    """Import one article's page and add its results to ``tally``."""
    page, author = pasted_page(article)
    tally.articles += 1
    try:
        result = import_bytes(
            page.encode("utf-8"), article["id"], ImportOptions(date=DATE)
        )
    except ImporterError as error:
        tally.refused += 1
        _note(errors, "REFUSED", article, error.reason)
        return
    brief = result.brief
    title_tokens = tokens(_DESK_TAG.sub("", article["title"]))
    if tokens(brief.title) == title_tokens:
        tally.title += 1
    else:
        _note(errors, "TITLE", article, brief.title)
    author_tokens = tokens(author)
    texts = [block.text for block in brief.blocks]
    if author_tokens:
        tally.with_author += 1
        left = [
            t for t in (*texts, brief.summary) if _starts_with(tokens(t), author_tokens)
        ]
        if left:
            _note(errors, "AUTHOR-LEFT", article, left[0][:120])
        else:
            tally.author_out += 1
        got = tokens(brief.author)
        if got and set(got) <= set(author_tokens):
            tally.author_in += 1
        else:
            _note(errors, "AUTHOR-META", article, f"{brief.author!r} want {author!r}")
    trailers = [text for text in texts if _trailer(text)]
    if trailers:
        tally.trailer_left += 1
        _note(errors, "TRAILER", article, trailers[-1][-120:])
    summary = tokens(brief.summary)
    if summary == title_tokens or _starts_with(summary, author_tokens):
        tally.summary_bad += 1
        _note(errors, "SUMMARY", article, brief.summary[:120])
    tally.headings += sum(block.kind == "heading" for block in brief.blocks)
    raw = Counter(tokens(article["raw"]))
    body = Counter(token for text in texts for token in tokens(text))
    tally.kept += sum((raw & body).values()) / max(1, sum(raw.values()))


def _note(
    errors: list[str] | None, kind: str, article: dict[str, Any], detail: str
) -> None:
    if errors is not None:
        errors.append(f"{kind}\t{article['outlet']}\t{article['id']}\t{detail}")


def report(groups: dict[str, Tally]) -> str:
    """Format the tallies as the README's Markdown table, one column per group."""
    names = list(groups)
    rows: list[list[object]] = []
    for label, target, value in (
        ("title", "≥ 0.95", lambda t: t.share(t.title)),
        ("author out", "≥ 0.95", lambda t: t.byline_share(t.author_out)),
        ("author in", "≥ 0.90", lambda t: t.byline_share(t.author_in)),
        ("trailer left", "0", lambda t: t.share(t.trailer_left)),
        ("summary bad", "0", lambda t: t.share(t.summary_bad)),
        ("text kept", "≈ 1", lambda t: t.share(t.kept)),
        ("headings / article", "", lambda t: t.share(t.headings)),
    ):
        rows.append([label, *(value(groups[name]) for name in names), target])
    rows.append(
        [
            "articles (author line)",
            *(
                f"{groups[name].articles} ({groups[name].with_author})"
                for name in names
            ),
            "",
        ]
    )
    rows.append(["refused", *(groups[name].refused for name in names), "0"])
    return markdown_table(("metric", *names, "target"), rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation; print the table (and tuning misses with ``--errors``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles")
    parser.add_argument("--errors", action="store_true", help="list tuning misses")
    parser.add_argument(
        "--tuning", action="store_true", help="score the tuning outlets only"
    )
    parser.add_argument(
        "--by-outlet",
        action="store_true",
        help="one column per tuning outlet (never the held-out ones)",
    )
    parser.add_argument(
        "--perturb",
        type=int,
        metavar="ROUNDS",
        default=0,
        help="vary the tuning pages' bylines and trailers, ROUNDS variants each",
    )
    args = parser.parse_args(argv)
    path = corpus_file(CORPUS)
    if path is None:
        print(missing_corpus_message(CORPUS, "eval/importer.py"))
        return 0
    articles = list(read_jsonl(path, args.limit))
    held = held_out(article["outlet"] for article in articles)
    if args.perturb:
        return _perturb(articles, held, args.perturb, errors=args.errors)
    tune, test = Tally(), Tally()
    per_outlet: dict[str, Tally] = {}
    errors: list[str] | None = [] if args.errors else None
    for article in articles:
        if article["outlet"] in held:
            if not args.tuning:
                score_article(article, test, None)
        else:
            score_article(article, tune, errors)
            if args.by_outlet:
                outlet = per_outlet.setdefault(article["outlet"], Tally())
                score_article(article, outlet, None)
    print(f"Import ({CORPUS}): pages pasted whole, no option but the date\n")
    tuned = f"tuned ({len({a['outlet'] for a in articles} - held)} outlets)"
    groups = {tuned: tune}
    if not args.tuning:
        groups["held out: " + ", ".join(sorted(held))] = test
    print(report(groups))
    if per_outlet:
        print("\nTuning outlets, one at a time:\n")
        print(report(dict(sorted(per_outlet.items()))))
    for line in errors or []:
        print(line)
    return 0


def _perturb(
    articles: Sequence[dict[str, Any]],
    held: frozenset[str],
    rounds: int,
    *,
    errors: bool,
) -> int:
    bases = import_perturb.tuning_bases(articles, held, pasted_page, tokens)
    report = import_perturb.run(bases, rounds, tokens)
    print(
        f"Import ({CORPUS}), tuning outlets only: bylines and trailers varied, "
        f"{rounds} variant(s) per article\n"
    )
    print(import_perturb.format_report(report, len(bases)))
    if errors:
        print("\n".join(report.misses))
    layouts = import_layouts.run(bases, rounds, tokens)
    print(
        f"\nThe same pages with one piece of furniture the variants above do not "
        f"add, {rounds} layout(s) per article\n"
    )
    print(import_layouts.format_report(layouts))
    if errors:
        print("\n".join(layouts.misses))
    site = import_layouts.run(bases, rounds, tokens, site=True)
    print(
        f"\nThe same pages with the furniture every news website prints around a "
        f"story, {rounds} layout(s) per article\n"
    )
    print(import_layouts.format_report(site, import_layouts.SITE_LAYOUTS))
    if errors:
        print("\n".join(site.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
