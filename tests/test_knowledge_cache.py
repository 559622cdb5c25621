"""The pickled knowledge base between runs: used when fresh, rebuilt when a file changes."""

from __future__ import annotations

import os

import pytest

from careernav.knowledge import load_knowledge_base
from careernav.knowledge._cache import load_cached


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    path = tmp_path / "cache"
    monkeypatch.setenv("CAREERNAV_CACHE_DIR", str(path))
    monkeypatch.delenv("CAREERNAV_CACHE", raising=False)
    return path


def failing_load(_):
    raise AssertionError("the cache should have been used")


def test_second_load_comes_from_the_cache(kb_copy, cache_dir):
    first = load_cached(kb_copy, "test", load_knowledge_base)
    assert list(cache_dir.glob("kb-*.pickle"))
    second = load_cached(kb_copy, "test", failing_load)
    assert set(second.skills) == set(first.skills)


def test_an_edited_file_is_loaded_and_validated_again(kb_copy, cache_dir):
    load_cached(kb_copy, "test", load_knowledge_base)
    roles = kb_copy / "roles.yaml"
    roles.write_text(roles.read_text("utf-8") + "\n# edited\n", "utf-8")
    os.utime(roles, ns=(1, 1))  # a different size and time: a different fingerprint
    calls = []
    load_cached(kb_copy, "test", lambda d: calls.append(d) or load_knowledge_base(d))
    assert calls == [kb_copy]
    assert len(list(cache_dir.glob("kb-*.pickle"))) == 1  # the stale one was removed


def test_a_damaged_cache_falls_back_to_the_files(kb_copy, cache_dir):
    load_cached(kb_copy, "test", load_knowledge_base)
    (pickle_file,) = cache_dir.glob("kb-*.pickle")
    pickle_file.write_bytes(b"not a pickle")
    assert len(load_cached(kb_copy, "test", load_knowledge_base).roles) == 15


def test_the_cache_can_be_turned_off(kb_copy, cache_dir, monkeypatch):
    monkeypatch.setenv("CAREERNAV_CACHE", "0")
    load_cached(kb_copy, "test", load_knowledge_base)
    assert not cache_dir.exists()
