"""Word lists shipped as package data (``text/data/*.txt``, ``importer/data/*.txt``).

The one list reader of the package.

Each list is a UTF-8 text file, one entry per line, ``#`` starting a comment, with
a header comment saying where the list comes from.  Lists are data rather than code
so that an editor can read and extend them without touching Python.
"""

from __future__ import annotations

from importlib import resources


def read_word_list(name: str, package: str | None = None) -> list[str]:
    """Read a word list from ``data/`` of ``package`` (``mowjaz.text`` by default).

    One entry per line, ``#`` starting a comment.  Raises ``FileNotFoundError``
    naming the list when it does not exist.
    """
    package = package or __package__ or "mowjaz.text"
    resource = resources.files(package).joinpath("data", name)
    if not resource.is_file():
        folder = package.removeprefix("mowjaz.").replace(".", "/")
        raise FileNotFoundError(f"mowjaz word list {name!r} is not in {folder}/data")
    entries = []
    for line in resource.read_text("utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries
