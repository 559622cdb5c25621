"""Fixtures for the store tests: every store test runs on a SQLite file and on PostgreSQL.

Load with `pytest_plugins = ["conftest_store"]` in a test module.

PostgreSQL comes from CAREERNAV_TEST_POSTGRES_URL (a postgresql+psycopg:// URL to an empty
database; scripts/test.sh starts a throwaway server and sets it). Each test gets a fresh schema,
dropped afterwards. Without the variable the PostgreSQL cases are skipped, unless
CAREERNAV_REQUIRE_POSTGRES=1, when they fail: the official run never skips them silently.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

from careernav.store import Store

POSTGRES_URL_ENV = "CAREERNAV_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "CAREERNAV_REQUIRE_POSTGRES"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    url = os.environ.get(POSTGRES_URL_ENV, "").strip()
    if url:
        return url
    if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
        pytest.fail(
            f"{REQUIRE_POSTGRES_ENV}=1 but {POSTGRES_URL_ENV} is not set: the PostgreSQL store "
            "tests cannot run. Run them through scripts/test.sh, which starts a server."
        )
    pytest.skip(
        f"PostgreSQL store tests need {POSTGRES_URL_ENV} (a postgresql+psycopg:// URL to an "
        "empty database); scripts/test.sh starts a throwaway server and sets it"
    )


@pytest.fixture
def make_store_url(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[str], str]]:
    """make_store_url(backend) → the URL (or path) of a new, empty database on that backend."""
    schemas: list[str] = []
    admin = None

    def make(backend: str) -> str:
        nonlocal admin
        if backend == "sqlite":
            return str(tmp_path / f"careernav-{uuid.uuid4().hex[:8]}.db")
        server = make_url(request.getfixturevalue("postgres_server_url"))
        if admin is None:
            admin = create_engine(server, poolclass=NullPool)
        schema = f"careernav_test_{uuid.uuid4().hex[:12]}"
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        schemas.append(schema)
        url = server.update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    yield make
    if admin is not None:
        with admin.begin() as connection:
            for schema in schemas:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def store_url(backend: str, make_store_url: Callable[[str], str]) -> str:
    return make_store_url(backend)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as opened:
        yield opened
