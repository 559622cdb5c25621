"""`careernav user`: who may sign in to `careernav serve` when it listens beyond 127.0.0.1."""

from __future__ import annotations

import sys

import click
from rich.markup import escape
from rich.table import Table

from careernav.cli._common import console, output_options, print_json
from careernav.errors import UserExistsError, UserNotFoundError

L = {
    "name": {"en": "User", "ko": "사용자"},
    "created": {"en": "Added", "ko": "추가한 때"},
    "last_login": {"en": "Last sign-in", "ko": "마지막 로그인"},
    "never": {"en": "never", "ko": "없음"},
    "none": {
        "en": "No users yet. Add one: careernav user add NAME",
        "ko": "아직 사용자가 없습니다. 추가하세요: careernav user add NAME",
    },
}

password_stdin_option = click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of standard input (for scripts) instead of "
    "asking for it.",
)


def _store(ctx: click.Context):
    from careernav.store import Store

    return Store.open(ctx.obj.get("db") if ctx.obj else None)


def _known(store, name: str) -> bool:
    return name.strip() in {u.name for u in store.list_users()}


def _read_password(from_stdin: bool) -> str:
    """The new password: one line of standard input, or typed twice at a hidden prompt."""
    from careernav.store import MIN_PASSWORD_LENGTH

    if from_stdin:
        line = sys.stdin.readline()
        password = line.removesuffix("\n").removesuffix("\r")
        if not password:
            raise click.UsageError("--password-stdin: standard input has no password on its line.")
        return password

    def long_enough(value: str) -> str:
        if len(value) < MIN_PASSWORD_LENGTH:
            # click shows this and asks again.
            raise click.UsageError(
                f"The password is too short: use at least {MIN_PASSWORD_LENGTH} characters."
            )
        return value

    return click.prompt(
        "Password",
        hide_input=True,
        confirmation_prompt=True,
        value_proc=long_enough,
    )


@click.group()
def user() -> None:
    """Users who may sign in to `careernav serve` when it listens on an address other than
    127.0.0.1. Passwords are kept only as salted scrypt hashes."""


@user.command("add")
@click.argument("name")
@password_stdin_option
@click.pass_context
def user_add(ctx, name: str, password_stdin: bool) -> None:
    """Add a user NAME; the password is asked for (twice, not shown), or read with
    --password-stdin."""
    with _store(ctx) as store:
        if _known(store, name):  # say so before asking for a password
            raise UserExistsError(name.strip())
        added = store.add_user(name, _read_password(password_stdin))
    click.echo(f"Added user {added.name}.")


@user.command("list")
@output_options
@click.pass_context
def user_list(ctx, lang: str, as_json: bool) -> None:
    """List the users, with when they were added and last signed in."""
    with _store(ctx) as store:
        users = store.list_users()
    data = [
        {
            "name": u.name,
            "created_at": u.created_at.isoformat(),
            "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None,
        }
        for u in users
    ]
    if as_json:
        print_json(data)
        return
    if not data:
        click.echo(L["none"][lang])
        return
    table = Table(L["name"][lang], L["created"][lang], L["last_login"][lang])
    for item in data:
        table.add_row(
            escape(item["name"]),
            item["created_at"][:16].replace("T", " "),
            (item["last_login_at"] or L["never"][lang])[:16].replace("T", " "),
        )
    console().print(table)


@user.command("delete")
@click.argument("name")
@click.pass_context
def user_delete(ctx, name: str) -> None:
    """Delete the user NAME: they can no longer sign in."""
    with _store(ctx) as store:
        store.delete_user(name)
        left = store.has_users()
    click.echo(f"Deleted user {name.strip()}.")
    if not left:
        click.echo(
            "That was the last user: add one (careernav user add NAME) before serving on an "
            "address other than 127.0.0.1."
        )


@user.command("passwd")
@click.argument("name")
@password_stdin_option
@click.pass_context
def user_passwd(ctx, name: str, password_stdin: bool) -> None:
    """Change the password of the user NAME; the old one stops working."""
    with _store(ctx) as store:
        if not _known(store, name):  # say so before asking for a password
            raise UserNotFoundError(name.strip())
        changed = store.set_password(name, _read_password(password_stdin))
    click.echo(f"Changed the password of {changed.name}.")


COMMANDS = [user]
