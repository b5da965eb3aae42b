"""Cold builds analyse briefs on several processes: the results must not change."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from mowjaz import analysis
from mowjaz.config import Config, ConfigError
from mowjaz.keypoints import extract_key_points
from mowjaz.quotes import extract_quotes
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


def _plain(found: list[analysis.BriefAnalysis]) -> list[tuple]:
    return [(item.key_points, item.quotes) for item in found]


def test_worker_processes_give_the_serial_results_in_order(htmls):
    serial = analysis.start(htmls, count=4, workers=1).results()
    parallel = analysis.start(htmls, count=4, workers=2, min_parallel=1).results()
    assert _plain(parallel) == _plain(serial)
    assert any(item.quotes for item in serial)
    assert all(item.key_points for item in serial)


def test_shared_memo_gives_what_each_brief_alone_gives(htmls):
    together = analysis.analyse_chunk(htmls, 3)
    for html, found in zip(htmls, together, strict=True):
        blocks = blocks_from_html(html)
        assert found.key_points == extract_key_points(blocks, count=3)
        assert found.quotes == extract_quotes(blocks)


def test_memo_reused_across_briefs_keeps_answers(htmls):
    memo = WordMemo()
    first = [analysis.analyse_brief(html, 4, memo) for html in htmls]
    again = [analysis.analyse_brief(html, 4, memo) for html in reversed(htmls)]
    assert _plain(first) == _plain(again[::-1])


def test_no_briefs_start_no_work():
    pending = analysis.start([], count=4, workers=2, min_parallel=1)
    assert pending.results() == []


def test_pool_size_zero_means_one_process_per_cpu():
    assert analysis.pool_size(0) >= 1
    assert analysis.pool_size(3) == 3


def test_negative_worker_count_is_a_configuration_error():
    with pytest.raises(ConfigError, match="MOWJAZ_WORKERS"):
        Config.from_settings({"MOWJAZ_WORKERS": -1})
    assert Config.from_settings({"MOWJAZ_WORKERS": 1}).workers == 1
