"""Command-line options that several matcher commands share."""

from __future__ import annotations

from datetime import date, datetime

import click

from matcher.policy import Policy, load_policy


def _day(_ctx: click.Context, _param: click.Parameter, value: datetime | None) -> date:
    return value.date() if value else date.today()


# The command receives a ``date``: the one given, else today.
on_option = click.option("--on", "on", type=click.DateTime(["%Y-%m-%d"]), default=None,
                         callback=_day, help="Datum (JJJJ-MM-DD, standaard vandaag).")

policy_option = click.option(
    "--policy", "policy_path", type=click.Path(dir_okay=False), default=None,
    help="Beleidsbestand (YAML) in plaats van het meegeleverde matcher/data/policy.yaml.")


def policy_from(path: str | None) -> Policy:
    """The policy at ``path`` (default: the shipped one), or a Dutch usage error."""
    try:
        return load_policy(path)
    except (OSError, ValueError) as error:
        raise click.ClickException(str(error)) from None
