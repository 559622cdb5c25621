"""The `careernav` command: a thin shell over the library."""

from __future__ import annotations

import importlib

import click

from careernav import __version__
from careernav.cli._common import CareernavGroup

# Each command's module is imported only when that command runs: `careernav extract` must not
# pay for the store (SQLAlchemy), the web app or the planner. Tests check this table against
# the modules' COMMANDS lists.
COMMAND_MODULES = {
    "roles": "knowledge", "role": "knowledge", "skill": "knowledge", "mindmap": "knowledge",
    "about": "knowledge",
    "extract": "reading", "posting": "reading", "match": "reading",
    "profile": "tracking", "plan": "tracking", "progress": "tracking", "retro": "tracking",
    "export": "tracking", "import": "tracking",
    "user": "users",
    "serve": "web",
}  # fmt: skip


class LazyGroup(CareernavGroup):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(name)
        if module is None:
            return None
        commands = importlib.import_module(f"careernav.cli.{module}").COMMANDS
        return next(c for c in commands if c.name == name)


@click.group(cls=LazyGroup)
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
