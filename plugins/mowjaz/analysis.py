"""Key points and quotes of many briefs at once: in this process or on all cores.

Pelican-free.  A cold build analyses every brief, and each brief's analysis
(:func:`mowjaz.keypoints.extract_key_points`, :func:`mowjaz.quotes.extract_quotes`)
is pure and independent of the others, so :func:`start` spreads the briefs over a
pool of worker processes (``MOWJAZ_WORKERS``; 0 = one per CPU) while the caller
goes on with other work (the related stories), and :meth:`Pending.results` collects
them in the order given.  Workers get plain data (the rendered HTML of each brief
and the key-point count) and send back plain records; each chunk of briefs shares
one :class:`~mowjaz.text.memo.WordMemo`.  Under ``MIN_PARALLEL`` briefs (a rebuild
after a few edits) or with one worker, the same function runs in this process: a
pool would cost more to start than it saves.  Serial and parallel runs give the
same results (``tests/test_analysis.py``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass

from .keypoints import extract_key_points
from .quotes import Quote, extract_quotes
from .text.blocks import blocks_from_html
from .text.memo import WordMemo

logger = logging.getLogger(__name__)

# Fewest briefs worth starting worker processes for.
MIN_PARALLEL = 50
# Chunks per worker: small enough to balance the load, big enough for the memo.
CHUNKS_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class BriefAnalysis:
    """What Mowjaz derives from one brief's HTML: key points and every quotation."""

    key_points: list[str]
    quotes: list[Quote]


def analyse_brief(html: str, count: int, memo: WordMemo | None = None) -> BriefAnalysis:
    """Return the key points (``count``) and quotations of one brief's HTML."""
    memo = memo or WordMemo()
    blocks = blocks_from_html(html)
    return BriefAnalysis(
        key_points=extract_key_points(blocks, count=count, memo=memo),
        quotes=extract_quotes(blocks, memo=memo),
    )


def analyse_chunk(htmls: Sequence[str], count: int) -> list[BriefAnalysis]:
    """Analyse ``htmls`` in order with one shared memo (a worker's unit of work)."""
    memo = WordMemo()
    return [analyse_brief(html, count, memo) for html in htmls]


def pool_size(workers: int) -> int:
    """Return the number of processes for ``workers`` (0: one per CPU)."""
    return workers if workers > 0 else max(1, os.cpu_count() or 1)


class Pending:
    """Analyses under way: in worker processes, or done already in this one."""

    def __init__(
        self,
        htmls: Sequence[str],
        done: list[BriefAnalysis] | None = None,
        futures: Sequence[Future[list[BriefAnalysis]]] = (),
        pool: Executor | None = None,
    ) -> None:
        self.htmls = list(htmls)
        self._done = done
        self._futures = list(futures)
        self._pool = pool

    def results(self) -> list[BriefAnalysis]:
        """Wait for the analyses; return them in the order of ``htmls``."""
        if self._done is None:
            try:
                self._done = [item for chunk in self._waited() for item in chunk]
            finally:
                self.close()
        return self._done

    def close(self) -> None:
        """Stop the worker processes (pending work is cancelled)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _waited(self) -> Iterator[list[BriefAnalysis]]:
        for future in self._futures:
            yield future.result()


def start(
    htmls: Sequence[str],
    *,
    count: int,
    workers: int = 0,
    min_parallel: int = MIN_PARALLEL,
) -> Pending:
    """Start analysing ``htmls``; call :meth:`Pending.results` to collect them.

    Runs at once in this process for fewer than ``min_parallel`` briefs or a
    single worker; otherwise on ``pool_size(workers)`` processes.
    """
    size = pool_size(workers)
    if size <= 1 or len(htmls) < max(1, min_parallel):
        return Pending(htmls, done=analyse_chunk(htmls, count))
    chunk = -(-len(htmls) // (size * CHUNKS_PER_WORKER))
    pool = ProcessPoolExecutor(max_workers=size)
    futures = [
        pool.submit(analyse_chunk, htmls[first : first + chunk], count)
        for first in range(0, len(htmls), chunk)
    ]
    logger.debug("analysing %d briefs on %d processes", len(htmls), size)
    return Pending(htmls, futures=futures, pool=pool)
