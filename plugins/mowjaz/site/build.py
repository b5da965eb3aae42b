"""Build the site safely: ``python -m mowjaz.site.build [--settings F] ...``.

Pelican writes into a fresh folder next to the output (``output.tmp-XXXX``), the
search indexer runs over it, and only then does it replace ``output/``: the old
folder is renamed away (``output.old-XXXX``), the new one renamed into place and the
old one deleted.  An output folder that is a mount point (a Docker volume) is
synced into instead (:mod:`mowjaz.site.outputdir`).  A build that raises, or is
killed, never touches ``output/``; the next build deletes the leftover folders (and
puts an old site back if a build was killed between the two renames).  A build
holds an exclusive lock on the output folder (``.output.lock`` beside it) from
start to end: a second build on the same output refuses at once with exit status
2 and touches nothing, so it never deletes the staging folder of the live one.
An output that cannot be written (a read-only file system, no permission) is one
error line and exit status 2.

Every warning and error is printed on one line that names the file and the reason.
Exit status:

* 0: the site was built and swapped in, with no error (and no warning when
  ``MOWJAZ_FAIL_ON_WARNINGS`` is true);
* 1: the site was built and swapped in, but some brief was left out (an error) or,
  with ``MOWJAZ_FAIL_ON_WARNINGS``, something was warned about: an unattended
  ``make publish && upload`` stops here;
* 2: the build failed (bad settings, a crash, the search indexer failed, another
  build is writing the same output, the output cannot be written): ``output/``
  still holds the previous site.

How many drafts were left out is printed as a ``NOTE`` line (not counted).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from pelican import Pelican
from pelican.settings import read_settings

from ..config import Config
from .outputdir import (
    BuildLockedError,
    clean_leftovers,
    make_staging,
    output_lock,
    put_in_place,
)
from .search import build_index

__all__ = ["ProblemLog", "build", "clean_leftovers", "main"]

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_CONTENT = 1
EXIT_FAILED = 2
# Pelican's message when a source file cannot be read (it skips the file).
_COULD_NOT_PROCESS = "Could not process %s"
# Loggers whose information messages are printed too ("NOTE: ..."), uncounted.
NOTICE_LOGGERS = ("mowjaz.site.drafts",)


class ProblemLog(logging.Handler):
    """Count warnings and errors and print each on one line naming its file.

    Pelican logs unreadable files as ``"Could not process %s"`` without the reason
    (unless DEBUG); the handler runs inside Pelican's ``except`` block, so the
    exception being handled is still there to name the reason.  Information from
    :data:`NOTICE_LOGGERS` (how many drafts were left out) is printed as ``NOTE``
    and not counted.
    """

    def __init__(self, stream: TextIO, content_path: str = "") -> None:
        super().__init__(level=logging.INFO)
        self.stream = stream
        self.content_path = content_path
        self.warnings = 0
        self.errors = 0

    def emit(self, record: logging.LogRecord) -> None:
        """Print ``record`` on one line and count it."""
        if record.levelno < logging.WARNING and record.name not in NOTICE_LOGGERS:
            return
        if record.levelno >= logging.ERROR:
            self.errors += 1
        elif record.levelno >= logging.WARNING:
            self.warnings += 1
        try:
            line = self.describe(record)
        except (TypeError, ValueError) as error:  # a malformed log call elsewhere
            line = f"{record.msg!r} (unprintable: {error})"
        level = record.levelname if record.levelno >= logging.WARNING else "NOTE"
        self.stream.write(f"{level}: {line}\n")
        self.stream.flush()

    def describe(self, record: logging.LogRecord) -> str:
        """Return the message on one line, with the reason for unreadable files."""
        if record.msg == _COULD_NOT_PROCESS and record.args:
            source = os.path.join(self.content_path, str(record.args[0]))  # type: ignore[index]
            error = record.exc_info[1] if record.exc_info else sys.exc_info()[1]
            reason = one_line(f"{error}") if error else "unreadable"
            kind = type(error).__name__ if error else "Error"
            return f"{source}: could not process: {kind}: {reason}"
        return one_line(record.getMessage())


def one_line(text: str) -> str:
    """Join the lines of a message with '; ' so that it fits one log line."""
    return "; ".join(part.strip() for part in text.splitlines() if part.strip())


def parse_override(item: str) -> tuple[str, Any]:
    """Parse ``KEY=VALUE`` (VALUE as JSON, else as a plain string), like pelican -e."""
    key, sep, value = item.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {item!r}")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


@contextmanager
def _notices_shown() -> Iterator[None]:
    """Let the loggers of :data:`NOTICE_LOGGERS` log information for the build."""
    notices = [logging.getLogger(name) for name in NOTICE_LOGGERS]
    levels = [notice.level for notice in notices]
    for notice in notices:
        notice.setLevel(logging.INFO)
    try:
        yield
    finally:
        for notice, level in zip(notices, levels, strict=True):
            notice.setLevel(level)


def build(
    settings_file: Path,
    output: Path,
    overrides: dict[str, Any] | None = None,
    problems: ProblemLog | None = None,
) -> int:
    """Build the site into ``output`` and return the exit status (see module doc).

    One build at a time per output folder: a second one refuses at once (exit 2).
    """
    output = output.absolute()
    problems = problems or ProblemLog(sys.stderr)
    root = logging.getLogger()
    root.addHandler(problems)
    try:
        with output_lock(output), _notices_shown():
            return _build_locked(settings_file, output, overrides or {}, problems)
    except BuildLockedError as error:
        logger.critical("%s", error)
        return EXIT_FAILED
    except OSError as error:  # a read-only or full file system, no permission
        logger.critical(
            "%s: cannot write the site there: %s%s",
            output,
            error.strerror or error,
            f" ({error.filename})" if error.filename else "",
        )
        return EXIT_FAILED
    finally:
        root.removeHandler(problems)


def _build_locked(
    settings_file: Path,
    output: Path,
    overrides: dict[str, Any],
    problems: ProblemLog,
) -> int:
    """Build with the output folder's lock held: no other build is live on it."""
    clean_leftovers(output)
    staging = make_staging(output)
    try:
        settings = read_settings(
            str(settings_file), override={**overrides, "OUTPUT_PATH": str(staging)}
        )
        problems.content_path = str(settings["PATH"])
        config = Config.from_settings(settings)
        if config.preview_drafts:
            logger.warning(
                "%s: MOWJAZ_PREVIEW_DRAFTS is on: drafts are written to drafts/ "
                "and searchable; never publish this output",
                output,
            )
        Pelican(settings).run()
        if config.search:
            build_index(staging)
    except Exception as error:  # any failure keeps the previous site
        logger.critical(
            "build failed, %s keeps the previous site: %s: %s",
            output,
            type(error).__name__,
            error,
        )
        return EXIT_FAILED
    else:
        put_in_place(staging, output)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    if problems.errors or (config.fail_on_warnings and problems.warnings):
        return EXIT_CONTENT
    return EXIT_OK


def _below_warning(record: logging.LogRecord) -> bool:
    return record.levelno < logging.WARNING


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m mowjaz.site.build",
        description="Build the site into a temporary folder and swap it into place.",
    )
    parser.add_argument("--settings", "-s", type=Path, default=Path("pelicanconf.py"))
    parser.add_argument("--output", "-o", type=Path, default=Path("output"))
    parser.add_argument(
        "--content", type=Path, help="content folder (default: the settings' PATH)"
    )
    parser.add_argument(
        "-e",
        "--extra-settings",
        dest="overrides",
        metavar="KEY=VALUE",
        type=parse_override,
        action="append",
        default=[],
        help="override a setting (VALUE as JSON, else a string)",
    )
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    if args.verbose:
        # Progress messages only: warnings and errors are printed by ProblemLog.
        progress = logging.StreamHandler(sys.stderr)
        progress.addFilter(_below_warning)
        logging.getLogger().addHandler(progress)
        logging.getLogger().setLevel(logging.INFO)
    overrides = dict(args.overrides)
    if args.content is not None:
        overrides["PATH"] = str(args.content.absolute())
    return build(args.settings, args.output, overrides)


if __name__ == "__main__":
    raise SystemExit(main())
