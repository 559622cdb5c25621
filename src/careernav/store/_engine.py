"""Where the database is, how to connect to it, and what its errors mean to a user."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import StaticPool

from careernav.errors import StoreBusyError, StoreError, StoreOpenError

DB_ENV = "CAREERNAV_DB"
DEFAULT_FILENAME = "careernav.db"
DEFAULT_TIMEOUT = 30.0
# Execution option that marks a write transaction: on SQLite it begins with BEGIN IMMEDIATE, so
# a writer waits for the lock up front instead of failing halfway when another writer holds it.
WRITE = "careernav_write"

URL_EXAMPLES = "sqlite:////home/me/careernav.db or postgresql+psycopg://user:password@host/dbname"


@dataclass(frozen=True)
class Location:
    url: URL
    where: str  # how messages name the database: a file path, or "PostgreSQL database … at …"


def default_database_path() -> Path:
    """`careernav.db` in the user's data folder (platformdirs), e.g. ~/.local/share/careernav."""
    return Path(platformdirs.user_data_dir("careernav")) / DEFAULT_FILENAME


def resolve_location(url_or_path: str | Path | None) -> Location:
    """The argument if given, else $CAREERNAV_DB, else the default file (its folder is made)."""
    source = "The database"
    if url_or_path is None:
        value = os.environ.get(DB_ENV, "").strip()
        if not value:
            path = default_database_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            return _sqlite_location(path, source)
        url_or_path, source = value, DB_ENV
    if isinstance(url_or_path, Path):
        return _sqlite_location(url_or_path, source)
    if "://" in url_or_path:
        return _url_location(url_or_path, source)
    if not url_or_path.strip():
        raise StoreOpenError(f"{source} is empty. Give a file path or a URL like {URL_EXAMPLES}.")
    return _sqlite_location(Path(url_or_path), source)


def _sqlite_location(path: Path, source: str) -> Location:
    path = path.expanduser().absolute()
    if path.is_dir():
        raise StoreOpenError(
            f"{source} {path} is a folder. Give the path of a file, e.g. {path / DEFAULT_FILENAME}."
        )
    if not path.parent.is_dir():
        raise StoreOpenError(
            f"{source} {path}: the folder {path.parent} does not exist. "
            "Create it, or choose another path."
        )
    return Location(URL.create("sqlite", database=str(path)), str(path))


def _url_location(text: str, source: str) -> Location:
    try:
        url = make_url(text)
    except sa_exc.ArgumentError:
        raise StoreOpenError(
            f"{source} {text!r} is not a database URL careernav understands. "
            f"Give a file path or a URL like {URL_EXAMPLES}."
        ) from None
    backend, _, driver = url.drivername.partition("+")
    if backend in ("postgres", "postgresql") and driver in ("", "psycopg"):
        url = url.set(drivername="postgresql+psycopg")
        where = f"PostgreSQL database {url.database or '(default)'} at {url.host or 'localhost'}"
        if url.port:
            where += f":{url.port}"
        return Location(url, where)
    if backend == "sqlite" and driver in ("", "pysqlite"):
        url = url.set(drivername="sqlite")
        if url.database in (None, "", ":memory:"):
            return Location(url, "the in-memory SQLite database")
        return _sqlite_location(Path(url.database), source)
    raise StoreOpenError(
        f"{source} {url.render_as_string(hide_password=True)!r} uses {url.drivername!r}; "
        f"careernav keeps data in SQLite or PostgreSQL (with psycopg). Use a URL like "
        f"{URL_EXAMPLES}."
    )


def create_store_engine(location: Location, timeout: float = DEFAULT_TIMEOUT) -> Engine:
    url = location.url
    if url.get_backend_name() == "sqlite":
        memory = url.database in (None, "", ":memory:")
        engine = create_engine(
            url,
            connect_args={"timeout": timeout},
            poolclass=StaticPool if memory else None,
        )
        _use_sqlite_transactions(engine, wal=not memory)
        return engine
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = 10
    engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True)
    _use_postgresql_lock_timeout(engine, timeout)
    return engine


def _use_sqlite_transactions(engine: Engine, *, wal: bool) -> None:
    # pysqlite's own transaction handling starts no transaction before SELECT or DDL; take it
    # over so that reads are consistent and migrations are atomic (SQLAlchemy's documented way).
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        writing = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def _use_postgresql_lock_timeout(engine: Engine, timeout: float) -> None:
    milliseconds = max(1, round(timeout * 1000))

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {milliseconds}")
        dbapi_connection.autocommit = autocommit


def translate_error(exc: Exception, where: str) -> StoreError:
    """A SQLAlchemy error as a StoreError whose message says what to do."""
    if isinstance(exc, sa_exc.NoSuchModuleError | sa_exc.ArgumentError):
        return StoreOpenError(f"Cannot use {where}: {exc}. Give a URL like {URL_EXAMPLES}.")
    if not isinstance(exc, sa_exc.DBAPIError):
        return StoreError(f"Could not use {where}: {exc}. Nothing was written.")
    reason = _reason(exc)
    low = reason.lower()
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if "database is locked" in low or "table is locked" in low or sqlstate == "55P03":
        return StoreBusyError(
            f"{where} is busy: another program (perhaps another careernav) is writing to it. "
            "Nothing was written. Wait until it has finished, then try again."
        )
    if "unable to open database file" in low:
        return StoreOpenError(
            f"Could not open the database file {where}. Check that its folder exists and that "
            "you may read and write there."
        )
    if "file is not a database" in low or "malformed" in low:
        return StoreOpenError(
            f"{where} is not a careernav database, or it is damaged ({reason}). Choose another "
            f"file ({DB_ENV} or the path you gave), or restore your data from an export."
        )
    if "readonly" in low or "read-only" in low:
        return StoreOpenError(
            f"{where} is read-only for you ({reason}). Nothing was written. Check the file's "
            "permissions, or choose another file."
        )
    if "disk is full" in low or "disk i/o error" in low:
        return StoreError(
            f"Could not write to {where}: {reason}. Nothing was written. Free some disk space "
            "and try again."
        )
    if isinstance(exc, sa_exc.IntegrityError):
        return StoreError(
            f"{where} refused the change ({reason}). Nothing was written. If another careernav "
            "was changing the same data, try again."
        )
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError) and (
        where.startswith("PostgreSQL") or exc.connection_invalidated
    ):
        return StoreOpenError(
            f"Could not use {where}: {reason}. Nothing was written. Check that the server is "
            f"running and reachable, and that the URL ({DB_ENV} or the one "
            "you gave) has the right host, port, user, password and database name."
        )
    return StoreError(f"{where} reported an error: {reason}. Nothing was written.")


def _reason(exc: sa_exc.DBAPIError) -> str:
    text = str(exc.orig).strip() or type(exc.orig).__name__
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return "; ".join(lines[:2])
