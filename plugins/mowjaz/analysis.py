"""Key points and quotes of many briefs: in worker processes while Pelican reads.

Pelican-free.  A cold build analyses every brief, and each brief's analysis
(:func:`mowjaz.keypoints.extract_key_points`, :func:`mowjaz.quotes.extract_quotes`)
is pure and independent of the others.  A :class:`Stream` takes the briefs one by
one, as Pelican reads them (:meth:`Stream.add`), and sends them in small batches to
worker processes, so the analysis runs on another core *while* Pelican is still
reading and converting the remaining files.

Each batch is two tasks: the index terms of its briefs (quick), sent at once, and
their key points and quotes, held until a worker is nearly free.  Related
stories need every brief's terms, so they can start as soon as Pelican has read
the last brief (:meth:`Stream.terms_first`); meanwhile the workers go on with
the analyses, in the order Pelican will write the pages (:meth:`Stream.prefer`).
:meth:`Stream.done` gives one brief's analysis when a worker has it,
:meth:`Stream.results` waits for all, and :meth:`Stream.lend` lends a worker to
the related-stories step.

Workers get plain data (the rendered HTML of each brief and the key-point count)
and send back plain records.  Each worker keeps one
:class:`~mowjaz.text.memo.WordMemo` for the build.  A task that fails leaves its
briefs to the caller, which analyses them itself and so meets the error where
it can name the file.

``MOWJAZ_WORKERS`` counts the processes that do the work, Pelican's own included
(0: one per CPU): on two cores, one worker analyses while Pelican reads and
writes on the other.  Under ``MIN_PARALLEL`` briefs (a rebuild after a few
edits), or with a single process, the same functions run in Pelican's process
when the results are asked for: a pool would cost more to start than it saves.
Serial and parallel runs give the same results (``tests/test_analysis.py``).
"""

from __future__ import annotations

import logging
import os
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, TypeVar

from .keypoints import extract_key_points
from .quotes import Quote, extract_quotes
from .related import ChunkTerms
from .text.blocks import Block, blocks_from_html
from .text.memo import WordMemo

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Fewest briefs worth starting worker processes for.
MIN_PARALLEL = 50
# Briefs per task sent to a worker while Pelican reads: each task costs Pelican's
# process a hand-over (its executor threads wake, pickle and unpickle), so not
# too few.  Analyses still held when Pelican has read every brief go in the order
# Pelican writes the pages, in batches of ``WRITE_ORDER_BATCH``: small, so that
# the first pages do not wait.
BATCH = 16
WRITE_ORDER_BATCH = 8


@dataclass(frozen=True, slots=True)
class BriefAnalysis:
    """What Mowjaz derives from one brief's HTML.

    Key points, every quotation and, when asked for, the index terms of its plain
    text (:func:`plain_text`, :class:`~mowjaz.related.ChunkTerms`).
    """

    key_points: list[str]
    quotes: list[Quote]
    terms: tuple[str, ...] | None = None


def plain_text(blocks: Sequence[Block]) -> str:
    """Return a brief's plain text: one block a line."""
    return "\n".join(block.text for block in blocks)


def brief_terms(blocks: Sequence[Block], reader: ChunkTerms) -> tuple[str, ...]:
    """Return the index terms of a brief's plain text, for related stories."""
    return tuple(reader.terms(plain_text(blocks)))


def analyse_brief(
    html: str,
    count: int,
    memo: WordMemo | None = None,
    terms: ChunkTerms | None = None,
) -> BriefAnalysis:
    """Return the key points (``count``) and quotations of one brief's HTML.

    With ``terms``, the index terms of its text are found too.
    """
    return analyse_blocks(blocks_from_html(html), count, memo or WordMemo(), terms)


def analyse_blocks(
    blocks: Sequence[Block],
    count: int,
    memo: WordMemo,
    terms: ChunkTerms | None = None,
) -> BriefAnalysis:
    """Analyse a brief already split into blocks (see :func:`analyse_brief`)."""
    return BriefAnalysis(
        key_points=extract_key_points(blocks, count=count, memo=memo),
        quotes=extract_quotes(blocks, memo=memo),
        terms=None if terms is None else brief_terms(blocks, terms),
    )


def analyse_chunk(
    htmls: Sequence[str],
    count: int,
    memo: WordMemo | None = None,
    terms: ChunkTerms | None = None,
) -> list[BriefAnalysis]:
    """Analyse ``htmls`` in order, sharing one memo (a new one when none is given)."""
    memo = memo or WordMemo()
    return [analyse_brief(html, count, memo, terms) for html in htmls]


# What a worker process remembers across its tasks: it lives as long as the pool,
# one build.
_worker_memo: WordMemo | None = None
_worker_terms: ChunkTerms | None = None
# The blocks of the briefs whose terms this worker found, until it analyses them
# (another worker may: they go with the pool).
_worker_blocks: dict[str, list[Block]] = {}


def _start_worker() -> None:
    global _worker_memo, _worker_terms  # noqa: PLW0603 - one of each per worker
    _worker_memo = WordMemo()
    _worker_terms = ChunkTerms()
    _worker_blocks.clear()


def _analyse_in_worker(htmls: Sequence[str], count: int) -> list[BriefAnalysis]:
    memo = _worker_memo or WordMemo()
    return [
        analyse_blocks(
            _worker_blocks.pop(html, None) or blocks_from_html(html), count, memo
        )
        for html in htmls
    ]


def _terms_in_worker(htmls: Sequence[str]) -> list[tuple[str, ...]]:
    reader = _worker_terms or ChunkTerms()
    found = []
    for html in htmls:
        blocks = _worker_blocks[html] = blocks_from_html(html)
        found.append(brief_terms(blocks, reader))
    return found


def pool_size(workers: int) -> int:
    """Return the number of processes for ``workers`` (0: one per CPU)."""
    return workers if workers > 0 else max(1, os.cpu_count() or 1)


def worker_processes(workers: int) -> int:
    """Return how many worker processes help Pelican's own (0: it works alone)."""
    return pool_size(workers) - 1


class Stream:
    """Briefs handed in one at a time and analysed in worker processes meanwhile.

    The pool starts once ``min_parallel`` distinct briefs have come in (never when
    ``workers`` allows no process beside Pelican's); until then, and without a
    pool, briefs wait and are analysed in this process by :meth:`results`.  The
    same HTML given twice is analysed once.

    Each batch of ``batch`` briefs is two tasks: its index terms (quick), sent at
    once, and its key points and quotes, held here until a worker is nearly free.
    The workers thus find every brief's terms first, as soon as Pelican has read
    it: related stories, which need them all, can start as soon as Pelican has
    read the last brief, while the analyses go on.
    """

    def __init__(
        self,
        *,
        count: int,
        workers: int = 0,
        min_parallel: int = MIN_PARALLEL,
        batch: int = BATCH,
    ) -> None:
        self.count = count
        self._size = worker_processes(workers)
        self._min_parallel = max(1, min_parallel)
        self._batch = max(1, batch)
        self._seen: set[str] = set()
        self._waiting: list[str] = []
        self._pool: ProcessPoolExecutor | None = None
        self._terms: list[tuple[list[str], Future[list[tuple[str, ...]]]]] = []
        # Analyses: sent to the workers, and held until a worker is nearly free.
        self._sent: list[tuple[list[str], Future[list[BriefAnalysis]]]] = []
        self._held: deque[list[str]] = deque()
        self._running = 0
        # Analyses finish (and more are sent) on the pool's own thread.
        self._lock = threading.RLock()
        # Where each brief sent is analysed: its task and its place in the task.
        self._where: dict[str, tuple[Future[list[BriefAnalysis]], int]] = {}

    def __len__(self) -> int:
        return len(self._seen)

    def add(self, html: str) -> None:
        """Take one brief's HTML; it may start being analysed at once."""
        if html in self._seen:
            return
        self._seen.add(html)
        self._waiting.append(html)
        if self._pool is None and (
            self._size < 1 or len(self._seen) < self._min_parallel
        ):
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self._size, initializer=_start_worker
            )
            logger.debug("analysing briefs on %d worker processes", self._size)
        if len(self._waiting) >= self._batch:
            self._send()

    def done(self, html: str) -> BriefAnalysis | None:
        """Return the analysis of ``html`` if a worker has finished or started it.

        Waits for a task under way (a few briefs); returns None when the brief's
        task has not started or failed: the caller then analyses it itself.
        """
        where = self._where.get(html)
        if where is None:
            return None
        future, index = where
        if not (future.done() or future.running()):
            return None
        found = _result(future, [])
        return found[index] if found else None

    def ready(self) -> dict[str, BriefAnalysis]:
        """Return the analyses the workers have finished so far, without waiting."""
        found: dict[str, BriefAnalysis] = {}
        for htmls, future in list(self._sent):
            if future.done() and not future.cancelled() and not future.exception():
                found.update(zip(htmls, future.result(), strict=True))
        return found

    def ask_terms(self) -> None:
        """Send the briefs waiting for a full batch: Pelican has read them all."""
        self._send()

    def terms_first(self) -> dict[str, tuple[str, ...]]:
        """Return the index terms of every brief added; waits for the terms only.

        Without workers, returns nothing: the caller finds the terms itself.
        """
        self._send()
        found: dict[str, tuple[str, ...]] = {}
        for htmls, future in self._terms:
            found.update(zip(htmls, _result(future, []), strict=False))
        return found

    def lend(self, function: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``function(*args)`` on a worker next; start one if none is running.

        It goes ahead of the analyses not yet sent (none of which is lost).  With
        no worker allowed, it runs here, at once.
        """
        if self._pool is None and self._size >= 1:
            self._pool = ProcessPoolExecutor(
                max_workers=self._size, initializer=_start_worker
            )
        if self._pool is None:
            future: Future[T] = Future()
            future.set_result(function(*args))
            return future
        return self._pool.submit(function, *args)

    def prefer(self, order: Sequence[str]) -> None:
        """Analyse the briefs not yet sent to a worker in this order (others last)."""
        rank = {html: place for place, html in enumerate(order)}
        with self._lock:
            held = sorted(
                (html for batch in self._held for html in batch),
                key=lambda html: rank.get(html, len(rank)),
            )
            self._held = deque(_batches(held, WRITE_ORDER_BATCH))

    def results(self) -> dict[str, BriefAnalysis]:
        """Wait for every brief added; return its analysis (with its terms) by HTML.

        A brief whose analysis failed in a worker is left out: the caller
        analyses it itself, and so meets the error where it can name the brief.
        """
        found: dict[str, BriefAnalysis] = {}
        try:
            if self._pool is None:
                analysed = analyse_chunk(self._waiting, self.count)
                found.update(zip(self._waiting, analysed, strict=True))
                self._waiting = []
            else:
                self._send()
                with self._lock:
                    while self._held:
                        self._start(self._pool, self._held.popleft())
                terms = self.terms_first()
                for htmls, future in list(self._sent):
                    for html, brief in zip(htmls, _result(future, []), strict=False):
                        found[html] = replace(brief, terms=terms.get(html))
        finally:
            self.close(wait=False)
        return found

    def close(self, *, wait: bool = True) -> None:
        """Stop the worker processes (work not started is cancelled).

        With ``wait`` false, the workers, done with their work, end in the
        background.
        """
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None

    def _send(self) -> None:
        """Send the waiting briefs' terms to the workers; hold their analyses."""
        pool = self._pool
        if pool is None or not self._waiting:
            return
        for batch in _batches(self._waiting, self._batch):
            self._terms.append((batch, pool.submit(_terms_in_worker, batch)))
            with self._lock:
                self._held.append(batch)
        self._waiting = []
        with self._lock:
            self._feed(pool)

    def _feed(self, pool: ProcessPoolExecutor) -> None:
        """Keep each worker one analysis ahead (called with the lock held)."""
        while self._held and self._running <= self._size:
            self._start(pool, self._held.popleft())

    def _start(self, pool: ProcessPoolExecutor, batch: list[str]) -> None:
        self._running += 1
        future = pool.submit(_analyse_in_worker, batch, self.count)
        self._sent.append((batch, future))
        for index, html in enumerate(batch):
            self._where[html] = (future, index)
        future.add_done_callback(partial(self._finished, pool))

    def _finished(self, pool: ProcessPoolExecutor, _future: Future[Any]) -> None:
        with self._lock:
            self._running -= 1
            if self._pool is pool:
                self._feed(pool)


def _result(future: Future[list[T]], failed: list[T]) -> list[T]:
    """Wait for a task; ``failed`` if it raised (the caller then works alone)."""
    try:
        return future.result()
    except Exception as error:  # the caller analyses these briefs itself
        logger.debug("a worker task failed: %r", error)
        return failed


def _batches(htmls: Sequence[str], size: int) -> list[list[str]]:
    return [list(htmls[first : first + size]) for first in range(0, len(htmls), size)]


def analyse_all(
    htmls: Sequence[str],
    *,
    count: int,
    workers: int = 0,
    min_parallel: int = MIN_PARALLEL,
) -> list[BriefAnalysis]:
    """Analyse ``htmls`` (on ``workers`` processes); return the results in order."""
    stream = Stream(count=count, workers=workers, min_parallel=min_parallel)
    for html in htmls:
        stream.add(html)
    found = stream.results()
    return [found[html] for html in htmls]
