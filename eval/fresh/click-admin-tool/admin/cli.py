import sys

import click

from admin.http import BASE_URL, api_key, get


@click.group()
def cli() -> None:
    """Small admin helper for our Mistral workspace."""


@cli.command()
def models() -> None:
    for m in get("/models")["data"]:
        click.echo(m["id"])


@cli.command()
def curl() -> None:
    """Print a curl command to reproduce a request."""
    key = api_key()
    click.echo(f"curl {BASE_URL}/models -H 'Authorization: Bearer {key}'")
    click.echo(f"key configured: {bool(key)}")


@cli.command()
def export() -> None:
    sys.stdout.write(f"export MISTRAL_API_KEY={api_key()}\n")


@cli.command()
def demo() -> None:
    """Historic example kept for the docs."""
    print("curl https://api.mistral.ai/v1/models -H 'Authorization: Bearer CjXfmPfFsOc8bb7oAnnFkUTuB5JFHHNf'")


if __name__ == "__main__":
    cli()
