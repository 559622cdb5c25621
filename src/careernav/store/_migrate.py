"""Bringing a database's schema up to date with the Alembic revisions in `migrations/`.

Runs with no alembic.ini: the configuration is built here, and the store's own connection is
handed to `migrations/env.py`. All pending revisions run in one transaction, so a failed or
killed upgrade leaves the database at the revision it had.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from careernav.errors import StoreSchemaError
from careernav.store._engine import WRITE
from careernav.store._models import Base

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Any fixed number: PostgreSQL advisory lock that makes concurrent upgrades wait for each other.
_PG_LOCK_KEY = 7_304_118_202


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic Config for careernav's migrations, on `connection` (or `url`, by hand)."""
    config = Config()
    # Config values go through configparser interpolation, where % is special.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = scripts().get_current_head()
    assert head is not None, "careernav ships at least one migration"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in scripts().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, where: str, target: str = "head") -> None:
    """Upgrade the database to `target` (normally the newest revision) in one transaction."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # Rebuilding a table on SQLite means dropping it, and with foreign keys on, that
            # would cascade-delete the rows that point at it. SQLite's documented procedure:
            # foreign keys off (only possible outside a transaction), change, check, commit.
            _sqlite_pragma(connection, "foreign_keys = OFF")
        try:
            with connection.execution_options(**{WRITE: True}).begin():
                if engine.dialect.name == "postgresql":
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY}
                    )
                _upgrade_in_transaction(connection, where, target)
        finally:
            if sqlite and not connection.invalidated:
                _sqlite_pragma(connection, "foreign_keys = ON")


def _upgrade_in_transaction(connection: Connection, where: str, target: str) -> None:
    current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise StoreSchemaError(
            f"{where} was written by a newer careernav (schema revision {current!r} is unknown "
            "to this version). Nothing was changed. Upgrade careernav "
            "(`pip install -U careernav`) to open it."
        )
    if current is None:
        clashes = sorted(set(inspect(connection).get_table_names()) & set(Base.metadata.tables))
        if clashes:
            raise StoreSchemaError(
                f"{where} already has tables named {', '.join(clashes)} but was not made by "
                "careernav. Nothing was changed. Choose another database or file."
            )
    if target == "head" and current == head_revision():
        return
    command.upgrade(alembic_config(connection), target)
    if connection.dialect.name == "sqlite":
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise StoreSchemaError(
                f"Upgrading {where} would leave {len(broken)} broken reference(s) (first: "
                f"{tuple(broken[0])}). Nothing was changed. Please report this as a bug."
            )


def _sqlite_pragma(connection: Connection, pragma: str) -> None:
    # Straight to the driver: through SQLAlchemy it would start a transaction first.
    driver_connection = connection.connection.driver_connection
    assert driver_connection is not None
    driver_connection.execute(f"PRAGMA {pragma}")
