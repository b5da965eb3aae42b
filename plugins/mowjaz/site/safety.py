"""Pelican glue that keeps hostile briefs from escaping, colliding or misleading.

Every problem is logged on one line that starts with the brief's file name:

* ``error``: the brief is left out of the site (and the build exits non-zero) when
  it is read through a symbolic link leading outside the content folder, when its
  ``Slug``, ``Save_as`` or ``URL`` points outside the output folder (``..``,
  absolute paths, backslashes, schemes), when its URL would not reach the file it is
  saved as, when it links a ``{static}`` file from outside the content folder, or
  when two briefs would be written to the same file (both are named, both left out:
  neither silently replaces the other).  A brief's own ``Save_as`` and ``URL`` must
  be what its ``Slug`` gives and its ``Template`` ``article`` or ``article-…``;
  ``Lang`` must be a language tag; a brief, its category, tags or authors may not
  be written where the site writes its own files (:mod:`mowjaz.site.outputs`),
  and a page not where the site or an article is.
* ``warning``: a title that needed cleaning (controls, bidi overrides and isolates),
  a brief with no Arabic in it, a brief dated in the future (Pelican publishes it at
  once: a date a year ahead is usually a typo; ``Status: draft`` holds a brief back).

Unparseable dates, undecodable files and other unreadable briefs are reported by
Pelican itself ("Could not process ..."); ``mowjaz.site.build`` adds the reason.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

from pelican.generators import PelicanTemplateNotFound

from ..text.normalize import clean_text, drop_invisible_references, has_arabic
from ..text.patterns import CONTROL
from .markdown_ext import url_scheme
from .outputs import (
    Claims,
    content_claims,
    site_claims,
    taxonomies,
    taxonomy_files,
)

logger = logging.getLogger(__name__)

# A language tag as BCP 47 writes it (ar, en, ar-DZ, zh-Hant-TW); Pelican puts it in
# file names and Pagefind in its index: a long or odd value stopped the build.
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")
# The longest file or folder name most file systems accept, in bytes.
MAX_NAME_BYTES = 255

ARTICLE_LISTS = (
    "articles",
    "translations",
    "drafts",
    "drafts_translations",
    "hidden_articles",
    "hidden_translations",
)
PAGE_LISTS = (
    "pages",
    "translations",
    "hidden_pages",
    "hidden_translations",
    "draft_pages",
    "draft_translations",
)


def clean_content_metadata(instance: Any) -> None:
    """Clean the title of a new article or page and warn about suspicious briefs.

    Connected to ``content_object_init``; static files are left alone.
    """
    if not hasattr(instance, "mandatory_properties") or not hasattr(instance, "title"):
        return
    title = str(instance.title)
    cleaned = " ".join(clean_text(drop_invisible_references(title)).split())
    if cleaned != title:
        logger.warning(
            "%s: removed invisible or control characters from the title",
            instance.source_path,
        )
        instance.title = cleaned
        instance.metadata["title"] = cleaned
    if type(instance).__name__ != "Article":
        return
    if str(getattr(instance, "lang", "ar")).startswith("ar") and not has_arabic(
        cleaned + " " + (getattr(instance, "_content", "") or "")
    ):
        logger.warning("%s: the brief has no Arabic text", instance.source_path)
    _use_site_time_zone(instance)
    _warn_future_date(instance)


def _use_site_time_zone(instance: Any) -> None:
    """Express the brief's dates in the site's ``TIMEZONE``.

    Briefs imported from several sources carry different UTC offsets; Pelican groups
    month archives by the written date, so two offsets around a month boundary made
    it write the same archive page twice and stop.  The instant is unchanged.
    """
    zone_name = instance.settings.get("TIMEZONE")
    if not zone_name:
        return
    zone = ZoneInfo(zone_name)
    for name in ("date", "modified"):
        value = getattr(instance, name, None)
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            local = value.astimezone(zone)
            setattr(instance, name, local)
            if name in instance.metadata:
                instance.metadata[name] = local


def _warn_future_date(instance: Any) -> None:
    date = getattr(instance, "date", None)
    if not isinstance(date, dt.datetime):
        return
    now = dt.datetime.now(date.tzinfo) if date.tzinfo else dt.datetime.now()
    if date > now:
        logger.warning(
            "%s: dated in the future (%s); it is published now",
            instance.source_path,
            date.isoformat(),
        )


def reject_unsafe_articles(generator: Any) -> None:
    """Leave out articles with unsafe addresses or colliding files (pretaxonomy).

    A brief's page may not be written where the site writes its own pages
    (home and its later pages, lists, feeds, sitemaps).
    """
    _reject(generator, ARTICLE_LISTS, site_claims(generator.settings))


def reject_unsafe_pages(generator: Any) -> None:
    """Leave out pages with unsafe addresses or colliding files (finalized).

    A page may not be written where the site or an article is written (the
    articles generator has run by then).
    """
    _reject(
        generator, PAGE_LISTS, content_claims(generator.context, generator.settings)
    )


def drop_outside_static_files(generator: Any) -> None:
    """Never copy a ``{static}`` file from outside the content folder or output.

    Pelican resolves ``{static}/../../x`` relative to the content folder and would copy
    any readable file on the machine, possibly to a path outside the output folder.
    """
    content_root = Path(generator.path).resolve()
    kept = []
    for static in generator.staticfiles:
        source = Path(static.source_path).resolve()
        if not source.is_relative_to(content_root) or location_problem(
            static.save_as, generator.output_path
        ):
            logger.error(
                "%s: static file outside the content folder is not copied", source
            )
            continue
        kept.append(static)
    generator.staticfiles[:] = kept
    generator.context["staticfiles"] = generator.staticfiles


def location_problem(
    save_as: str,
    output_path: str | os.PathLike[str],
    folders: dict[str, str] | None = None,
) -> str | None:
    """Say why ``save_as`` may not be written under ``output_path`` (None if it may).

    ``folders`` remembers the real path of each folder met, for a run of calls.
    """
    if not save_as:
        return "it has no file name"
    if "\\" in save_as or CONTROL.search(save_as):
        return f"file name {save_as!r} holds a backslash or a control character"
    path = PurePosixPath(save_as)
    if path.is_absolute() or ".." in path.parts or ":" in path.parts[0]:
        return f"file {save_as!r} would be written outside the output folder"
    if any(len(part.encode()) > MAX_NAME_BYTES for part in path.parts):
        return f"file name {_shorten(save_as)!r} is too long (a shorter Slug)"
    folders = {} if folders is None else folders
    base = _real_path(os.fspath(output_path), folders)
    # A symbolic link inside the output folder could still lead out of it: the
    # folders on the way (remembered) or the file itself.
    folder = _real_path(os.path.join(base, *path.parts[:-1]), folders)
    target = os.path.join(folder, path.name)
    if os.path.islink(target):
        target = os.path.realpath(target)
    if os.path.commonpath((base, target)) != base:
        return f"file {save_as!r} would be written outside the output folder"
    return None


def source_problem(source_path: str, content_root: Path) -> str | None:
    """Say why the file at ``source_path`` may not be published (None if it may).

    Pelican follows symbolic links in the content folder: a link to a folder of
    internal notes would put them on the public site.  ``content_root`` is the
    content folder, resolved.
    """
    real = Path(source_path).resolve()
    if real.is_relative_to(content_root):
        return None
    return f"it is a symbolic link to {real}, outside the content folder"


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _real_path(path: str, known: dict[str, str]) -> str:
    found = known.get(path)
    if found is None:
        found = known[path] = os.path.realpath(path)
    return found


def metadata_problem(
    content: Any,
    folders: dict[str, str] | None = None,
    save_as: str | None = None,
) -> str | None:
    """Say why a brief's own Slug, Save_as or URL cannot be used (None if fine).

    ``folders`` is passed to :func:`location_problem`; ``save_as`` is
    ``content.save_as`` for a caller that has it (Pelican formats it from the
    settings on every access).
    """
    metadata = content.metadata
    slug = str(metadata.get("slug", getattr(content, "slug", "") or ""))
    if not slug or "/" in slug or "\\" in slug or slug in {".", ".."}:
        origin = "Slug" if "slug" in metadata else "the slug made from the title"
        return f"{origin} {slug!r} must be one plain name (no '/', '\\' or '..')"
    lang = str(metadata.get("lang", ""))
    if lang and not LANGUAGE_TAG.fullmatch(lang):
        return f"Lang {_shorten(lang)!r} is not a language tag (ar, en, fr-CA ...)"
    save_as = content.save_as if save_as is None else save_as
    problem = location_problem(save_as, content.settings["OUTPUT_PATH"], folders)
    if problem:
        return problem
    if "save_as" in metadata and not save_as.endswith(".html"):
        return f"Save_as {save_as!r} must name an .html file"
    if "url" in metadata or "save_as" in metadata:
        problem = _url_problem(str(content.url), save_as)
        if problem is None and type(content).__name__ == "Article":
            problem = _brief_address_problem(content, save_as)
        return problem
    return None


def _brief_address_problem(content: Any, save_as: str) -> str | None:
    """Say why a brief's own ``Save_as`` or ``URL`` may not be used (None if fine).

    A brief's address comes from its ``Slug``: ``Save_as`` and ``URL`` are
    accepted only when they say the same, so no brief can take another page's
    place (an about page, a category page, another brief).
    """
    metadata = content.metadata
    for key, label, setting in (
        ("save_as", "Save_as", save_as),
        ("url", "URL", str(content.url)),
    ):
        if key not in metadata:
            continue
        expected = content._expand_settings(key)  # the address the Slug gives
        if os.path.normpath(setting) != os.path.normpath(expected or "."):
            return (
                f"{label} {setting!r} is not allowed in a brief: its address "
                f"comes from its Slug ({expected!r})"
            )
    return None


def taxonomy_problem(
    content: Any, claims: Claims, known: dict[tuple[str, str], str | None]
) -> str | None:
    """Say why a brief's category, tags or authors cannot be written (None if fine).

    Their pages and feeds may not land where the site writes its own files
    (``Category: all`` would write ``feeds/all.atom.xml`` twice: Pelican stops).
    ``known`` remembers the answer for each category, tag and author met.
    """
    if type(content).__name__ != "Article":
        return None
    for kind, value in taxonomies(content):
        key = (kind, str(value.slug))
        if key not in known:
            known[key] = _taxonomy_problem(kind, value, content.settings, claims)
        if known[key]:
            return known[key]
    return None


def _taxonomy_problem(
    kind: str, value: Any, settings: Any, claims: Claims
) -> str | None:
    what = f"the {kind} {str(value)!r}"
    for save_as in taxonomy_files(kind, value, settings):
        if os.path.basename(save_as).startswith("."):
            return f"{what} has no usable slug (it would be written to {save_as})"
        owner = claims.owner(save_as)
        if owner is not None:
            return f"{what} would be written to {save_as}, which is {owner}"
    return None


def template_problem(generator: Any, content: Any) -> str | None:
    """Say why a content's ``Template`` may not be used (None if fine).

    Briefs may use ``article`` or a theme template named ``article-…``; pages
    ``page`` or ``page-…``: never a list, feed or home page template, and never
    one the theme does not have (Pelican would stop the whole build).
    """
    if "template" not in content.metadata:
        return None
    name = str(content.template)
    kind = "article" if type(content).__name__ == "Article" else "page"
    if name != kind and not name.startswith(f"{kind}-"):
        return f"Template {name!r} is not allowed: use {kind!r} or {kind}-…"
    try:
        generator.get_template(name)
    except PelicanTemplateNotFound:
        return f"Template {name!r} is not a template of the theme"
    return None


def _static_link_problem(generator: Any, content: Any) -> str | None:
    """Say why a ``{static}``/``{attach}`` link cannot be copied (Pelican would crash).

    A bad link is also taken out of the set the static generator copies from.
    """
    # A {static} or {attach} link names its kind literally (Pelican compares it).
    html = getattr(content, "_content", "") or ""
    if "static" not in html and "attach" not in html:
        return None  # no {static} or {attach} link: nothing to check
    root = Path(generator.path).resolve()
    links = generator.context.get("static_links", set())
    for link in sorted(content.get_static_links()):
        target = (root / link).resolve()
        if not target.is_relative_to(root):
            links.discard(link)
            return f"it links {link!r}, a file outside the content folder"
        if not target.is_file():
            links.discard(link)
            return f"it links {link!r}, a file that does not exist"
    return None


def _url_problem(url: str, save_as: str) -> str | None:
    if url_scheme(url) is not None or url.startswith("/") or "\\" in url:
        return f"URL {url!r} must be a relative address inside the site"
    target = url + "index.html" if url.endswith("/") or not url else url
    if PurePosixPath(target) != PurePosixPath(save_as):
        return f"URL {url!r} does not lead to the file it is saved as ({save_as!r})"
    return None


def _reject(generator: Any, list_names: Iterable[str], claims: Claims) -> None:
    contents = list(_unique(generator, list_names))
    rejected: dict[int, Any] = {}
    folders: dict[str, str] = {}
    files: dict[int, str] = {}  # what each content is saved as, formatted once
    known: dict[tuple[str, str], str | None] = {}  # categories, tags, authors met
    content_root = Path(generator.path).resolve()
    for content in contents:
        save_as = files[id(content)] = content.save_as
        problem = (
            source_problem(content.source_path, content_root)
            or metadata_problem(content, folders, save_as)
            or template_problem(generator, content)
            or taxonomy_problem(content, claims, known)
            or _static_link_problem(generator, content)
        )
        if problem:
            logger.error("%s: left out: %s", content.source_path, problem)
            rejected[id(content)] = content
    by_file: dict[str, list[Any]] = defaultdict(list)
    for content in contents:
        if id(content) not in rejected:
            by_file[os.path.normpath(files[id(content)])].append(content)
    for save_as, group in sorted(by_file.items()):
        owner = claims.owner(save_as)
        if len(group) > 1 or owner is not None:
            _log_collision(save_as, group, owner)
            rejected.update((id(content), content) for content in group)
    if rejected:
        _remove(generator, list_names, rejected)


def _log_collision(save_as: str, group: list[Any], owner: str | None) -> None:
    names = ", ".join(sorted(str(content.source_path) for content in group))
    if len(group) > 1:
        logger.error(
            "%s: left out: these would all be written to %s (same slug or Save_as)",
            names,
            save_as,
        )
    elif owner and owner.startswith("the "):
        logger.error(
            "%s: left out: %s is a page the site writes itself (%s); change its "
            "slug or Save_as",
            names,
            save_as,
            owner,
        )
    else:
        logger.error(
            "%s: left out: it would be written to %s, where %s is written "
            "(change its slug or Save_as)",
            names,
            save_as,
            owner,
        )


def _unique(generator: Any, list_names: Iterable[str]) -> Iterator[Any]:
    seen: set[int] = set()
    for name in list_names:
        for content in getattr(generator, name, []) or []:
            if id(content) not in seen:
                seen.add(id(content))
                yield content


def _remove(
    generator: Any, list_names: Iterable[str], rejected: dict[int, Any]
) -> None:
    for name in list_names:
        items = getattr(generator, name, None)
        if isinstance(items, list):
            items[:] = [item for item in items if id(item) not in rejected]
    for content in _unique(generator, list_names):
        translations = getattr(content, "translations", None)
        if isinstance(translations, list):
            translations[:] = [
                item for item in translations if id(item) not in rejected
            ]
    generated = generator.context.get("generated_content", {})
    for content in rejected.values():
        generated[content.get_relative_source_path()] = None
