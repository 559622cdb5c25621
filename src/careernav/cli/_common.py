"""Shared pieces of the CLI: the --lang/--json and --max-size options, output, and error
handling in the language asked for."""

from __future__ import annotations

import functools
import json
import math
import os
import sys
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console

from careernav.documents._reader import LARGEST_MAX_MB
from careernav.errors import CareernavError
from careernav.text import josa


def default_language() -> str:
    """CAREERNAV_LANG, else the locale (ko_KR… means Korean), else English."""
    for var in ("CAREERNAV_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def lang_option(help_text: str) -> Callable:
    """`--lang ko|en`, defaulting to CAREERNAV_LANG or the locale; arrives as `lang`."""
    return click.option(
        "--lang",
        type=click.Choice(["ko", "en"]),
        default=default_language,
        show_default="from CAREERNAV_LANG or the locale",
        help=help_text,
    )


def output_options(func: Callable) -> Callable:
    """Add `--lang ko|en` and `--json` to a command; they arrive as `lang` and `as_json`."""

    @lang_option("Language of labels and text.")
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


class LocalizedBadParameter(click.BadParameter):
    """A bad option value whose reason is also given in Korean (`ko`)."""

    def __init__(self, message: str, *, ko: str, ctx=None, param=None):
        super().__init__(message, ctx=ctx, param=param)
        self.ko = ko


class Megabytes(click.ParamType):
    """A size in MB: a positive, finite number up to LARGEST_MAX_MB ("nan", "inf", 0, -1 and
    9999999 are refused, each with its reason)."""

    name = "MB"

    def convert(self, value, param, ctx):
        if isinstance(value, float):
            return value
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise LocalizedBadParameter(
                f"{value!r} is not a number of megabytes (e.g. 20)",
                ko=f"{value!r}{josa(str(value), '은', '는')} 메가바이트 수가 아닙니다(예: 20).",
                ctx=ctx,
                param=param,
            ) from None
        if number > LARGEST_MAX_MB:
            raise LocalizedBadParameter(
                f"{value!r} MB is more than the largest size limit allowed, "
                f"{LARGEST_MAX_MB:,} MB: give a number of megabytes up to that (e.g. 20)",
                ko=f"{value!r} MB는 허용되는 가장 큰 크기 제한({LARGEST_MAX_MB:,} MB)보다 큽니다: "
                "그 이하의 메가바이트 수를 주세요(예: 20).",
                ctx=ctx,
                param=param,
            )
        if not math.isfinite(number) or number <= 0:
            raise LocalizedBadParameter(
                f"{value!r} is not a size: give a number of megabytes above 0 (e.g. 20)",
                ko=f"{value!r}{josa(str(value), '은', '는')} 크기가 아닙니다: 0보다 큰 메가바이트 "
                "수를 주세요(예: 20).",
                ctx=ctx,
                param=param,
            )
        return number


SIZE_MB = Megabytes()


class CareernavGroup(click.Group):
    """A click group that turns careernav's own errors into clean messages, never tracebacks,
    and tells every error (and "Error:" before it) in the language asked for: `--lang`, else
    CAREERNAV_LANG or the locale."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # the command line as given: an error is told in the language asked for (`--lang ko`)
        ctx.meta["careernav.words"] = list(args)
        return super().parse_args(ctx, args)

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as exc:  # in the group's own options (`careernav --bad`)
            raise _told(exc, _asked_language(list(args))) from exc

    def invoke(self, ctx: click.Context) -> Any:
        lang = _asked_language(ctx.meta.get("careernav.words", []))
        try:
            return super().invoke(ctx)
        except CareernavError as exc:
            raise _Failure(exc.in_language(lang), lang) from exc
        except click.ClickException as exc:
            raise _told(exc, lang) from exc
        except (click.Abort, KeyboardInterrupt, EOFError) as exc:
            if lang != "ko":
                raise  # click says "Aborted!"
            if not isinstance(exc, click.Abort):
                click.echo(err=True)  # as click does: close the terminal's "^C"
            raise _Failure("중단했습니다.", lang, prefix=False) from exc


_PREFIX = {"en": "Error: ", "ko": "오류: "}


class _Failure(click.ClickException):
    """An error as the user reads it: its message after "Error: " or "오류: "."""

    def __init__(self, message: str, lang: str, *, exit_code: int = 1, prefix: bool = True):
        super().__init__(message)
        self.exit_code = exit_code
        self.prefix = _PREFIX.get(lang, _PREFIX["en"]) if prefix else ""

    def show(self, file: Any = None) -> None:
        click.echo(f"{self.prefix}{self.format_message()}", file=file, err=file is None)


class _KoreanUsageError(click.UsageError):
    """A mistake on the command line, told in Korean: the usage line, where help is, and what
    was wrong."""

    def __init__(self, original: click.UsageError):
        super().__init__(_korean_usage(original), ctx=original.ctx)
        self.exit_code = original.exit_code

    def show(self, file: Any = None) -> None:
        ctx = self.ctx
        if ctx is not None:
            usage = ctx.get_usage().replace("Usage:", "사용법:", 1)
            help_names = ctx.command.get_help_option_names(ctx)
            hint = ""
            if ctx.command.get_help_option(ctx) is not None and help_names:
                hint = f"도움말: {ctx.command_path} {max(help_names, key=len)}\n"
            click.echo(f"{usage}\n{hint}", file=file, err=file is None, color=ctx.color)
        click.echo(f"{_PREFIX['ko']}{self.format_message()}", file=file, err=file is None)


def _told(exc: click.ClickException, lang: str) -> click.ClickException:
    """`exc` as it is to be shown in `lang`."""
    if isinstance(exc, _Failure | _KoreanUsageError | click.exceptions.NoArgsIsHelpError):
        return exc
    if isinstance(exc, click.NoSuchOption) and exc.option_name == "--lang" and lang == "en":
        return _EnglishNoLang(exc)
    if isinstance(exc, click.UsageError):
        return _KoreanUsageError(exc) if lang == "ko" else exc
    return _Failure(exc.format_message(), lang, exit_code=exc.exit_code)


class _EnglishNoLang(click.UsageError):
    """`--lang` given to a command that has none: say how its language is chosen instead."""

    def __init__(self, original: click.NoSuchOption):
        super().__init__(
            f"{original.format_message()} This command has no --lang: its messages follow "
            "CAREERNAV_LANG (e.g. CAREERNAV_LANG=ko careernav …).",
            ctx=original.ctx,
        )


def _korean_usage(exc: click.UsageError) -> str:
    """What was wrong on the command line, in Korean where click's words are known."""
    if isinstance(exc, click.NoSuchOption):
        said = f"{exc.option_name} 옵션은 없습니다."
        if exc.possibilities:
            said += f" 혹시 이것인가요: {', '.join(sorted(exc.possibilities))}?"
        if exc.option_name == "--lang":
            said += " 이 명령에는 --lang이 없습니다: 메시지 언어는 CAREERNAV_LANG(예: CAREERNAV_LANG=ko)을 따릅니다."
        return said
    if isinstance(exc, click.MissingParameter):
        kind = exc.param_type or (exc.param.param_type_name if exc.param else "")
        kind_ko = {"argument": "인수", "option": "옵션"}.get(kind, "값")
        hint = _param_hint(exc)
        return f"빠진 {kind_ko}가 있습니다" + (f": {hint}" if hint else "") + "."
    if isinstance(exc, click.BadParameter):
        reason = getattr(exc, "ko", None) or exc.message
        hint = _param_hint(exc)
        return (
            f"{hint}의 값이 잘못되었습니다: {reason}" if hint else f"값이 잘못되었습니다: {reason}"
        )
    return exc.format_message()  # click's own words, which have no Korean


def _param_hint(exc: click.BadParameter) -> str:
    hint = exc.param_hint
    if hint is None and exc.param is not None:
        hint = exc.param.get_error_hint(exc.ctx)
    if hint is None:
        return ""
    return hint if isinstance(hint, str) else " / ".join(repr(h) for h in hint)


def _asked_language(words: list[str]) -> str:
    for n, word in enumerate(words):
        if word == "--lang" and n + 1 < len(words):
            return words[n + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return default_language()
