"""Users who may sign in to `careernav serve`: scrypt-hashed passwords in the store, the
`add users` migration, and `careernav user` on the command line."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.pool import NullPool

from careernav.cli import main
from careernav.store import (
    MIN_PASSWORD_LENGTH,
    InvalidPasswordError,
    Store,
    StoreError,
    User,
    UserExistsError,
    UserNotFoundError,
)
from careernav.store import _passwords as passwords
from careernav.store._migrate import alembic_config, head_revision, scripts

pytest_plugins = ["conftest_store"]

PREVIOUS_HEAD = "e6f8d8a693b0"  # add retrospectives: the head before users
PASSWORD = "correct horse battery"
HASH_PATTERN = re.compile(r"scrypt\$16384\$8\$1\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)")


def _plain_engine(store_url: str):
    url = store_url if "://" in store_url else f"sqlite:///{store_url}"
    return create_engine(url, poolclass=NullPool)


def _stored_hash(store_url: str, name: str) -> str:
    engine = _plain_engine(store_url)
    with engine.connect() as connection:
        value = connection.execute(
            text("SELECT password_hash FROM users WHERE name = :name"), {"name": name}
        ).scalar_one()
    engine.dispose()
    return value


# --- The store ---------------------------------------------------------------------------------


def test_add_and_verify_a_user(store: Store):
    added = store.add_user("ada", PASSWORD)
    assert isinstance(added, User)
    assert (added.name, added.last_login_at) == ("ada", None)
    assert not hasattr(added, "password_hash")

    assert store.verify_user("ada", "wrong password") is None
    assert store.verify_user("nobody", PASSWORD) is None
    assert store.verify_user("", PASSWORD) is None
    assert store.list_users()[0].last_login_at is None  # failed logins are not recorded

    signed_in = store.verify_user("ada", PASSWORD)
    assert signed_in is not None
    assert (signed_in.id, signed_in.name) == (added.id, "ada")
    assert signed_in.last_login_at is not None and signed_in.last_login_at >= added.created_at
    assert signed_in.last_login_at.utcoffset().total_seconds() == 0
    assert store.list_users() == [signed_in]
    assert store.verify_user(" ada ", PASSWORD).name == "ada"  # names are stripped, as profiles'


def test_an_unknown_user_costs_a_hash_like_a_wrong_password(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    store.add_user("ada", PASSWORD)
    real_scrypt = hashlib.scrypt
    calls: list[tuple[int, int, int]] = []

    def counting(password, *, salt, n, r, p, maxmem=0, dklen=64):
        calls.append((n, r, p))
        return real_scrypt(password, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=dklen)

    monkeypatch.setattr(passwords.hashlib, "scrypt", counting)
    assert store.verify_user("ada", "wrong password") is None
    assert store.verify_user("nobody", PASSWORD) is None
    assert calls == [(2**14, 8, 1), (2**14, 8, 1)]


def test_the_hash_is_self_describing_scrypt_with_a_random_salt(store: Store, store_url: str):
    store.add_user("ada", PASSWORD)
    store.add_user("bob", PASSWORD)
    stored = _stored_hash(store_url, "ada")
    match = HASH_PATTERN.fullmatch(stored)
    assert match, stored
    salt, key = (base64.b64decode(part, validate=True) for part in match.groups())
    assert (len(salt), len(key)) == (16, 32)
    assert key == hashlib.scrypt(PASSWORD.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    assert PASSWORD not in stored

    # the same password twice: different salts, different hashes
    other = _stored_hash(store_url, "bob")
    assert HASH_PATTERN.fullmatch(other) and other != stored
    assert other.split("$")[4] != stored.split("$")[4]
    assert passwords.hash_password(PASSWORD) != passwords.hash_password(PASSWORD)


def test_the_plain_password_is_nowhere_in_a_sqlite_file(
    make_store_url: Callable[[str], str],
):
    store_url = make_store_url("sqlite")
    with Store.open(store_url) as store:
        store.add_user("ada", "unmistakable-secret-42")
        store.set_password("ada", "another-unmistakable-secret-43")
        store.verify_user("ada", "another-unmistakable-secret-43")
    for path in Path(store_url).parent.glob(Path(store_url).name + "*"):
        content = path.read_bytes()
        assert b"unmistakable-secret" not in content, path


def test_a_short_password_is_refused(store: Store):
    with pytest.raises(InvalidPasswordError) as caught:
        store.add_user("ada", "short12")
    message = str(caught.value)
    assert f"at least {MIN_PASSWORD_LENGTH} characters" in message
    assert "short12" not in message and "short12" not in repr(caught.value.args)
    assert not store.has_users()
    with pytest.raises(InvalidPasswordError, match="must be text"):
        store.add_user("ada", b"bytes-password")  # type: ignore[arg-type]
    with pytest.raises(InvalidPasswordError, match="must be text"):
        store.add_user("ada", None)  # type: ignore[arg-type]

    assert store.add_user("ada", "8 chars!").name == "ada"  # exactly the minimum is enough
    assert store.add_user("민지", "비밀번호여덟자다").name == "민지"  # characters, not bytes
    with pytest.raises(InvalidPasswordError):
        store.set_password("ada", "short")
    assert store.verify_user("ada", "8 chars!") is not None  # the old password still works


def test_passwords_are_compared_in_nfc(store: Store):
    typed_on_a_mac = unicodedata.normalize("NFD", "한국어비밀번호입니다")
    store.add_user("ada", typed_on_a_mac)
    assert store.verify_user("ada", unicodedata.normalize("NFC", typed_on_a_mac)) is not None


def test_a_user_name_is_taken_once(store: Store):
    store.add_user("ada", PASSWORD)
    with pytest.raises(UserExistsError) as caught:
        store.add_user(" ada ", "another password")
    assert "careernav user passwd ada" in str(caught.value)
    assert isinstance(caught.value, StoreError)
    assert store.verify_user("ada", PASSWORD) is not None  # untouched
    assert [u.name for u in store.list_users()] == ["ada"]


def test_list_users_is_by_name(store: Store):
    for name in ["carol", "ada", "bob"]:
        store.add_user(name, PASSWORD)
    assert [u.name for u in store.list_users()] == ["ada", "bob", "carol"]


def test_delete_a_user(store: Store):
    store.add_user("ada", PASSWORD)
    store.add_user("bob", PASSWORD)
    store.delete_user("ada")
    assert store.verify_user("ada", PASSWORD) is None
    assert [u.name for u in store.list_users()] == ["bob"]
    with pytest.raises(UserNotFoundError) as caught:
        store.delete_user("ada")
    assert "careernav user list" in str(caught.value)
    store.add_user("ada", "a new password")  # the name is free again
    assert store.verify_user("ada", "a new password") is not None


def test_set_password(store: Store):
    store.add_user("ada", PASSWORD)
    store.verify_user("ada", PASSWORD)
    changed = store.set_password("ada", "a brand new one")
    assert changed.name == "ada"
    assert store.verify_user("ada", PASSWORD) is None
    assert store.verify_user("ada", "a brand new one") is not None
    with pytest.raises(UserNotFoundError, match="careernav user add nobody"):
        store.set_password("nobody", "a brand new one")


def test_has_users(store: Store):
    assert store.has_users() is False
    store.add_user("ada", PASSWORD)
    assert store.has_users() is True
    store.delete_user("ada")
    assert store.has_users() is False


def test_a_damaged_hash_never_matches(store: Store, store_url: str):
    store.add_user("ada", PASSWORD)
    engine = _plain_engine(store_url)
    for damaged in ["plain", "scrypt$1048577$8$1$AAAA$AAAA", "scrypt$x$8$1$AAAA$AAAA", ""]:
        with engine.begin() as connection:
            connection.execute(text("UPDATE users SET password_hash = :h"), {"h": damaged})
        assert store.verify_user("ada", PASSWORD) is None
    engine.dispose()
    store.set_password("ada", PASSWORD)  # the way out
    assert store.verify_user("ada", PASSWORD) is not None


def test_hostile_hash_parameters_are_refused_before_hashing():
    salt = base64.b64encode(bytes(16)).decode()
    key = base64.b64encode(bytes(32)).decode()
    for n, r, p in [(2**30, 8, 1), (3000, 8, 1), (2**14, 1000, 1), (2**14, 8, 1000)]:
        assert passwords._parse(f"scrypt${n}${r}${p}${salt}${key}") is None
    assert passwords._parse(f"scrypt$16384$8$1${salt}${key}") == (16384, 8, 1, bytes(16), bytes(32))


def test_exports_hold_no_users_and_imports_keep_them(store: Store):
    store.create_profile("ada", language="ko")
    store.add_user("ada", PASSWORD)
    data = store.export_data()
    dumped = json.dumps(data, ensure_ascii=False)
    assert "users" not in data and "password" not in dumped and "scrypt" not in dumped
    store.import_data(data, replace=True)
    assert store.verify_user("ada", PASSWORD) is not None


# --- The migration -----------------------------------------------------------------------------


def _rows(store_url: str) -> dict[str, list[tuple]]:
    engine = _plain_engine(store_url)
    with engine.connect() as connection:
        tables = sorted(set(inspect(connection).get_table_names()) - {"alembic_version"})
        rows = {
            table: [tuple(row) for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in tables
        }  # fmt: skip
    engine.dispose()
    return rows


def _at_previous_head_with_data(backend: str, store_url: str) -> None:
    engine = _plain_engine(store_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), PREVIOUS_HEAD)
    when = "2026-01-05 09:00:00" if backend == "sqlite" else "2026-01-05 09:00:00+00"
    json_value = "(:value)" if backend == "sqlite" else "CAST(:value AS JSON)"
    statements = [
        "INSERT INTO profiles (name, language, target_role, hours_per_week, created_at, updated_at) "
        "VALUES ('지민', 'ko', 'ml-engineer', 6.5, :when, :when)",
        "INSERT INTO documents (profile_id, kind, name, format, text, sha256, created_at) "
        f"VALUES (1, 'posting', 'job.md', 'md', 'LLM', '{hashlib.sha256(b'LLM').hexdigest()}', :when)",
        "UPDATE profiles SET target_posting_document_id = 1 WHERE id = 1",
        "INSERT INTO analyses (profile_id, posting_document_id, kind, result, created_at) "
        f"VALUES (1, 1, 'match', {json_value}, :when)",
        "INSERT INTO plans (profile_id, analysis_id, target_kind, target_id, kb_version, "
        "hours_per_week, start_date, body, active, created_at) "
        f"VALUES (1, 1, 'posting', '1', 'kb-1', 6.5, '2026-01-05', {json_value}, :active, :when)",
        "INSERT INTO progress_events (profile_id, subject_kind, subject_id, status, note, created_at) "
        "VALUES (1, 'skill', 'python', 'learned', '끝', :when)",
        "INSERT INTO retrospectives (profile_id, period_kind, period_label, content, created_at) "
        f"VALUES (1, 'quarter', '2026-Q1', {json_value}, :when)",
    ]
    with engine.begin() as connection:
        for statement in statements:
            parameters = {"when": when, "active": True, "value": json.dumps({"k": "값"})}
            used = {k: v for k, v in parameters.items() if f":{k}" in statement}
            connection.execute(text(statement), used)
    engine.dispose()


def test_add_users_sits_on_the_previous_head():
    [revision] = [r for r in scripts().walk_revisions() if r.doc == "add users"]
    assert revision.down_revision == PREVIOUS_HEAD


def test_a_database_at_the_previous_head_upgrades_with_its_data_intact(
    backend: str, store_url: str
):
    _at_previous_head_with_data(backend, store_url)
    before = _rows(store_url)
    assert "users" not in before and all(before.values())

    with Store.open(store_url) as store:
        assert store.export_data()["schema_revision"] == head_revision()
        assert store.has_users() is False
        assert store.get_profile("지민").target_posting_document_id == 1
        assert store.latest_status("지민") == {("skill", "python"): "learned"}
        assert store.list_retrospectives("지민")[0].content == {"k": "값"}
        store.add_user("지민", PASSWORD)
        assert store.verify_user("지민", PASSWORD) is not None

    after = _rows(store_url)
    assert after.pop("users")[0][1] == "지민"
    assert after == before  # every row of every older table, unchanged


def test_downgrading_below_add_users_drops_only_users(store_url: str):
    with Store.open(store_url) as store:
        store.create_profile("ada")
        store.add_user("ada", PASSWORD)
    engine = _plain_engine(store_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), PREVIOUS_HEAD)
    with engine.connect() as connection:
        assert "users" not in inspect(connection).get_table_names()
    engine.dispose()
    with Store.open(store_url) as store:  # upgraded again: no users, the profile kept
        assert [p.name for p in store.list_profiles()] == ["ada"]
        assert store.has_users() is False


# --- The command line --------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "careernav.db"


@pytest.fixture
def run(db: Path):
    def invoke(*args: str, input: str | None = None, ok: bool = True):
        result = CliRunner().invoke(
            main, ["--db", str(db), "user", *args], input=input, catch_exceptions=False
        )
        if ok:
            assert result.exit_code == 0, result.output
        else:
            assert result.exit_code != 0, result.output
            assert "Traceback" not in result.output
        return result

    return invoke


def test_cli_add_with_password_stdin_and_list_json(run, db: Path):
    assert "user" in main.list_commands(None)
    assert json.loads(run("list", "--json").output) == []
    result = run("add", "ada", "--password-stdin", input=f"{PASSWORD}\n")
    assert "Added user ada" in result.output and PASSWORD not in result.output
    run("add", "bob", "--password-stdin", input="second password\r\nignored line\n")
    listed = json.loads(run("list", "--json").output)
    assert [u["name"] for u in listed] == ["ada", "bob"]
    assert set(listed[0]) == {"name", "created_at", "last_login_at"}
    assert listed[0]["last_login_at"] is None
    table = run("list", "--lang", "en").output
    assert "ada" in table and "bob" in table and "never" in table
    with Store.open(db) as store:
        assert store.verify_user("ada", PASSWORD) is not None
        assert store.verify_user("bob", "second password") is not None  # the CR is dropped
    assert json.loads(run("list", "--json").output)[0]["last_login_at"] is not None
    assert "never" not in run("list", "--lang", "en").output


def test_cli_add_asks_twice_without_showing_the_password(run, db: Path):
    result = run("add", "ada", input=f"tiny7ch\n{PASSWORD}\n{PASSWORD}\n")
    assert "too short" in result.output
    assert PASSWORD not in result.output
    mismatch = run("add", "bob", input=f"{PASSWORD}\nsomething else\n", ok=False)
    assert "do not match" in mismatch.output.lower() or "don't match" in mismatch.output.lower()
    with Store.open(db) as store:
        assert [u.name for u in store.list_users()] == ["ada"]
        assert store.verify_user("ada", PASSWORD) is not None


def test_cli_refuses_with_messages_that_say_what_to_do(run):
    no_password = run("add", "ada", "--password-stdin", input="", ok=False)
    assert "no password" in no_password.output
    short = run("add", "ada", "--password-stdin", input="tiny7ch\n", ok=False)
    assert "at least 8 characters" in short.output and "tiny7ch" not in short.output
    run("add", "ada", "--password-stdin", input=f"{PASSWORD}\n")
    taken = run("add", "ada", "--password-stdin", input=f"{PASSWORD}\n", ok=False)
    assert "already exists" in taken.output and "careernav user passwd ada" in taken.output
    missing = run("passwd", "nobody", "--password-stdin", input=f"{PASSWORD}\n", ok=False)
    assert "No user named 'nobody'" in missing.output
    assert "No user named" in run("delete", "nobody", ok=False).output


def test_cli_passwd_and_delete(run, db: Path):
    run("add", "ada", "--password-stdin", input=f"{PASSWORD}\n")
    run("passwd", "ada", "--password-stdin", input="the new password\n")
    with Store.open(db) as store:
        assert store.verify_user("ada", PASSWORD) is None
        assert store.verify_user("ada", "the new password") is not None
    run("passwd", "ada", input="typed at a prompt\ntyped at a prompt\n")
    with Store.open(db) as store:
        assert store.verify_user("ada", "typed at a prompt") is not None
    result = run("delete", "ada")
    assert "Deleted user ada" in result.output and "last user" in result.output
    assert json.loads(run("list", "--json").output) == []
