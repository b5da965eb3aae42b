"""Key points and quotes of many briefs: in worker processes while Pelican reads.

Pelican-free.  A cold build analyses every brief, and each brief's analysis
(:func:`mowjaz.derive.analyse.analyse_brief`) is pure and independent of the
others.  A :class:`Stream` takes the briefs one by
one, as Pelican reads them (:meth:`Stream.add`), and sends them in batches to
worker processes, so the analysis runs on another core *while* Pelican is still
reading and converting the remaining files.  :meth:`Stream.ready` gives what is
finished and :meth:`Stream.results` waits for the rest; while it waits, Pelican's
process analyses the batches no worker has started (workers take them from the
front of the queue, Pelican's process from the back).  :meth:`Stream.analysis`
gives one brief's analysis without waiting: the workers' when they have finished
it, else made in Pelican's process, for a caller that goes on meanwhile (Pelican
writing its pages while the workers analyse the briefs it will write next).
When Pelican takes every brief from its own cache (the derived cache alone is
cold), the whole analysis comes after reading, and both cores share it.

Workers get plain data (the rendered HTML of each brief and the key-point count)
and send back plain records.  Each batch goes to them twice: first for the index
terms of its briefs' text, which the related-stories step in Pelican's process
needs as soon as reading ends, then for key points and quotes, which can come
later (see :class:`Stream`).  Each worker keeps one
:class:`~mowjaz.text.memo.WordMemo` for the build, and the stems it finds serve
both the key points and the terms.

``MOWJAZ_WORKERS`` counts the processes that do the work, Pelican's own included
(0: one per CPU): on two cores, one worker analyses while Pelican reads and
writes on the other.  Under ``MIN_PARALLEL`` briefs (a rebuild after a few
edits), or with a single process, the same functions run in Pelican's process
when the results are asked for: a pool would cost more to start than it saves.
Serial and parallel runs give the same results (``tests/test_analysis.py``).  A
brief whose analysis fails is left out of the results, so that the caller,
analysing it again, meets the error where it can name the brief's file.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import chain
from typing import Generic, TypeVar

from ..related.relate import ChunkTerms
from ..text.blocks import Block, blocks_from_html
from ..text.memo import WordMemo
from .analyse import BriefAnalysis, analyse_brief, terms_of

logger = logging.getLogger(__name__)

T = TypeVar("T")

# How often (seconds) a worker checks that Pelican's process is still there.
PARENT_CHECK = 0.5
# Fewest briefs worth starting worker processes for.
MIN_PARALLEL = 50
# Briefs per task sent to a worker.  Each task costs Pelican's process thread
# hand-overs and wake-ups while it reads (about 1 ms), so tasks are not small; the
# last batch's terms are found in Pelican's process (Stream.terms_first).
BATCH = 32
# Analysis batches per worker in the pool's queue: one at work, one next.  The
# others wait in Pelican's process, so no batch's index terms queue behind more.
AHEAD = 2


# What a worker process remembers across its tasks: it lives as long as the pool,
# one build.
_worker_memo: WordMemo | None = None
_worker_terms: ChunkTerms | None = None
# The blocks of the briefs whose terms this worker found and whose analysis is
# still to come (usually to this worker too), so that their HTML is parsed once.
_worker_blocks: dict[str, list[Block]] = {}
# Most briefs whose blocks a worker keeps; past that it parses them again.
BLOCKS_KEPT = 4000


def _start_worker(parent: int) -> None:
    """Set up a worker process forked from Pelican's process ``parent``."""
    global _worker_memo, _worker_terms  # noqa: PLW0603 - one of each per worker
    # What the worker inherited from Pelican's process stays as it is: its garbage
    # collections skip those objects and so do not copy their memory pages.
    gc.freeze()
    _worker_memo = WordMemo()
    _worker_terms = ChunkTerms(_worker_memo.terms)
    _worker_blocks.clear()
    threading.Thread(
        target=_exit_with_parent,
        args=(parent,),
        name="mowjaz-parent-watch",
        daemon=True,
    ).start()


def _exit_with_parent(parent: int) -> None:
    """End this worker once Pelican's process is gone.

    A killed build (SIGKILL, out of memory) never shuts its pool down, and a
    forked worker would wait for work forever: it holds both ends of its queue.
    """
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK)
    os._exit(1)


def _analyse_in_worker(
    htmls: Sequence[str], titles: Sequence[str], count: int
) -> list[BriefAnalysis]:
    memo = _worker_memo or WordMemo()
    return [
        analyse_brief(
            html, count, memo, blocks=_worker_blocks.pop(html, None), title=title
        )
        for html, title in zip(htmls, titles, strict=True)
    ]


def _terms_in_worker(htmls: Sequence[str]) -> list[tuple[str, ...]]:
    reader = _worker_terms or ChunkTerms()
    if len(_worker_blocks) > BLOCKS_KEPT:
        _worker_blocks.clear()
    found = []
    for html in htmls:
        blocks = _worker_blocks[html] = blocks_from_html(html)
        found.append(terms_of(blocks, reader))
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

    Each batch of briefs goes to the workers twice: at once for its index terms,
    which related stories need as soon as reading ends, and later for its key
    points and quotes.  At most :data:`AHEAD` analysis batches per worker are in the
    pool's queue at a time, the others wait here: a batch's terms never queue
    behind more than that, so that when reading ends all terms but the last
    batch's are found (:meth:`terms_first`), whatever the analysis still owes.
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
        # Each brief's headline, by HTML: no key point repeats it.
        self._titles: dict[str, str] = {}
        # Briefs not yet in a batch; batches whose analysis is not sent yet.
        self._waiting: list[str] = []
        self._queued: deque[list[str]] = deque()
        # Tasks sent to the pool: index terms, analyses (and those maybe running).
        self._asked: list[_Task[tuple[str, ...]]] = []
        self._sent: list[_Task[BriefAnalysis]] = []
        self._running: deque[Future[list[BriefAnalysis]]] = deque()
        # The analysis task of each brief sent, and analyses made here on demand.
        self._task_of: dict[str, _Task[BriefAnalysis]] = {}
        self._here: dict[str, BriefAnalysis] = {}
        # Every brief's terms once terms_first has gathered them.
        self._terms: dict[str, tuple[str, ...]] | None = None
        self._pool: ProcessPoolExecutor | None = None
        # What this process remembers of the words of the briefs it works on.
        self._memo = WordMemo()

    def __len__(self) -> int:
        return len(self._seen)

    def __contains__(self, html: object) -> bool:
        return html in self._seen

    def title(self, html: str) -> str:
        """Return the headline a brief was added with ("" if none)."""
        return self._titles.get(html, "")

    @property
    def parallel(self) -> bool:
        """Whether worker processes are analysing the briefs added."""
        return self._pool is not None

    def add(self, html: str, title: str = "") -> None:
        """Take one brief's HTML (and headline); it may start being analysed at once.

        The same HTML given again is analysed once, with its first headline.
        """
        if html in self._seen:
            return
        self._seen.add(html)
        if title:
            self._titles[html] = title
        self._waiting.append(html)
        if self._pool is None and (
            self._size < 1 or len(self._seen) < self._min_parallel
        ):
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self._size,
                initializer=_start_worker,
                # Pelican's process: a worker started after it was killed ends.
                initargs=(os.getpid(),),
            )
            logger.debug("analysing briefs on %d worker processes", self._size)
        if len(self._waiting) >= self._batch:
            self._ask_terms(self._pool)
        self._feed(self._pool, self._size * AHEAD)

    def ready(self) -> dict[str, BriefAnalysis]:
        """Return the analyses the workers have finished so far, without waiting."""
        found: dict[str, BriefAnalysis] = {}
        for task in self._sent:
            if _succeeded(task.future):
                found.update(zip(task.htmls, task.future.result(), strict=True))
        return self._with_terms(found)

    def terms_first(self, order: Sequence[str] = ()) -> dict[str, tuple[str, ...]]:
        """Return the index terms of the briefs added, ahead of their analysis.

        Related stories need every brief's terms as soon as Pelican has read
        them all.  The workers found them batch by batch as the briefs came
        (see the class docstring); Pelican's process finds the last batch's, and
        those of any batch no worker has started, while the workers go on with
        the analyses, taking the briefs not sent yet in ``order`` (the order in
        which they will be asked for, :meth:`analysis`; briefs not in it last).
        Without workers, returns what is finished (nothing).
        """
        pool = self._pool
        if pool is None:
            return {}
        if self._terms is not None:
            return self._terms
        reader = ChunkTerms(self._memo.terms)

        def terms_here(html: str) -> tuple[str, ...]:
            return terms_of(blocks_from_html(html), reader)

        last = self._waiting
        self._waiting = []
        if last:
            self._queued.append(last)
        self._reorder(order)
        logger.debug(
            "reading done: index terms of %d batches still owed, %d briefs left over",
            sum(not task.future.done() for task in self._asked),
            len(last),
        )
        # Every analysis may go now: the pool takes them after the terms.
        self._feed(pool, len(self._queued) + len(self._running))
        found: dict[str, tuple[str, ...]] = {}
        _work_here(last, terms_here, found)
        found.update(self._help(self._asked, terms_here))
        self._terms = found
        return found

    def analysis(self, html: str) -> BriefAnalysis:
        """Return the analysis of one brief added, now, without waiting.

        A worker's, when it has finished the brief; else Pelican's process
        analyses it, and remembers it, so that :meth:`results` does not do it
        again.  Raises what the analysis raises.
        """
        task = self._task_of.get(html)
        if html not in self._here and task is not None and _succeeded(task.future):
            brief = task.future.result()[task.htmls.index(html)]
        else:
            brief = self._analysed_here(html)
        return self._with_terms({html: brief})[html]

    def results(self) -> dict[str, BriefAnalysis]:
        """Wait for every brief added; return its analysis (and terms) by HTML.

        Pelican's process analyses the batches no worker has started (but for
        the briefs :meth:`analysis` made here already).  A brief whose analysis
        fails is left out: the caller analyses it again and so meets the error
        where it can name the brief's file.
        """
        found: dict[str, BriefAnalysis] = {}
        try:
            if self._pool is not None:
                self.terms_first()
                found = self._help(self._sent, self._analysed_here)
            else:
                _work_here(self._waiting, self._analysed_here, found)
                self._waiting = []
        finally:
            self.close()
        return self._with_terms(found)

    def close(self) -> None:
        """Stop the worker processes (work not started is cancelled)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _analysed_here(self, html: str) -> BriefAnalysis:
        """Analyse one brief in this process, once (see :meth:`analysis`)."""
        brief = self._here.get(html)
        if brief is None:
            brief = self._here[html] = analyse_brief(
                html, self.count, self._memo, title=self.title(html)
            )
        return brief

    def _ask_terms(self, pool: ProcessPoolExecutor) -> None:
        """Send the waiting briefs for their terms; queue their analysis."""
        batch, self._waiting = self._waiting, []
        future = pool.submit(_terms_in_worker, batch)
        self._asked.append(_Task(batch, future))
        self._queued.append(batch)

    def _feed(self, pool: ProcessPoolExecutor, ahead: int) -> None:
        """Send queued analyses while fewer than ``ahead`` are unfinished."""
        running = self._running
        while running and running[0].done():
            running.popleft()
        while self._queued and len(running) < ahead:
            batch = self._queued.popleft()
            titles = [self.title(html) for html in batch]
            future = pool.submit(_analyse_in_worker, batch, titles, self.count)
            task = _Task(batch, future)
            self._sent.append(task)
            self._task_of.update(dict.fromkeys(batch, task))
            running.append(task.future)

    def _reorder(self, order: Sequence[str]) -> None:
        """Batch the analyses not sent yet anew, in ``order`` (the rest last).

        A brief may come more than once in ``order``: its first place counts.
        """
        if not order or not self._queued:
            return
        rank: dict[str, int] = {}
        for position, html in enumerate(order):
            rank.setdefault(html, position)  # a brief's first place counts
        last = len(order)
        unsent = sorted(
            chain.from_iterable(self._queued), key=lambda html: rank.get(html, last)
        )
        self._queued = deque(
            unsent[start : start + self._batch]
            for start in range(0, len(unsent), self._batch)
        )

    def _with_terms(self, found: dict[str, BriefAnalysis]) -> dict[str, BriefAnalysis]:
        """Give each analysis the brief's terms, when gathered apart from it."""
        if self._terms:
            for html, brief in found.items():
                if brief.terms is None and html in self._terms:
                    found[html] = replace(brief, terms=self._terms[html])
        return found

    def _help(
        self, tasks: Sequence[_Task[T]], work: Callable[[str], T]
    ) -> dict[str, T]:
        """Wait for ``tasks``, doing in this process those no worker has started.

        The workers take tasks from the front of the queue and this process from
        the back (``work(html)`` for each brief of a task it cancels),
        until they meet: Pelican's process analyses instead of waiting idle.
        Returns the results by HTML in the order of ``tasks``; a brief whose work
        fails is left out.
        """
        done_here: dict[str, T] = {}
        for task in reversed(tasks):
            if not task.future.cancel():
                break  # a worker has this one, and every task before it
            _work_here(task.htmls, work, done_here)
        found: dict[str, T] = {}
        for task in tasks:
            if task.future.cancelled():
                found.update(
                    (html, done_here[html]) for html in task.htmls if html in done_here
                )
            else:
                found.update(zip(task.htmls, _result(task.future, []), strict=False))
        return found


@dataclass(frozen=True, slots=True)
class _Task(Generic[T]):
    """A batch of briefs sent to the workers."""

    htmls: list[str]
    future: Future[list[T]]


def _work_here(
    htmls: Sequence[str],
    work: Callable[[str], T],
    found: dict[str, T],
) -> None:
    """Put ``work(html)`` of each brief in ``found``, in this process.

    A brief whose work fails is left out: the caller analyses it again and so
    meets the error where it can name the brief's file.
    """
    for html in htmls:
        try:
            found[html] = work(html)
        except Exception as error:  # the caller meets it again
            logger.debug("analysis failed: %r", error)


def _succeeded(future: Future[list[T]]) -> bool:
    """Whether a task has finished without error (tells without waiting)."""
    return future.done() and not future.cancelled() and future.exception() is None


def _result(future: Future[list[T]], failed: list[T]) -> list[T]:
    """Wait for a task; ``failed`` if it raised (the caller then works alone)."""
    try:
        return future.result()
    except Exception as error:  # the caller analyses these briefs itself
        logger.debug("a worker task failed: %r", error)
        return failed


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
