"""Data that survives: a writer killed mid-transaction, an older schema upgraded in place, a
failed upgrade rolled back, and databases the store must not touch."""

from __future__ import annotations

import hashlib
import json
import select
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, event, inspect, make_url, text
from sqlalchemy.pool import NullPool

from careernav.store import (
    Store,
    StoreBusyError,
    StoreError,
    StoreOpenError,
    StoreSchemaError,
)
from careernav.store._migrate import alembic_config, head_revision, scripts
from careernav.store._models import Base

pytest_plugins = ["conftest_store"]

REVISION_1 = "0c5485c578ad"
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

# Runs the store in a child process that stops for good after all of its writes have been sent
# to the database, just before COMMIT: it prints "ready" and sleeps until the test kills it.
WRITER = textwrap.dedent(
    """
    import json, sys, time
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    from careernav.store import Store

    url, operation = sys.argv[1], sys.argv[2]
    store = Store.open(url)

    def pause(session):
        print("ready", flush=True)
        time.sleep(600)

    event.listen(Session, "before_commit", pause)
    if operation == "save_plan":
        store.save_plan("ada", {"revised": True}, "role", "data-engineer", "kb-2", 4, None)
    else:
        with open(sys.argv[3], encoding="utf-8") as file:
            store.import_data(json.load(file), replace=True)
    print("committed", flush=True)
    """
)


def _sqlite_path(store_url: str) -> str | None:
    return None if "://" in store_url else store_url


def _healthy(store_url: str) -> None:
    path = _sqlite_path(store_url)
    if path is not None:
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def _run_until_ready(arguments: list[str]) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    readable, _, _ = select.select([process.stdout], [], [], 120)
    line = process.stdout.readline() if readable else ""
    if line.strip() != "ready":
        process.kill()
        _, errors = process.communicate()
        pytest.fail(f"the writer did not get to its commit: {line!r}\n{errors}")
    return process


def _kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL


def _seed(store: Store) -> None:
    store.create_profile("ada", language="ko", target_role="ml-engineer")
    posting = store.add_document("ada", "posting", "job.md", "md", "LLM engineer")
    store.update_profile("ada", target_posting_document_id=posting.id)
    store.save_plan("ada", {"weeks": [["python"]]}, "role", "ml-engineer", "kb-1", 8, None)
    store.record_progress("ada", "skill", "python", "learned", at=T0)
    store.save_retrospective("ada", "quarter", "2026-Q1", {"went_well": "python"})


def test_a_writer_killed_before_commit_leaves_the_previous_plan(store_url: str):
    with Store.open(store_url) as store:
        _seed(store)
        before = store.export_data()
        old_plan = store.active_plan("ada")

    process = _run_until_ready([store_url, "save_plan"])
    _kill(process)

    _healthy(store_url)
    with Store.open(store_url) as store:
        assert store.export_data() == before
        assert store.active_plan("ada") == old_plan
        # and the database takes writes again
        new_plan = store.save_plan("ada", {"after": "kill"}, "role", "ml-engineer", "kb-2", 8, None)
        assert store.active_plan("ada") == new_plan
        assert len(store.list_plans("ada")) == 2


def test_an_import_killed_half_way_leaves_everything_as_it_was(store_url: str, tmp_path: Path):
    with Store.open(store_url) as store:
        _seed(store)
        before = store.export_data()
        # The replacement: the same profile, with a big document so that SQLite has to spill
        # uncommitted pages to its write-ahead log before the kill.
        replacement = json.loads(json.dumps(before))
        replacement["profiles"][0]["documents"].append(
            {
                "id": 99,
                "kind": "resume",
                "name": "big.txt",
                "format": "txt",
                "text": "x" * 8_000_000,
                "sha256": hashlib.sha256(b"x" * 8_000_000).hexdigest(),
                "created_at": T0.isoformat(),
            }
        )
    data_file = tmp_path / "replacement.json"
    data_file.write_text(json.dumps(replacement), "utf-8")

    process = _run_until_ready([store_url, "import", str(data_file)])
    path = _sqlite_path(store_url)
    if path is not None:  # most of the uncommitted 8 MB did reach the disk
        assert Path(f"{path}-wal").stat().st_size > 4_000_000
    _kill(process)

    _healthy(store_url)
    with Store.open(store_url) as store:
        assert store.export_data() == before
        store.import_data(replacement, replace=True)
        assert len(store.export_data()["profiles"][0]["documents"]) == 2


def _plain_engine(store_url: str):
    url = store_url if "://" in store_url else f"sqlite:///{store_url}"
    return create_engine(url, poolclass=NullPool)


def _at_revision_1_with_data(backend: str, store_url: str) -> None:
    """A database as careernav's first schema made it, filled with plain SQL (ids from 1, as
    the database hands them out)."""
    engine = _plain_engine(store_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), REVISION_1)
    # SQLite keeps naive UTC text; PostgreSQL a timestamp with time zone.
    when = "2026-01-05 09:00:00" if backend == "sqlite" else "2026-01-05 09:00:00+00"
    json_value = "(:value)" if backend == "sqlite" else "CAST(:value AS JSON)"
    statements = [
        (
            "INSERT INTO profiles (name, language, target_role, hours_per_week, created_at, updated_at) "
            "VALUES ('지민', 'ko', 'ml-engineer', 6.5, :when, :when)",
            {},
        ),
        (
            "INSERT INTO documents (profile_id, kind, name, format, text, sha256, created_at) "
            "VALUES (1, 'resume', 'cv.md', 'md', '파이썬', :sha, :when), "
            "(1, 'posting', 'job.md', 'md', 'LLM', :sha2, :when)",
            {
                "sha": hashlib.sha256("파이썬".encode()).hexdigest(),
                "sha2": hashlib.sha256(b"LLM").hexdigest(),
            },
        ),
        ("UPDATE profiles SET target_posting_document_id = 2 WHERE id = 1", {}),
        (
            "INSERT INTO analyses (profile_id, resume_document_id, posting_document_id, kind, result, created_at) "
            f"VALUES (1, 1, 2, 'match', {json_value}, :when)",
            {"value": json.dumps({"verdict": "stretch", "coverage": 0.5})},
        ),
        (
            "INSERT INTO plans (profile_id, analysis_id, target_kind, target_id, kb_version, hours_per_week, body, active, created_at) "
            f"VALUES (1, 1, 'posting', '2', 'kb-1', 6.5, {json_value}, :active, :when)",
            {"value": json.dumps({"weeks": [["python"]]}), "active": True},
        ),
        (
            "INSERT INTO progress_events (profile_id, subject_kind, subject_id, status, note, created_at) "
            "VALUES (1, 'skill', 'python', 'learned', '끝', :when), "
            "(1, 'project', 'rag-bot', 'in-progress', NULL, :when)",
            {},
        ),
    ]
    with engine.begin() as connection:
        for statement, parameters in statements:
            connection.execute(text(statement), {"when": when, **parameters})
    engine.dispose()


def test_a_database_at_revision_1_upgrades_with_its_data_intact(backend: str, store_url: str):
    _at_revision_1_with_data(backend, store_url)
    with Store.open(store_url) as store:
        profile = store.get_profile("지민")
        assert (profile.language, profile.target_role, profile.hours_per_week) == (
            "ko",
            "ml-engineer",
            6.5,
        )
        assert profile.created_at == T0
        assert profile.target_posting_document_id == 2
        assert store.get_document(1).text == "파이썬"
        analysis = store.latest_analysis("지민")
        assert analysis.result == {"verdict": "stretch", "coverage": 0.5}
        assert (analysis.resume_document_id, analysis.posting_document_id) == (1, 2)
        [plan] = store.list_plans("지민")
        assert plan.active and plan.start_date is None and plan.body == {"weeks": [["python"]]}
        assert store.latest_status("지민") == {
            ("skill", "python"): "learned",
            ("project", "rag-bot"): "in-progress",
        }
        assert store.progress_events("지민")[0].note == "끝"
        assert store.export_data()["schema_revision"] == head_revision()

        # what revision 2 added works
        retrospective = store.save_retrospective("지민", "year", "2026", {"summary": "첫 해"})
        assert store.list_retrospectives("지민") == [retrospective]
        new_plan = store.save_plan(
            "지민", {"weeks": []}, "role", "ml-engineer", "kb-2", 6, date(2026, 2, 1)
        )
        assert store.active_plan("지민") == new_plan
        assert new_plan.start_date == date(2026, 2, 1)
        # rows inserted by hand did not collide with new ids
        assert store.add_document("지민", "resume", "cv2.md", "md", "x").id == 3
    _healthy(store_url)


def test_a_failed_upgrade_leaves_the_database_at_its_old_revision(backend: str, store_url: str):
    _at_revision_1_with_data(backend, store_url)
    engine = _plain_engine(store_url)
    with engine.begin() as connection:  # something in the way of revision 2
        connection.execute(text("CREATE TABLE retrospectives (id INTEGER PRIMARY KEY)"))
    with pytest.raises(StoreError, match="retrospectives"):
        Store.open(store_url)
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == REVISION_1
        columns = {column["name"] for column in inspect(connection).get_columns("plans")}
        assert "start_date" not in columns  # revision 2's first step was rolled back too
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE retrospectives"))
    engine.dispose()
    with Store.open(store_url) as store:
        assert store.latest_status("지민")[("skill", "python")] == "learned"
        assert store.list_plans("지민")[0].start_date is None


def test_the_models_match_the_migrations(store: Store, store_url: str):
    engine = _plain_engine(store_url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_migrations_form_one_line_named_by_intent():
    revisions = list(scripts().walk_revisions())
    assert len(revisions) >= 2
    assert len(scripts().get_heads()) == 1
    assert len({r.revision for r in revisions}) == len(revisions)
    messages = [r.doc for r in reversed(revisions)]
    assert messages[0] == "create profiles, documents, analyses, plans and progress events"
    assert messages[1].startswith("add retrospectives")
    for revision in revisions:
        slug = Path(revision.path).stem.split("_", 1)[1]
        assert slug.replace("_", " ") in revision.doc.replace(",", "").replace("(", "").replace(
            ")", ""
        )


def test_downgrade_to_nothing_and_back(store_url: str):
    Store.open(store_url).close()
    engine = _plain_engine(store_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    with Store.open(store_url) as store:
        store.create_profile("ada")
        assert [p.name for p in store.list_profiles()] == ["ada"]


def test_a_database_from_a_newer_careernav_is_left_alone(store_url: str):
    with Store.open(store_url) as store:
        store.create_profile("ada")
    engine = _plain_engine(store_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff00001111'"))
    engine.dispose()
    with pytest.raises(StoreSchemaError) as caught:
        Store.open(store_url)
    message = str(caught.value)
    assert "newer careernav" in message and "'ffff00001111'" in message
    assert "pip install -U careernav" in message


def test_a_database_made_by_something_else_is_refused(store_url: str):
    engine = _plain_engine(store_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE profiles (id INTEGER PRIMARY KEY, other TEXT)"))
        connection.execute(text("INSERT INTO profiles (id, other) VALUES (1, 'theirs')"))
    with pytest.raises(
        StoreSchemaError, match="already has tables named profiles but was not made by careernav"
    ):
        Store.open(store_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT other FROM profiles")).scalar() == "theirs"
    engine.dispose()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100, "utf-8")
    with pytest.raises(StoreOpenError, match="is not a careernav database, or it is damaged"):
        Store.open(path)
    assert path.read_text("utf-8").startswith("these are my notes")


def test_a_busy_sqlite_database_says_so(tmp_path: Path):
    path = tmp_path / "careernav.db"
    with Store.open(path, timeout=0.2) as store:
        store.create_profile("ada")
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        try:
            with pytest.raises(StoreBusyError, match="busy: another program") as caught:
                store.record_progress("ada", "skill", "python", "learned")
            assert "try again" in str(caught.value)
            assert store.get_profile("ada").name == "ada"  # reading still works
            with pytest.raises(StoreBusyError):
                Store.open(path, timeout=0.2)
        finally:
            other.execute("ROLLBACK")
            other.close()
        store.record_progress("ada", "skill", "python", "learned")
        assert store.latest_status("ada") == {("skill", "python"): "learned"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_postgresql_server_says_what_to_check():
    port = _free_port()
    with pytest.raises(StoreOpenError) as caught:
        Store.open(f"postgresql+psycopg://careernav:secret@127.0.0.1:{port}/careernav")
    message = str(caught.value)
    assert f"PostgreSQL database careernav at 127.0.0.1:{port}" in message
    assert "Check that the server is running" in message
    assert "secret" not in message


def test_a_missing_postgresql_database_says_what_to_check(postgres_server_url: str):
    url = make_url(postgres_server_url).set(database="careernav_no_such_database")
    with pytest.raises(StoreOpenError, match="careernav_no_such_database"):
        Store.open(url.render_as_string(hide_password=False))


def test_sqlite_stores_run_migrations_and_writes_in_one_transaction(
    make_store_url: Callable[[str], str],
):
    """Writes take the lock up front (BEGIN IMMEDIATE) and reads see one snapshot (BEGIN)."""
    statements: list[str] = []
    path = make_store_url("sqlite")
    with Store.open(path) as store:
        event.listen(store._engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        store.create_profile("ada")
        store.get_profile("ada")
    begins = [s for s in statements if s.startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE", "BEGIN"]
