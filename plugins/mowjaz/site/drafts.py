"""Pelican glue that keeps drafts (``Status: draft``) off a published site.

Pelican writes drafts to ``drafts/`` by default, where the search indexer, a
crawler following the sitemap or anyone guessing the address finds them: an
embargoed brief would be public.  Unless ``MOWJAZ_PREVIEW_DRAFTS`` is true (the
setting ``make devserver`` turns on), drafts are taken out of the site before
anything is built from them: no page, no search entry, no feed, sitemap or JSON
entry, no related-story link.  How many were left out is logged once per kind.
"""

from __future__ import annotations

import logging
from typing import Any

from ..config import Config

logger = logging.getLogger(__name__)

ARTICLE_DRAFTS = ("drafts", "drafts_translations")
PAGE_DRAFTS = ("draft_pages", "draft_translations")


def leave_out_article_drafts(generator: Any) -> None:
    """Drop draft briefs (``article_generator_pretaxonomy``), unless previewing."""
    _leave_out(generator, ARTICLE_DRAFTS, "brief")


def leave_out_page_drafts(generator: Any) -> None:
    """Drop draft pages (``page_generator_finalized``), unless previewing."""
    _leave_out(generator, PAGE_DRAFTS, "page")


def _leave_out(generator: Any, list_names: tuple[str, ...], kind: str) -> None:
    if Config.from_settings(generator.settings).preview_drafts:
        return
    sources: list[str] = []
    generated = generator.context.get("generated_content", {})
    for name in list_names:
        items = getattr(generator, name, None)
        if not isinstance(items, list):
            continue
        for item in items:
            sources.append(str(item.source_path))
            generated[item.get_relative_source_path()] = None
        items.clear()
    if sources:
        logger.info(
            "%d draft %s(s) left out of the site (MOWJAZ_PREVIEW_DRAFTS is off): %s",
            len(sources),
            kind,
            ", ".join(sorted(sources)),
        )
