"""Pelican glue: Markdown briefs read with one Markdown instance, not one per file.

Pelican's ``MarkdownReader`` builds a new ``markdown.Markdown`` for every file, and
so loads and configures every extension again: about a quarter of a millisecond a
brief, half a second of a 2,000-brief build.  Python-Markdown's documentation says
to keep one instance and call ``reset()`` between documents instead.
:class:`ReusingMarkdownReader` does that and returns what Pelican's reader returns:
the same HTML and the same metadata (``tests/test_reader.py`` builds a site both
ways and compares every file).

``MOWJAZ_REUSE_MARKDOWN = False`` keeps Pelican's reader (for a Markdown extension
that keeps per-document state ``reset()`` does not clear).
"""

from __future__ import annotations

from typing import Any

from markdown import Markdown
from markdown.preprocessors import Preprocessor
from pelican.readers import MarkdownReader
from pelican.utils import pelican_open

from ..config import Config


class ReusingMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, with one ``Markdown`` per reader for every file.

    Two instances, made on first use: one converts documents (its ``meta``
    extension reads the header), the other the formatted metadata fields such as
    ``Summary``, without reading metadata in them, as Pelican's reader does (it
    removes the ``meta`` preprocessor from its instance for them).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._document_md: Markdown | None = None
        self._fields_md: Markdown | None = None

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        """Return the HTML and the metadata of one Markdown file."""
        self._source_path = source_path
        document = self._document_md
        if document is None:
            document = self._document_md = Markdown(**self.settings["MARKDOWN"])
        document.reset()
        try:
            with pelican_open(source_path) as text:
                content = document.convert(text)
        except BaseException:
            # Whatever state the failed conversion left, the next file starts anew.
            self._document_md = None
            raise
        if not hasattr(document, "Meta"):
            return content, {}
        self._md = self._fields()
        return content, self._parse_metadata(document.Meta)

    def _fields(self) -> Markdown:
        """Return the instance for formatted metadata fields, ready for Pelican.

        Pelican's ``_parse_metadata`` deregisters the ``meta`` preprocessor from
        ``self._md`` each time it runs, and fails if there is none: from the
        second file on, a placeholder that changes nothing stands in for it.
        """
        fields = self._fields_md
        if fields is None:
            fields = self._fields_md = Markdown(**self.settings["MARKDOWN"])
        if "meta" not in fields.preprocessors:
            fields.preprocessors.register(_Unchanged(fields), "meta", 0)
        return fields


class _Unchanged(Preprocessor):
    """A preprocessor that returns the lines as they are."""

    def run(self, lines: list[str]) -> list[str]:
        """Return ``lines`` unchanged."""
        return lines


def reuse_markdown(readers: Any) -> None:
    """``readers_init`` receiver: read Markdown with :class:`ReusingMarkdownReader`.

    Only where Pelican's own ``MarkdownReader`` would read (a reader set in
    ``READERS`` or by another plugin is kept), unless ``MOWJAZ_REUSE_MARKDOWN`` is
    false.
    """
    if not Config.from_settings(readers.settings).reuse_markdown:
        return
    for extension, reader_class in list(readers.reader_classes.items()):
        if reader_class is MarkdownReader:
            readers.reader_classes[extension] = ReusingMarkdownReader
