"""The `careernav` command: a thin shell over the library."""

from __future__ import annotations

import click

from careernav import __version__
from careernav.cli._common import CareernavGroup
from careernav.cli.knowledge import COMMANDS as KNOWLEDGE_COMMANDS
from careernav.cli.reading import COMMANDS as READING_COMMANDS


@click.group(cls=CareernavGroup)
@click.version_option(__version__, prog_name="careernav")
def main() -> None:
    """careernav — AI Career Navigator: the map of AI roles and skills, in Korean and English."""


for command in [*KNOWLEDGE_COMMANDS, *READING_COMMANDS]:
    main.add_command(command)
