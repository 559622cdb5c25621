"""The `careernav` command: a thin shell over the library."""

from __future__ import annotations

import click

from careernav import __version__
from careernav.cli._common import CareernavGroup
from careernav.cli.knowledge import COMMANDS as KNOWLEDGE_COMMANDS
from careernav.cli.reading import COMMANDS as READING_COMMANDS
from careernav.cli.tracking import COMMANDS as TRACKING_COMMANDS
from careernav.cli.users import COMMANDS as USER_COMMANDS
from careernav.cli.web import COMMANDS as WEB_COMMANDS


@click.group(cls=CareernavGroup)
@click.version_option(__version__, prog_name="careernav")
@click.option(
    "--db",
    envvar="CAREERNAV_DB",
    metavar="PATH|URL",
    help="Where profiles, plans and progress are kept: a SQLite file or a PostgreSQL URL "
    "(default: careernav.db in your user data folder; also CAREERNAV_DB).",
)
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """careernav — AI Career Navigator: the map of AI roles and skills, in Korean and English."""
    ctx.obj = {"db": db}


for command in [
    *KNOWLEDGE_COMMANDS,
    *READING_COMMANDS,
    *TRACKING_COMMANDS,
    *USER_COMMANDS,
    *WEB_COMMANDS,
]:
    main.add_command(command)
