"""Where the store keeps its data: the user's data folder by default, CAREERNAV_DB, or an
explicit path or URL; and the errors for places it cannot use."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest
from sqlalchemy import make_url

from careernav.store import DB_ENV, Store, StoreOpenError, default_database_path

pytest_plugins = ["conftest_store"]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs' user data folder for "careernav", moved into tmp_path (not created yet)."""
    folder = tmp_path / "home" / ".local" / "share" / "careernav"

    def user_data_dir(appname: str | None = None, *args, **kwargs) -> str:
        assert appname == "careernav"
        return str(folder)

    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    monkeypatch.delenv(DB_ENV, raising=False)
    return folder


def test_default_is_careernav_db_in_the_user_data_folder(data_dir: Path):
    assert not data_dir.exists()
    assert default_database_path() == data_dir / "careernav.db"
    with Store.open() as store:
        store.create_profile("ada")
        assert store.url == f"sqlite:///{data_dir / 'careernav.db'}"
    assert (data_dir / "careernav.db").is_file()
    with Store.open() as store:
        assert [p.name for p in store.list_profiles()] == ["ada"]


def test_careernav_db_may_be_a_path(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "elsewhere.db"
    monkeypatch.setenv(DB_ENV, str(path))
    with Store.open() as store:
        store.create_profile("ada")
    assert path.is_file()
    assert not data_dir.exists()


def test_careernav_db_path_may_start_with_a_tilde(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(DB_ENV, "~/mine.db")
    with Store.open() as store:
        assert store.url == f"sqlite:///{tmp_path / 'mine.db'}"


def test_careernav_db_may_be_a_relative_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(DB_ENV, "relative.db")
    with Store.open() as store:
        store.create_profile("ada")
    assert (tmp_path / "relative.db").is_file()


def test_careernav_db_may_be_a_sqlite_url(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "by-url.db"
    monkeypatch.setenv(DB_ENV, f"sqlite:///{path}")
    with Store.open() as store:
        store.create_profile("ada")
    assert path.is_file()


def test_careernav_db_may_be_a_postgresql_url(
    data_dir: Path, make_store_url, monkeypatch: pytest.MonkeyPatch
):
    url = make_store_url("postgresql")
    monkeypatch.setenv(DB_ENV, url)
    with Store.open() as store:
        store.create_profile("ada")
        assert store.url.startswith("postgresql+psycopg://")
    with Store.open(url) as store:
        assert [p.name for p in store.list_profiles()] == ["ada"]
    assert not data_dir.exists()


def test_a_plain_postgresql_url_uses_psycopg(make_store_url, monkeypatch: pytest.MonkeyPatch):
    url = make_url(make_store_url("postgresql"))
    for scheme in ("postgresql", "postgres"):
        plain = url.set(drivername=scheme).render_as_string(hide_password=False)
        with Store.open(plain) as store:
            assert store.url.startswith("postgresql+psycopg://")
            store.list_profiles()


def test_an_explicit_argument_wins_over_careernav_db(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv(DB_ENV, str(tmp_path / "from-env.db"))
    with Store.open(tmp_path / "explicit.db"):
        pass
    assert (tmp_path / "explicit.db").is_file()
    assert not (tmp_path / "from-env.db").exists()


def test_an_empty_careernav_db_means_the_default(data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(DB_ENV, "  ")
    with Store.open():
        pass
    assert (data_dir / "careernav.db").is_file()


def test_in_memory_sqlite_works():
    with Store.open("sqlite://") as store:
        store.create_profile("ada")
        assert [p.name for p in store.list_profiles()] == ["ada"]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("{tmp}/no/such/folder/careernav.db", ["the folder", "does not exist", "Create it"]),
        ("{tmp}", ["is a folder", "careernav.db"]),
        ("mysql://user@host/db", ["'mysql'", "SQLite or PostgreSQL"]),
        ("postgresql+asyncpg://user@host/db", ["SQLite or PostgreSQL"]),
        ("://nothing", ["not a database URL", "sqlite:///"]),
    ],
)
def test_places_the_store_cannot_use_are_explained(tmp_path: Path, monkeypatch, value, words):
    value = value.replace("{tmp}", str(tmp_path))
    for how in ("argument", "environment"):
        if how == "environment":
            monkeypatch.setenv(DB_ENV, value)
            call = Store.open
        else:
            monkeypatch.delenv(DB_ENV, raising=False)

            def call():
                return Store.open(value)

        with pytest.raises(StoreOpenError) as caught:
            call()
        for word in words:
            assert word in str(caught.value), (how, str(caught.value))
        if how == "environment":
            assert DB_ENV in str(caught.value)
    assert not (tmp_path / "no").exists()


def test_migrations_ship_inside_the_package():
    from careernav.store import _migrate

    versions = sorted(p.name for p in (_migrate.MIGRATIONS_DIR / "versions").glob("*.py"))
    assert len(versions) >= 2
    assert (_migrate.MIGRATIONS_DIR / "env.py").is_file()
    assert (_migrate.MIGRATIONS_DIR / "script.py.mako").is_file()
