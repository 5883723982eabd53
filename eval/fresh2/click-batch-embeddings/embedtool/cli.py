import json
import sys

import click
import requests

from embedtool.api import auth_headers, embed
from embedtool.settings import API_BASE


@click.group()
def cli() -> None:
    """Batch embeddings with Mistral."""


@cli.command()
@click.argument("infile", type=click.File("r"))
@click.option("--verbose", is_flag=True)
def run(infile, verbose: bool) -> None:
    texts = [line.strip() for line in infile if line.strip()]
    try:
        vectors = embed(texts, verbose=verbose)
    except requests.HTTPError as e:
        click.echo(f"request failed: {e.response.text}", err=True)
        sys.exit(1)
    json.dump(vectors, sys.stdout)


@cli.command("debug-headers")
def debug_headers() -> None:
    """Show the request that would be sent."""
    click.echo(f"POST {API_BASE}/embeddings")
    click.echo(f"Authorization: {auth_headers()['Authorization']}")


if __name__ == "__main__":
    cli()
