"""Cold builds analyse briefs on several processes: the results must not change."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from mowjaz.config import Config, ConfigError
from mowjaz.derive import analyse
from mowjaz.derive import workers as analysis
from mowjaz.derive.derivations import Derivations
from mowjaz.keypoints import extract_key_points
from mowjaz.quotes.extract import extract_quotes
from mowjaz.related.relate import ChunkTerms
from mowjaz.text.blocks import blocks_from_html
from mowjaz.text.memo import WordMemo

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "briefs"


def _html(path: Path) -> str:
    """Render a fixture brief's body (after its metadata header) as Pelican would."""
    body = path.read_text("utf-8").split("\n\n", 1)[1]
    return markdown.markdown(body)


@pytest.fixture(scope="module")
def htmls() -> list[str]:
    return [_html(path) for path in sorted(FIXTURES.glob("*.md"))]


def _plain(found: list[analyse.BriefAnalysis]) -> list[tuple]:
    return [(item.key_points, item.quotes) for item in found]


def test_worker_processes_give_the_serial_results_in_order(htmls):
    serial = analysis.analyse_all(htmls, count=4, workers=1)
    parallel = analysis.analyse_all(htmls, count=4, workers=2, min_parallel=1)
    assert _plain(parallel) == _plain(serial)
    assert any(item.quotes for item in serial)
    assert all(item.key_points for item in serial)


def test_shared_memo_gives_what_each_brief_alone_gives(htmls):
    memo = WordMemo()
    together = [analyse.analyse_brief(html, 3, memo) for html in htmls]
    for html, found in zip(htmls, together, strict=True):
        blocks = blocks_from_html(html)
        assert found.key_points == extract_key_points(blocks, count=3)
        assert found.quotes == extract_quotes(blocks)


def test_memo_reused_across_briefs_keeps_answers(htmls):
    memo = WordMemo()
    first = [analyse.analyse_brief(html, 4, memo) for html in htmls]
    again = [analyse.analyse_brief(html, 4, memo) for html in reversed(htmls)]
    assert _plain(first) == _plain(again[::-1])


def test_no_briefs_start_no_work():
    stream = analysis.Stream(count=4, workers=2, min_parallel=1)
    assert stream.results() == {}


def test_a_stream_analyses_each_brief_once_however_often_it_is_added(htmls):
    stream = analysis.Stream(count=4, workers=2, min_parallel=2, batch=1)
    for html in [*htmls, *htmls]:
        stream.add(html)
    assert len(stream) == len(htmls)
    found = stream.results()
    assert list(found) == list(dict.fromkeys(htmls))
    assert _plain([found[html] for html in htmls]) == _plain(
        analysis.analyse_all(htmls, count=4, workers=1)
    )


def test_pool_size_zero_means_one_process_per_cpu():
    assert analysis.pool_size(0) >= 1
    assert analysis.pool_size(3) == 3
    # Pelican's own process is one of them.
    assert analysis.worker_processes(3) == 2
    assert analysis.worker_processes(1) == 0


def test_workers_find_the_index_terms_related_stories_would_find(htmls):
    found = analysis.analyse_all(htmls, count=4, workers=2, min_parallel=1)
    reader = ChunkTerms()
    for html, item in zip(htmls, found, strict=True):
        text = analyse.plain_text(blocks_from_html(html))
        assert item.terms is not None
        assert list(item.terms) == reader.terms(text)
        assert item.terms


def test_negative_worker_count_is_a_configuration_error():
    with pytest.raises(ConfigError, match="MOWJAZ_WORKERS"):
        Config.from_settings({"MOWJAZ_WORKERS": -1})
    assert Config.from_settings({"MOWJAZ_WORKERS": 1}).workers == 1


def test_terms_come_first_and_the_analyses_still_all_arrive(htmls):
    stream = analysis.Stream(count=4, workers=2, min_parallel=1, batch=1)
    for html in htmls:
        stream.add(html)
    terms = stream.terms_first()
    reader = ChunkTerms()
    assert set(terms) == set(htmls)
    for html in htmls:
        text = analyse.plain_text(blocks_from_html(html))
        assert list(terms[html]) == reader.terms(text)
    found = stream.results()
    assert _plain([found[html] for html in htmls]) == _plain(
        analysis.analyse_all(htmls, count=4, workers=1)
    )


def test_without_workers_no_terms_come_first(htmls):
    stream = analysis.Stream(count=4, workers=1)
    for html in htmls:
        stream.add(html)
    assert stream.terms_first() == {}
    assert len(stream.results()) == len(htmls)


def test_a_brief_asked_for_before_the_workers_finish_it_gets_the_same_analysis(htmls):
    """Pelican may need a brief's boxes before a worker has analysed it: it then
    analyses the brief itself, once, and the results are the same either way."""
    stream = analysis.Stream(count=4, workers=2, min_parallel=1, batch=1)
    for html in htmls:
        stream.add(html)
    assert stream.parallel
    needed = list(reversed(htmls))
    stream.terms_first(needed)
    early = {html: stream.analysis(html) for html in needed}
    found = stream.results()
    serial = analysis.analyse_all(htmls, count=4, workers=1)
    assert _plain([early[html] for html in htmls]) == _plain(serial)
    assert _plain([found[html] for html in htmls]) == _plain(serial)
    # Each carries its index terms, found first.
    assert all(early[html].terms == found[html].terms for html in htmls)
    assert all(found[html].terms for html in htmls)


def test_without_workers_a_brief_analysed_on_demand_is_not_analysed_again(htmls):
    stream = analysis.Stream(count=4, workers=1)
    for html in htmls:
        stream.add(html)
    assert not stream.parallel
    first = stream.analysis(htmls[0])
    assert stream.results()[htmls[0]] is first


HEADLINE = "البلدية تفتح مكتبة عامة جديدة في الحي القديم"
HEADLINE_BRIEF = "\n\n".join(
    [
        "افتتحت البلدية صباح الأحد مكتبة عامة في مبنى السوق القديم بعد ترميم طويل.",
        "وتضم المكتبة أكثر من عشرين ألف كتاب وقاعة للأطفال وأخرى للمطالعة الهادئة.",
        f"{HEADLINE}، وهي الأولى من نوعها في المدينة منذ ثلاثين سنة.",
        "وقال رئيس البلدية إن المكتبة ستفتح أبوابها كل يوم حتى العاشرة ليلا.",
        "وأضاف أن البلدية خصصت ميزانية سنوية لشراء الكتب الجديدة ودعم الأنشطة.",
        "ويأمل سكان الحي أن تعيد المكتبة الحياة إلى السوق الذي هجره التجار.",
    ]
)


def test_no_key_point_repeats_the_headline_wherever_it_is_computed() -> None:
    """The build hands each brief's headline to the workers and to the cache."""
    html = markdown.markdown(HEADLINE_BRIEF)
    alone = analyse.analyse_brief(html, 4, title=HEADLINE).key_points
    assert alone
    assert not any(HEADLINE in point for point in alone)
    stream = analysis.Stream(count=4, workers=2, min_parallel=1, batch=1)
    stream.add(html, HEADLINE)
    assert stream.results()[html].key_points == alone
    derived = Derivations()
    assert derived.key_points(html, 4, HEADLINE) == alone
