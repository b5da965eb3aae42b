"""What Mowjaz's own Pelican generators share (Pelican glue, no algorithm).

Pelican makes each generator with the build's context, settings, content path,
theme and output path.  :class:`SiteGenerator` keeps them; :class:`FileGenerator`
also writes the bytes its ``generate_context`` put in ``files`` (brand icons,
image copies, fingerprinted assets), each atomically, when Pelican asks for the
output.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..files import write_atomically


class SiteGenerator:
    """A Pelican generator of Mowjaz: the build's context, settings and folders."""

    def __init__(
        self,
        context: dict[str, Any],
        settings: Mapping[str, Any],
        path: str,
        theme: str,
        output_path: str,
        **kwargs: Any,
    ) -> None:
        del kwargs  # Pelican's readers and the like: not used here
        self.context = context
        self.settings = settings
        self.content = Path(path)
        self.theme = Path(theme)
        self.output_path = Path(output_path)

    def generate_context(self) -> None:
        """Add to the build's context (Pelican calls this); nothing by default."""


class FileGenerator(SiteGenerator):
    """A generator whose output is ready bytes: ``files`` by output-relative path."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.files: dict[str, bytes] = {}

    def generate_output(self, writer: Any) -> None:
        """Write ``files`` into the output folder (Pelican calls this)."""
        del writer  # bytes made here, not rendered templates
        for path, data in self.files.items():
            write_atomically(self.output_path / path, data)
