"""Writing files safely: the one atomic writer of the package."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(
    path: Path,
    data: bytes,
    *,
    replace: bool = True,
    mode: int = 0o644,
    durable: bool = False,
) -> None:
    """Write ``data`` to ``path`` through a temporary file moved into place.

    A reader sees the old file or the new one, never half of one; an interrupted
    write leaves no temporary file behind.  With ``replace=False`` an existing
    ``path`` is never replaced (FileExistsError), even by a writer racing this
    one: the file is hard-linked into place.  The file gets ``mode`` (readable by
    a web server by default: the temporary file alone would be private to its
    owner); ``durable`` flushes it to the disk before it is moved into place.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=".mowjaz-", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), mode)
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        if replace:
            os.replace(temporary, path)
        else:
            _link_without_replacing(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _link_without_replacing(temporary: str, path: Path) -> None:
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:
        # No hard links on this file system: rename, after checking once more.
        if path.exists():
            raise FileExistsError(str(path)) from None
        os.replace(temporary, path)
