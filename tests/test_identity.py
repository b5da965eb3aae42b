"""Stable identity: ids from ``Uid``, stable URLs, redirects from old slugs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import feedparser
import pytest
from lxml import html
from mowjaz.site.identity import fallback_key, old_slugs, permanent_id

from tests.conftest import build_site
from tests.nu_support import nu_errors

UID = "6f1c2a9e-3b7d-4c55-9a10-2e8f4d6b7c01"
BRIEF = """\
Title: {title}
Date: 2025-09-10 11:00+01:00
Category: اقتصاد
Slug: ميناء-جديد
Uid: {uid}
OldSlugs: الميناء-القديم, ميناء-جديد

رست صباح الأربعاء أول سفينة شحن في الميناء الجديد، محملة بمواد البناء.
"""
HAND_WRITTEN = """\
Title: {title}
Date: 2025-09-09 07:00+01:00
Category: اقتصاد

فتح سوق السمك الجديد أبوابه صباح الثلاثاء قرب الميناء.
"""
FIRST = "الميناء الجديد يستقبل أول سفينة شحن"
EDITED = "أول سفينة شحن ترسو في الميناء الجديد"


def _build(root: Path, title: str, hand_written: str = "market.md") -> Path:
    briefs = root / "content" / "briefs"
    briefs.mkdir(parents=True, exist_ok=True)
    (briefs / "port.md").write_text(BRIEF.format(title=title, uid=UID), "utf-8")
    (briefs / hand_written).write_text(
        HAND_WRITTEN.format(title="سوق السمك يفتح " + title), "utf-8"
    )
    return build_site(root / "content", root / "output", MOWJAZ_SEARCH=False)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    before = _build(tmp_path_factory.mktemp("identity-before"), FIRST)
    after = _build(tmp_path_factory.mktemp("identity-after"), EDITED)
    return before, after


def _entries(site: Path) -> dict[str, tuple[str, str]]:
    feed = feedparser.parse((site / "feeds" / "all.atom.xml").read_bytes())
    return {entry.title: (entry.link, entry.id) for entry in feed.entries}


def test_editing_a_headline_keeps_the_url_and_the_feed_id(
    builds: tuple[Path, Path],
) -> None:
    before, after = (_entries(site) for site in builds)
    assert before[FIRST] == after[EDITED]
    assert before[FIRST][1] == f"urn:uuid:{UID}"
    assert (builds[1] / "ميناء-جديد.html").exists()


def test_a_brief_without_uid_keeps_its_feed_id_but_not_its_url(
    builds: tuple[Path, Path],
) -> None:
    before, after = (_entries(site) for site in builds)
    old = before["سوق السمك يفتح " + FIRST]
    new = after["سوق السمك يفتح " + EDITED]
    assert old[1] == new[1] == "tag:localhost,2025-09-09:/brief/briefs/market"
    assert old[0] != new[0]  # no Slug: the URL follows the headline


def test_json_ld_id_is_the_permanent_id(builds: tuple[Path, Path]) -> None:
    page = html.fromstring((builds[0] / "ميناء-جديد.html").read_bytes())
    data = json.loads(page.xpath('//script[@type="application/ld+json"]/text()')[0])
    assert data["@id"] == f"urn:uuid:{UID}"


def test_an_old_slug_gets_a_redirect_page(builds: tuple[Path, Path]) -> None:
    page = html.fromstring((builds[0] / "الميناء-القديم.html").read_bytes())
    target = "http://localhost:8000/%D9%85%D9%8A%D9%86%D8%A7%D8%A1-%D8%AC%D8%AF%D9%8A%D8%AF.html"
    assert page.xpath('//link[@rel="canonical"]/@href') == [target]
    refresh = page.xpath('//meta[@http-equiv="refresh"]/@content')
    assert refresh == [f"0; url={target}"]
    assert page.xpath('//meta[@name="robots"]/@content') == ["noindex"]


def test_a_brief_without_uid_is_named_in_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Pelican logs a message once per process: this file name is used only here.
    with caplog.at_level(logging.WARNING, logger="mowjaz.site.identity"):
        _build(tmp_path, FIRST, hand_written="stall.md")
    messages = [record.getMessage() for record in caplog.records]
    assert any(m.startswith("briefs/stall.md: no Uid and no Slug") for m in messages)
    assert not any("port.md" in message for message in messages)


def test_permanent_ids() -> None:
    base = "https://mowjaz.example"
    assert permanent_id(UID.upper(), "x", base=base, day="2025-01-02") == (
        f"urn:uuid:{UID}"
    )
    assert permanent_id("brief-42", "x", base=base, day="2025-01-02") == (
        "tag:mowjaz.example,2025-01-02:/uid/brief-42"
    )
    assert permanent_id("", "briefs/a", base=base, day="2025-01-02") == (
        "tag:mowjaz.example,2025-01-02:/brief/briefs/a"
    )


def test_fallback_key_prefers_the_written_slug() -> None:
    assert fallback_key("ميناء", "briefs/port.md") == "ميناء"
    assert fallback_key("", "briefs/port.md") == "briefs/port"
    assert old_slugs(" أ, ,ب ") == ["أ", "ب"]
    assert old_slugs(None) == []


@pytest.mark.slow
def test_redirect_pages_pass_the_nu_checker(builds: tuple[Path, Path]) -> None:
    assert nu_errors([builds[0] / "الميناء-القديم.html"]) == []
