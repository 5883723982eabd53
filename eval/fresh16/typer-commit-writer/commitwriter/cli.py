import subprocess

import httpx
import typer

from .client import generate, make_client
from .config import load_config

app = typer.Typer()


@app.command()
def write(verbose: bool = typer.Option(False, "--verbose", "-v")) -> None:
    cfg = load_config()
    client = make_client(cfg)
    if verbose:
        typer.echo(f"headers: {client.headers}")
        typer.echo(f"config: {cfg}")
    diff = subprocess.run(["git", "diff", "--cached"], capture_output=True, text=True).stdout
    if not diff:
        typer.echo("nothing staged", err=True)
        raise typer.Exit(1)
    try:
        msg = generate(client, cfg["model"], diff[: cfg["max_diff_chars"]])
    except httpx.HTTPError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1)
    typer.echo(msg)


if __name__ == "__main__":
    app()
