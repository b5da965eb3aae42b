"""Markdown read with one instance per build gives what Pelican's own reader gives.

Each brief below leaves something behind in a Markdown instance (a footnote, an
abbreviation, a link reference, a formatted summary) that the next one must not
see: a real Pelican build with ``MOWJAZ_REUSE_MARKDOWN`` on and off must write
the same files, byte for byte.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import build_site
from mowjaz.site.reader import ReusingMarkdownReader, reuse_markdown
from pelican.readers import HTMLReader, MarkdownReader

BRIEFS = {
    "footnote.md": """Title: ميزانية البلدية للسنة المقبلة
Date: 2025-10-01 08:00
Category: اقتصاد
Summary: AFP: صادق المجلس على **الميزانية** بعد نقاش طويل.

صادق المجلس البلدي على ميزانية السنة المقبلة[^1] بأغلبية واسعة، وقال رئيسه:
“هذه الميزانية تضع الطرق والمدارس في المقدمة قبل أي مشروع آخر”.

*[ADS]: وكالة التنمية الاجتماعية

وتتكفل ADS بتمويل جزء من مشاريع الأحياء الفقيرة [حسب المخطط][plan].

[plan]: https://example.org/plan
[^1]: ميزانية قدرها ثلاثة مليارات دينار.
""",
    "after.md": """Title: افتتاح مكتبة جديدة في الحي القديم
Date: 2025-10-02 08:00
Category: ثقافة

افتتحت مكتبة جديدة في الحي القديم، وتذكر ADS في لافتتها دون أن يكون لها تعريف هنا.

وتحيل هذه الفقرة إلى [المخطط][plan] ولا تعريف له في هذا الملف، وإلى هامش[^1] غير معرّف.

| الطابق | الأقسام |
|---|---|
| الأول | كتب الأطفال |

```
قائمة الكتب الجديدة
```
""",
    "plain.md": """Title: أمطار غزيرة على المدن الساحلية
Date: 2025-10-03 08:00
Category: طقس
Tags: أمطار, طرق

تساقطت أمطار غزيرة على المدن الساحلية طوال الليل، وأغلقت ثلاث طرق رئيسية.
""",
}


def _site(root: Path) -> Path:
    briefs = root / "content" / "briefs"
    briefs.mkdir(parents=True)
    for name, text in BRIEFS.items():
        (briefs / name).write_text(text, encoding="utf-8")
    return root / "content"


def _files(output: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(output)): path.read_bytes()
        for path in sorted(output.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def both_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    built = []
    for reuse in (True, False):
        root = tmp_path_factory.mktemp(f"reuse-{reuse}")
        built.append(
            build_site(_site(root), root / "output", MOWJAZ_REUSE_MARKDOWN=reuse)
        )
    return built[0], built[1]


def test_one_markdown_instance_writes_the_same_site_as_pelicans_reader(
    both_builds: tuple[Path, Path],
) -> None:
    reused, pelicans = (_files(output) for output in both_builds)
    assert sorted(reused) == sorted(pelicans)
    different = [name for name in reused if reused[name] != pelicans[name]]
    assert different == []


def test_nothing_of_one_brief_leaks_into_the_next(
    both_builds: tuple[Path, Path],
) -> None:
    reused = both_builds[0]
    pages = {path.name: path.read_text("utf-8") for path in reused.rglob("*.html")}
    with_footnote = next(text for text in pages.values() if "ثلاثة مليارات" in text)
    after = next(text for text in pages.values() if "<table" in text)
    assert '<abbr title="وكالة التنمية الاجتماعية">ADS</abbr>' in with_footnote
    assert "https://example.org/plan" in with_footnote
    # The next brief defines none: no abbreviation, link or footnote of the first.
    assert "<abbr" not in after
    assert "https://example.org/plan" not in after
    assert "ثلاثة مليارات" not in after
    # A summary that starts like a metadata line ("AFP: ...") stays text.
    feed = (reused / "feeds" / "all.atom.xml").read_text("utf-8")
    assert "AFP: صادق المجلس على &lt;strong&gt;الميزانية&lt;/strong&gt;" in feed


def test_pelicans_own_reader_is_replaced_only_where_it_would_read() -> None:
    readers = SimpleNamespace(
        settings={}, reader_classes={"md": MarkdownReader, "html": HTMLReader}
    )
    reuse_markdown(readers)
    assert readers.reader_classes == {"md": ReusingMarkdownReader, "html": HTMLReader}
    switched_off = SimpleNamespace(
        settings={"MOWJAZ_REUSE_MARKDOWN": False},
        reader_classes={"md": MarkdownReader},
    )
    reuse_markdown(switched_off)
    assert switched_off.reader_classes == {"md": MarkdownReader}
