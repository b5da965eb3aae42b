"""The output folder: its lock, the staging folder and putting a new site in place.

A build writes into a staging folder next to the output (``output.tmp-XXXX``) and
then replaces the output with two renames (the old site is renamed away, the new
one into place).  An output folder that is a mount point (a Docker volume) cannot
be renamed: the new site is synced into it instead (files copied in, each by a
rename inside the folder, then what the new site no longer has deleted).  When
the folder beside the output cannot be written (a read-only parent above a
mounted volume), the staging folder goes to the temporary folder and the lock
file into the output itself.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

logger = logging.getLogger(__name__)

TEMP_MARK = ".tmp-"
OLD_MARK = ".old-"
LOCK_SUFFIX = ".lock"
# The lock file inside the output, when the folder beside it is read-only.
INNER_LOCK = ".mowjaz-build.lock"
# Errors of a rename that cannot replace the folder (a mount point, another disk).
_CANNOT_RENAME = frozenset({errno.EBUSY, errno.EXDEV})


class BuildLockedError(RuntimeError):
    """Another build holds the lock of the output folder."""


def is_mount_point(path: Path) -> bool:
    """Tell whether ``path`` is a folder another file system is mounted on."""
    return path.is_dir() and not path.is_symlink() and os.path.ismount(path)


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def lock_path(output: Path) -> Path:
    """Return the lock file of ``output``: beside it, or inside if it cannot be."""
    if output.parent.is_dir() and not _writable(output.parent) and output.is_dir():
        return output / INNER_LOCK
    return output.parent / f".{output.name}{LOCK_SUFFIX}"


@contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """Hold the exclusive lock of ``output`` (``.<name>.lock`` beside it).

    Raises :class:`BuildLockedError` at once when another build holds it: two
    builds on one output would delete each other's staging folder.  The lock is
    released when the process ends, however it ends; the file is left in place
    (deleting a lock file another process has open would let a third one in).
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    path = lock_path(output)
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLockedError(
                f"{output}: another build is writing this output folder "
                f"(it holds {path}); run this build again when it has ended"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def clean_leftovers(output: Path) -> None:
    """Delete folders left by killed builds; restore ``output`` if it went missing.

    Call it with the output's lock held (:func:`output_lock`): then no live build
    owns a staging or old folder of ``output``.
    """
    parent = output.parent
    if not parent.is_dir():
        return
    olds = sorted(parent.glob(f"{output.name}{OLD_MARK}*"))
    if not output.exists() and olds:
        latest = max(olds, key=lambda path: path.stat().st_mtime)
        latest.rename(output)
        logger.info("Restored %s from %s (a build was interrupted)", output, latest)
    for leftover in (*parent.glob(f"{output.name}{TEMP_MARK}*"), *olds):
        if leftover.is_dir() and leftover != output:
            shutil.rmtree(leftover, ignore_errors=True)


def make_staging(output: Path) -> Path:
    """Make the folder a build writes into: beside ``output`` if it can be."""
    parent = output.parent if _writable(output.parent) else None
    return Path(tempfile.mkdtemp(prefix=output.name + TEMP_MARK, dir=parent))


def put_in_place(new_site: Path, output: Path) -> None:
    """Make ``output`` the new site: by renames, or by syncing into a mount point.

    An output whose parent folder cannot be written cannot be renamed either:
    it is synced into too.
    """
    if is_mount_point(output) or (output.is_dir() and not _writable(output.parent)):
        sync_into(new_site, output)
        return
    try:
        swap_into_place(new_site, output)
    except OSError as error:
        if error.errno not in _CANNOT_RENAME or not output.is_dir():
            raise
        sync_into(new_site, output)


def swap_into_place(new_site: Path, output: Path) -> None:
    """Replace ``output`` by ``new_site`` with two renames, then delete the old site."""
    old = None
    if output.exists():
        old = Path(tempfile.mkdtemp(prefix=output.name + OLD_MARK, dir=output.parent))
        old.rmdir()
        output.rename(old)
    new_site.rename(output)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def sync_into(new_site: Path, output: Path) -> None:
    """Make the folder ``output`` hold what ``new_site`` holds, writing into it.

    Every file is copied beside its place and renamed over it (a reader sees the
    old file or the new one); then what the new site does not have is deleted.
    The folder itself (a mount point) stays.
    """
    kept: set[Path] = {Path(INNER_LOCK)}
    for folder, folders, files in os.walk(new_site):
        relative = Path(folder).relative_to(new_site)
        for name in folders:
            kept.add(relative / name)
            _make_folder(output / relative / name)
        for name in files:
            kept.add(relative / name)
            _copy_over(Path(folder) / name, output / relative / name)
    for folder, folders, files in os.walk(output, topdown=False):
        relative = Path(folder).relative_to(output)
        for name in (*files, *folders):
            if relative / name not in kept:
                _remove(Path(folder) / name)
    logger.info("Synced %s into %s (a mount point)", new_site, output)


def _make_folder(path: Path) -> None:
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        path.unlink()
    path.mkdir(exist_ok=True)


def _copy_over(source: Path, destination: Path) -> None:
    if destination.is_dir() and not destination.is_symlink():
        shutil.rmtree(destination)
    temporary = destination.with_name(f".{destination.name}.mowjaz-sync")
    shutil.copy2(source, temporary, follow_symlinks=False)
    os.replace(temporary, destination)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
