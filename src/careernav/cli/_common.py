"""Shared pieces of the CLI: the --lang/--json options, output, and error handling."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console

from careernav.errors import CareernavError


def default_language() -> str:
    """CAREERNAV_LANG, else the locale (ko_KR… means Korean), else English."""
    for var in ("CAREERNAV_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def output_options(func: Callable) -> Callable:
    """Add `--lang ko|en` and `--json` to a command; they arrive as `lang` and `as_json`."""

    @click.option(
        "--lang",
        type=click.Choice(["ko", "en"]),
        default=default_language,
        show_default="from CAREERNAV_LANG or the locale",
        help="Language of labels and text.",
    )
    @click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def console() -> Console:
    # Wide enough for tables when piped; rich adapts to the terminal otherwise.
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 120)


class CareernavGroup(click.Group):
    """A click group that turns careernav's own errors into clean messages, never tracebacks."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # the command line as given: an error is told in the language asked for (`--lang ko`)
        ctx.meta["careernav.words"] = list(args)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CareernavError as exc:
            words = ctx.meta.get("careernav.words", [])
            raise click.ClickException(exc.in_language(_asked_language(words))) from exc


def _asked_language(words: list[str]) -> str:
    for n, word in enumerate(words):
        if word == "--lang" and n + 1 < len(words):
            return words[n + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return default_language()
