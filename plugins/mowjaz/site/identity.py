"""Stable identity of a brief: its permanent id, and redirects from its old slugs.

A brief's permanent id is its ``Uid:`` (the importer writes it once, beside the
``Slug:``).  Feed entry ids (Atom ``<id>``, RSS ``<guid>``) and the JSON-LD ``@id``
are made from it, so neither changes when the headline, the slug or the date is
edited.  A hand-written brief without ``Uid`` gets one warning naming its file and a
fallback id made from its ``Slug`` (else its source path), never from its title.

Its URL is stable as long as it has a ``Slug:``; a brief that changes slug can list
the old ones in ``OldSlugs:`` (comma-separated): each gets a small page that sends
readers and crawlers on (meta refresh plus canonical link, ``noindex``).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape
from pathlib import PurePosixPath
from typing import Any

from pelican.contents import Article

from ..files import write_atomically
from .generator import SiteGenerator
from .xmltext import absolute_url, iri_to_uri, tag_uri

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Redirect:
    """One redirect page: where it is written, and the absolute URL it points to."""

    save_as: str
    target: str


def permanent_id(uid: str, fallback: str, *, base: str, day: str) -> str:
    """Return the entry id: ``urn:uuid:`` for a UUID, else a ``tag:`` URI.

    ``uid`` is the brief's ``Uid`` ("" when it has none); ``fallback`` is its
    ``Slug`` or source path, used only without a Uid.  ``day`` (``YYYY-MM-DD``) is
    the publication day; ``base`` the site's absolute address.
    """
    uid = uid.strip()
    if uid:
        try:
            return uuid.UUID(uid).urn
        except ValueError:
            return tag_uri(absolute_url(base, "uid/" + uid), day)
    return tag_uri(absolute_url(base, "brief/" + fallback.strip("/")), day)


def fallback_key(slug: str, source: str) -> str:
    """Return what a brief without Uid is known by: its written Slug, else its path.

    ``source`` is the path relative to the content folder; its extension is dropped.
    """
    if slug:
        return slug
    return str(PurePosixPath(source.replace("\\", "/")).with_suffix(""))


def old_slugs(value: Any) -> list[str]:
    """Split an ``OldSlugs`` value (comma-separated text or a list) into slugs."""
    items = value if isinstance(value, list | tuple) else str(value or "").split(",")
    return [slug for slug in (str(item).strip() for item in items) if slug]


def redirect_html(target: str, *, lang: str, title: str) -> bytes:
    """Return a small HTML page that sends the reader on to ``target``."""
    url = escape(target, quote=True)
    text = escape(title)
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang, quote=True)}" dir="auto">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{text}</title>\n"
        f'<link rel="canonical" href="{url}">\n'
        '<meta name="robots" content="noindex">\n'
        f'<meta http-equiv="refresh" content="0; url={url}">\n'
        "</head>\n"
        f'<body>\n<p><a href="{url}">{text}</a></p>\n</body>\n</html>\n'
    ).encode()


def redirects(article: Any, base: str, save_as_format: str) -> list[Redirect]:
    """Return the redirect pages of one article, from its ``OldSlugs`` metadata."""
    metadata = getattr(article, "metadata", {}) or {}
    slugs = [
        slug for slug in old_slugs(metadata.get("oldslugs")) if slug != article.slug
    ]
    if not slugs:
        return []
    target = absolute_url(base, article.url)
    fields = dict(article.url_format)
    return [
        Redirect(
            save_as=save_as_format.format(**{**fields, "slug": slug}), target=target
        )
        for slug in slugs
    ]


def site_base(settings: Mapping[str, Any]) -> str:
    """Return the site's absolute address: ``FEED_DOMAIN``, else ``SITEURL``."""
    return str(settings.get("FEED_DOMAIN") or settings.get("SITEURL") or "")


def article_id(article: Any, settings: Mapping[str, Any]) -> str:
    """Return the permanent id of a Pelican article (see :func:`permanent_id`)."""
    metadata = getattr(article, "metadata", {}) or {}
    written_slug = str(metadata.get("slug") or "")
    source = str(getattr(article, "relative_source_path", "") or article.slug)
    return permanent_id(
        str(metadata.get("uid") or ""),
        fallback_key(written_slug, source),
        base=site_base(settings),
        day=article.date.strftime("%Y-%m-%d"),
    )


def attach_permanent_id(instance: Any) -> None:
    """``content_object_init`` receiver: set ``permanent_id``; warn without Uid."""
    if not isinstance(instance, Article) or getattr(instance, "date", None) is None:
        return  # an Article made outside a build (Pelican always dates briefs)
    metadata = getattr(instance, "metadata", {}) or {}
    if not str(metadata.get("uid") or "").strip():
        source = getattr(instance, "relative_source_path", "") or instance.source_path
        if metadata.get("slug"):
            logger.warning(
                "%s: no Uid; its feed id comes from its Slug (add a Uid: line)",
                source,
            )
        else:
            logger.warning(
                "%s: no Uid and no Slug; its URL follows the headline and its feed id "
                "its file name (add Slug: and Uid: lines)",
                source,
            )
    instance.permanent_id = article_id(instance, instance.settings)


class RedirectGenerator(SiteGenerator):
    """Pelican generator that writes a redirect page for every old slug."""

    def generate_context(self) -> None:
        """Nothing to add: the articles are already in the context."""

    def generate_output(self, writer: Any) -> None:
        """Write the redirect pages (Pelican calls this)."""
        del writer  # small fixed pages, not rendered templates
        base = site_base(self.settings)
        save_as = str(self.settings.get("ARTICLE_SAVE_AS") or "{slug}.html")
        taken = {str(article.save_as) for article in self._articles()}
        for article in self._articles():
            for page in redirects(article, base, save_as):
                if page.save_as in taken:
                    logger.warning(
                        "%s: old slug page %s is another brief's page; not written",
                        article.relative_source_path,
                        page.save_as,
                    )
                    continue
                html = redirect_html(
                    iri_to_uri(page.target),
                    lang=str(getattr(article, "lang", "") or "ar"),
                    title=str(article.title),
                )
                write_atomically(self.output_path / page.save_as, html)

    def _articles(self) -> Iterable[Any]:
        return [
            *self.context.get("articles", ()),
            *self.context.get("translations", ()),
        ]


def get_generators(pelican: Any) -> type[RedirectGenerator]:
    """``get_generators`` receiver: Pelican runs :class:`RedirectGenerator` too."""
    del pelican  # the generator reads its settings when Pelican creates it
    return RedirectGenerator
