"""Command-line options that several matcher commands share."""

from __future__ import annotations

import click

from matcher.policy import Policy, load_policy

policy_option = click.option(
    "--policy", "policy_path", type=click.Path(dir_okay=False), default=None,
    help="Beleidsbestand (YAML) in plaats van het meegeleverde matcher/data/policy.yaml.")


def policy_from(path: str | None) -> Policy:
    """The policy at ``path`` (default: the shipped one), or a Dutch usage error."""
    try:
        return load_policy(path)
    except (OSError, ValueError) as error:
        raise click.ClickException(str(error)) from None
