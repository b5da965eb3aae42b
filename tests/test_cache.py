"""Caches never serve stale results: real builds of tiny sites in tmp_path.

Each test builds a small site of briefs written here, changes something (a brief, a
setting, the cache file) and builds again with the caches of the first build, then
checks the pages: they must match what a build without any cache gives.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import lxml.html
import mowjaz.derive.derivations
import pytest
from mowjaz.derive.analyse import plain_text
from mowjaz.derive.cache import CACHE_FILE, PELICAN_CACHE_FILES
from mowjaz.derive.derivations import Derivations
from mowjaz.related.relate import ChunkTerms
from mowjaz.text.blocks import blocks_from_html
from pelican.settings import read_settings

from tests.conftest import ROOT, build_site

pytestmark = pytest.mark.slow

# A brief long enough for key points to be chosen among its sentences.
TRAIN_BRIEF = """Title: تدشين خط قطار جديد بين مدينتين في الجنوب
Date: 2025-09-03 10:00
Category: نقل
Slug: train-line

دشنت وزارة النقل صباح الأربعاء خطا جديدا للقطار يربط بين مدينتين في الجنوب
بعد أربع سنوات من الأشغال.

ويبلغ طول الخط مئتين وعشرين كيلومترا ويضم تسع محطات مجهزة بقاعات انتظار مكيفة.

وأوضح مدير المشروع أن القطار سيقطع المسافة في ساعتين بدل خمس ساعات عبر الطريق البري.

وستنطلق أول رحلة تجارية يوم السبت المقبل على أن ترتفع الرحلات إلى ست رحلات
يوميا في الشتاء.

ويتوقع أن ينقل الخط أكثر من مليون مسافر في السنة الأولى من تشغيله حسب تقديرات الوزارة.

وطالب سكان القرى المجاورة بإضافة محطة صغيرة قرب الطريق الوطني لتسهيل تنقل
التلاميذ والعمال.
"""

MARKET_BRIEF = """Title: سوق أسبوعية جديدة للمنتجات الفلاحية في البلدة
Date: 2025-09-04 08:00
Category: اقتصاد
Slug: farm-market

افتتحت البلدية سوقا أسبوعية جديدة للمنتجات الفلاحية في ساحة البلدة القديمة يوم الجمعة.

وتستقبل السوق أكثر من ستين فلاحا من القرى المجاورة يعرضون الخضر والفواكه والعسل والزيت.

وقال رئيس جمعية الفلاحين إن السوق ستقلص عدد الوسطاء وتخفض الأسعار على المستهلكين.

وخصصت البلدية حافلة مجانية لنقل الفلاحين وبضائعهم من القرى البعيدة كل صباح جمعة.

وينتظر أن تفتح السوق أبوابها في الشتاء داخل قاعة مغطاة قرب محطة الحافلات.
"""

# Replaces the body of TRAIN_BRIEF: different facts, different sentences.
NEW_TRAIN_BODY = """
أعلنت وزارة النقل تأجيل تدشين خط القطار الجنوبي إلى بداية الربيع بسبب أعطال في الإشارات.

وأرجعت الوزارة التأجيل إلى نتائج تجارب السلامة التي كشفت خللا في نظام الإشارات الآلي.

وأكد المهندسون أن إصلاح النظام يتطلب استيراد قطع جديدة من الخارج خلال الأسابيع المقبلة.

وعبر سكان المدينتين عن خيبة أملهم بعد أن انتظروا افتتاح الخط منذ أربع سنوات كاملة.

وتعهدت الوزارة بتعويض الشركات التي حجزت رحلات الشحن الأولى عن خسائرها المحتملة.
"""


def _write(content: Path, name: str, text: str) -> Path:
    briefs = content / "briefs"
    briefs.mkdir(parents=True, exist_ok=True)
    path = briefs / name
    path.write_text(text, encoding="utf-8")
    return path


def _site(root: Path) -> Path:
    content = root / "content"
    _write(content, "train-line.md", TRAIN_BRIEF)
    _write(content, "farm-market.md", MARKET_BRIEF)
    return content


def _build(content: Path, root: Path, **overrides: object) -> Path:
    """Build with both caches on, kept under ``root/cache`` between builds."""
    settings: dict[str, object] = {
        "CACHE_PATH": str(root / "cache" / "pelican"),
        "LOAD_CONTENT_CACHE": True,
        "MOWJAZ_CACHE_PATH": str(root / "cache" / "mowjaz"),
    }
    settings.update(overrides)
    return build_site(content, root / "output", **settings)


def _uncached(content: Path, root: Path, **overrides: object) -> Path:
    """Build the same content with no cache at all, into a separate folder."""
    return build_site(
        content,
        root / "fresh-output",
        CACHE_PATH=str(root / "fresh-cache"),
        LOAD_CONTENT_CACHE=False,
        MOWJAZ_CACHE_PATH="",
        **overrides,
    )


def _key_points(output: Path, slug: str) -> list[str]:
    page = lxml.html.parse(str(output / f"{slug}.html"))
    return [
        " ".join(item.text_content().split())
        for item in page.xpath('//aside[@data-mowjaz="key-points"]//li')
    ]


def _body(output: Path, slug: str) -> str:
    page = lxml.html.parse(str(output / f"{slug}.html"))
    return " ".join(page.xpath("//article")[0].text_content().split())


def _entries(root: Path) -> dict[str, object]:
    data = json.loads((root / "cache" / "mowjaz" / CACHE_FILE).read_text("utf-8"))
    return data["entries"]


def test_editing_a_brief_changes_its_key_points(tmp_path: Path) -> None:
    content = _site(tmp_path)
    before = _key_points(_build(content, tmp_path), "train-line")
    assert before
    assert _entries(tmp_path)
    brief = content / "briefs" / "train-line.md"
    header = TRAIN_BRIEF.split("\n\n", 1)[0]
    brief.write_text(header + "\n" + NEW_TRAIN_BODY, encoding="utf-8")
    after = _key_points(_build(content, tmp_path), "train-line")
    assert after != before
    assert any("الإشارات" in point for point in after)
    assert not any("مئتين وعشرين كيلومترا" in point for point in after)
    assert after == _key_points(_uncached(content, tmp_path), "train-line")


def test_an_unchanged_brief_keeps_the_same_key_points_from_the_cache(
    tmp_path: Path,
) -> None:
    content = _site(tmp_path)
    first = _key_points(_build(content, tmp_path), "farm-market")
    cache_file = tmp_path / "cache" / "mowjaz" / CACHE_FILE
    written = cache_file.stat().st_mtime_ns
    second = _key_points(_build(content, tmp_path), "farm-market")
    assert second == first
    # Nothing changed: every entry was found, so the file is not even rewritten.
    assert cache_file.stat().st_mtime_ns == written


def test_changing_the_key_point_count_invalidates_the_cache(tmp_path: Path) -> None:
    content = _site(tmp_path)
    three = _key_points(
        _build(content, tmp_path, MOWJAZ_KEY_POINTS_COUNT=3), "train-line"
    )
    five = _key_points(
        _build(content, tmp_path, MOWJAZ_KEY_POINTS_COUNT=5), "train-line"
    )
    # A brief under 150 words gets at most two bullets, whatever the count.
    assert 1 <= len(three) <= len(five) <= 5
    fresh = _uncached(content, tmp_path, MOWJAZ_KEY_POINTS_COUNT=5)
    assert five == _key_points(fresh, "train-line")


def test_a_corrupt_cache_file_is_ignored_with_a_warning_and_rebuilt(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = _site(tmp_path)
    expected = _key_points(_build(content, tmp_path), "train-line")
    cache_file = tmp_path / "cache" / "mowjaz" / CACHE_FILE
    cache_file.write_bytes(b'{"format": 1, "version": "x", "entries": {"a": [')
    with caplog.at_level(logging.WARNING, logger="mowjaz"):
        output = _build(content, tmp_path)
    warnings = [r for r in caplog.records if r.name == "mowjaz.derive.cache"]
    assert warnings
    assert str(cache_file) in warnings[0].getMessage()
    assert _key_points(output, "train-line") == expected
    assert _entries(tmp_path)


def test_a_cache_file_of_another_kind_is_ignored_too(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = _site(tmp_path)
    cache_file = tmp_path / "cache" / "mowjaz" / CACHE_FILE
    cache_file.parent.mkdir(parents=True)
    cache_file.write_text('["not", "a", "cache"]', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="mowjaz"):
        output = _build(content, tmp_path)
    assert any(r.name == "mowjaz.derive.cache" for r in caplog.records)
    assert _key_points(output, "farm-market")


def test_the_cache_can_be_switched_off(tmp_path: Path) -> None:
    content = _site(tmp_path)
    output = _build(content, tmp_path, MOWJAZ_CACHE_PATH="")
    assert not list(tmp_path.rglob(CACHE_FILE))
    assert _key_points(output, "train-line") == _key_points(
        _uncached(content, tmp_path), "train-line"
    )


def test_a_relative_cache_path_sits_next_to_the_content_folder(tmp_path: Path) -> None:
    content = _site(tmp_path / "project")
    build_site(content, tmp_path / "output", MOWJAZ_CACHE_PATH="derived")
    assert (tmp_path / "project" / "derived" / CACHE_FILE).is_file()


def test_entries_of_a_removed_brief_are_pruned(tmp_path: Path) -> None:
    content = _site(tmp_path)
    _build(content, tmp_path)
    with_both = len(_entries(tmp_path))
    (content / "briefs" / "farm-market.md").unlink()
    _build(content, tmp_path)
    assert len(_entries(tmp_path)) < with_both


def test_pelican_content_cache_sees_an_edit_that_keeps_the_file_time(
    tmp_path: Path,
) -> None:
    content = _site(tmp_path)
    assert "تسع محطات" in _body(_build(content, tmp_path), "train-line")
    brief = content / "briefs" / "train-line.md"
    stamp = brief.stat()
    brief.write_text(
        TRAIN_BRIEF.replace("تسع محطات", "إحدى عشرة محطة"), encoding="utf-8"
    )
    os.utime(brief, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    body = _body(_build(content, tmp_path), "train-line")
    assert "إحدى عشرة محطة" in body
    assert "تسع محطات" not in body


def test_pelican_content_cache_is_cleared_when_markdown_settings_change(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    _write(content, "train-line.md", TRAIN_BRIEF + "\n## محطات الخط\n\nتسع محطات.\n")
    page = lxml.html.parse(str(_build(content, tmp_path) / "train-line.html"))
    heading = page.xpath('//div[contains(@class, "brief-body")]//h2')[0]
    assert heading.get("id") is None
    assert (tmp_path / "cache" / "pelican" / PELICAN_CACHE_FILES[0]).is_file()
    markdown = build_settings_markdown()
    markdown["extensions"] = [*markdown["extensions"], "markdown.extensions.toc"]
    output = _build(content, tmp_path, MARKDOWN=markdown)
    page = lxml.html.parse(str(output / "train-line.html"))
    heading = page.xpath('//div[contains(@class, "brief-body")]//h2')[0]
    assert heading.get("id")


def build_settings_markdown() -> dict[str, object]:
    """A copy of the project's MARKDOWN setting."""
    markdown = read_settings(str(ROOT / "pelicanconf.py"))["MARKDOWN"]
    return {**markdown, "extensions": list(markdown["extensions"])}


def test_a_cached_build_warns_like_a_cold_one(tmp_path: Path) -> None:
    """Related-story warnings come back from the cache: MOWJAZ_FAIL_ON_WARNINGS holds.

    Each build is a new process, as ``make html`` is (Pelican drops a warning it
    has already shown in the same process).
    """
    content = _site(tmp_path)
    # A "see also" title that names no brief: a warning in every build.
    hinted = TRAIN_BRIEF.replace(
        "Slug: train-line", "Slug: train-line\nRelatedHints: مهرجان الموسيقى الصيفي"
    )
    _write(content, "train-line.md", hinted)
    overrides = {
        "CACHE_PATH": str(tmp_path / "cache" / "pelican"),
        "LOAD_CONTENT_CACHE": True,
        "MOWJAZ_CACHE_PATH": str(tmp_path / "cache" / "mowjaz"),
        "MOWJAZ_FAIL_ON_WARNINGS": True,
        "MOWJAZ_SEARCH": False,
    }
    command = [
        sys.executable,
        "-m",
        "mowjaz.site.build",
        "--settings",
        str(ROOT / "pelicanconf.py"),
        "--content",
        str(content),
        "--output",
        str(tmp_path / "output"),
    ]
    for key, value in overrides.items():
        command += ["-e", f"{key}={json.dumps(value)}"]
    runs = [
        subprocess.run(command, capture_output=True, text=True, check=False)
        for _ in range(2)
    ]
    assert (tmp_path / "cache" / "mowjaz" / CACHE_FILE).is_file()
    for run in runs:
        assert run.returncode == 1, run.stderr
        assert "مهرجان الموسيقى الصيفي" in run.stderr


def test_pelican_content_cache_is_cleared_when_category_urls_change(
    tmp_path: Path,
) -> None:
    content = _site(tmp_path)
    first = _build(content, tmp_path)
    assert list((first / "category").glob("*.html"))
    second = _build(
        content,
        tmp_path,
        CATEGORY_URL="sections/{slug}.html",
        CATEGORY_SAVE_AS="sections/{slug}.html",
    )
    assert list((second / "sections").glob("*.html"))


def test_index_terms_come_back_from_the_cache_as_they_were_found(
    tmp_path: Path,
) -> None:
    html = "<h2>قطار جديد</h2><p>يربط الخط الجديد بين المدينتين في ساعتين.</p>"
    expected = tuple(ChunkTerms().terms(plain_text(blocks_from_html(html))))
    first = Derivations.open(tmp_path)
    assert first.terms(html) == expected
    first.save()
    again = Derivations.open(tmp_path)
    assert again.terms(html) == expected
    assert again.store is not None and not again.store.stale  # read, not computed


def test_a_warm_build_keeps_the_index_terms_without_reading_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cached related stories need no index terms: a warm build does not decode
    them, yet keeps them, so that the rebuild after an edit recomputes related
    stories from the cache and one brief's analysis only."""
    content = _site(tmp_path)
    _build(content, tmp_path)
    cold = _entries(tmp_path)
    asked: list[str] = []
    original = Derivations.terms

    def counted(self: Derivations, html: str) -> tuple[str, ...]:
        asked.append(html)
        return original(self, html)

    monkeypatch.setattr(Derivations, "terms", counted)
    _build(content, tmp_path)
    assert asked == []
    assert _entries(tmp_path) == cold
    _write(
        content,
        "train-line.md",
        TRAIN_BRIEF.split("\n\n", maxsplit=1)[0] + NEW_TRAIN_BODY,
    )
    computed: list[str] = []
    monkeypatch.setattr(
        mowjaz.derive.derivations,
        "terms_of",
        _recording(mowjaz.derive.derivations.terms_of, computed),
    )
    edited = _build(content, tmp_path)
    assert len(asked) == 2  # both briefs' terms, for the new related stories
    assert len(computed) == 1  # the edited brief's only: the other's was kept
    fresh = _uncached(content, tmp_path)
    assert (edited / "farm-market.html").read_bytes() == (
        fresh / "farm-market.html"
    ).read_bytes()


def _recording(function, calls):  # type: ignore[no-untyped-def]
    def record(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        return function(*args, **kwargs)

    return record
