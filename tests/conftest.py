from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careernav.knowledge import DATA_DIR, default_knowledge_base

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def kb():
    return default_knowledge_base()


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled knowledge-base folder, for tests that break it."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target
