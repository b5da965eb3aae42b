"""Shared fixtures: real Pelican builds of tiny sites from our own Arabic briefs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pelican import Pelican
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPORA = ROOT.parent / "shared" / "corpora"


def build_site(content: Path, output: Path, **overrides: object) -> Path:
    """Build ``content`` into ``output`` with the project's own pelicanconf.py."""
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "THEME": str(ROOT / "theme"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            "CACHE_PATH": str(output.parent / "cache"),
            "LOAD_CONTENT_CACHE": False,
            **overrides,
        },
    )
    Pelican(settings).run()
    return output


def copy_briefs(names: list[str], destination: Path) -> Path:
    """Copy fixture briefs into a fresh content folder laid out like the project's."""
    briefs = destination / "briefs"
    briefs.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(FIXTURES / "briefs" / name, briefs / name)
    return destination


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built site made from every fixture brief (built once per test module)."""
    root = tmp_path_factory.mktemp("site")
    content = copy_briefs(
        sorted(path.name for path in (FIXTURES / "briefs").glob("*.md")),
        root / "content",
    )
    return build_site(content, root / "output")


def corpus_path(name: str) -> Path:
    """Path of a third-party evaluation corpus, or skip the test when it is absent."""
    path = CORPORA / name
    if not path.exists():
        pytest.skip(
            f"evaluation corpus {path} is not here (it is never part of the repo)"
        )
    return path
