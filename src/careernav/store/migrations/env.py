"""Alembic's entry point for careernav's migrations.

The store runs migrations on its own connection (`config.attributes["connection"]`, see
`careernav/store/_migrate.py`), inside its own transaction. When a developer runs Alembic by
hand with a URL instead (e.g. to autogenerate a revision), the database is opened the way the
store opens it.
"""

from __future__ import annotations

from alembic import context

from careernav.store._models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
elif config.attributes.get("connection") is not None:
    _run(config.attributes["connection"])
else:
    from careernav.store._engine import create_store_engine, resolve_location

    engine = create_store_engine(resolve_location(config.get_main_option("sqlalchemy.url")))
    try:
        with engine.begin() as connection:
            _run(connection)
    finally:
        engine.dispose()
