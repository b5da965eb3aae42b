"""The Lighthouse tool's reading of a report (the run itself is `make lighthouse`)."""

from __future__ import annotations

from tools.lighthouse import BAR, summarise


def _report(performance: float, cls: float) -> dict[str, object]:
    categories = {name: {"score": 1.0} for name in BAR}
    categories["performance"] = {"score": performance}
    return {
        "categories": categories,
        "audits": {
            "cumulative-layout-shift": {"numericValue": cls},
            "largest-contentful-paint": {"numericValue": 1664.2},
        },
    }


def test_a_report_at_the_bar_passes() -> None:
    summary = summarise(_report(0.98, 0.004))
    assert summary.scores == {
        "performance": 98,
        "accessibility": 100,
        "best-practices": 100,
        "seo": 100,
    }
    assert summary.lcp_ms == 1664.2
    assert summary.tbt_ms == 0.0  # an audit missing from the report
    assert summary.failures() == []


def test_a_low_score_or_a_layout_shift_is_named() -> None:
    summary = summarise(_report(0.91, 0.05))
    assert summary.failures() == ["performance 91 < 98", "CLS 0.050 > 0.01"]
