"""A pickle of the validated knowledge base in the user's cache folder.

Parsing and validating ~1,400 YAML entries takes about half a second; unpickling the result
takes 30 ms, which keeps `careernav` quick to start. The cache key covers the package version
and the path, size and modification time of every data file, so an edited file is reloaded
and validated. Any problem with the cache (unwritable folder, stale or damaged file) falls
back to a normal load. CAREERNAV_CACHE=0 turns it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from careernav.knowledge.kb import KnowledgeBase


def _fingerprint(data_dir: Path, version: str) -> str:
    digest = hashlib.sha256(f"{version}\0{data_dir.resolve()}".encode())
    # The code that builds the objects counts too: a pickle of an older class is not reused.
    code = sorted(Path(__file__).parent.glob("*.py"))
    for path in [*code, *sorted(data_dir.rglob("*"))]:
        if path.is_file():
            stat = path.stat()
            digest.update(f"\0{path}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get("CAREERNAV_CACHE_DIR") or user_cache_dir("careernav"))


def load_cached(data_dir: Path, version: str, load) -> KnowledgeBase:
    """`load(data_dir)`, through the cache unless CAREERNAV_CACHE=0."""
    if os.environ.get("CAREERNAV_CACHE", "1") == "0":
        return load(data_dir)
    try:
        path = _cache_dir() / f"kb-{_fingerprint(data_dir, version)}.pickle"
    except OSError:
        return load(data_dir)
    try:
        with path.open("rb") as f:
            kb = pickle.load(f)
        if isinstance(kb, KnowledgeBase):
            return kb
    except Exception:  # a missing, stale or damaged cache: load the files instead
        pass
    kb = load(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("kb-*.pickle"):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as tmp:
            pickle.dump(kb, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
    except Exception:  # a cache we cannot write is only slower
        pass
    return kb
