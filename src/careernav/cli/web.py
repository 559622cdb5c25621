"""`careernav serve`: the web app on the same store as the CLI."""

from __future__ import annotations

import click


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to listen on. Anything but loopback requires a login.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Start the web app (Analyse, Plan, Roles, Me) and the REST API at /api (docs at /docs)."""
    from careernav.web.app import check_can_serve
    from careernav.web.app import serve as run

    db = ctx.obj.get("db") if ctx.obj else None
    login = check_can_serve(db, host)
    click.echo(
        f"careernav on http://{host}:{port}"
        + (" (login required)" if login else "")
        + "  (Ctrl-C to stop)"
    )
    run(db, host=host, port=port)


COMMANDS = [serve]
