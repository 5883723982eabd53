import subprocess

import typer

from commitmsg import config, mistral_api

app = typer.Typer()


@app.command()
def suggest(verbose: bool = False):
    cfg = config.load()
    if verbose:
        typer.echo(f"config: {cfg}")
    diff = subprocess.run(["git", "diff", "--cached"], capture_output=True, text=True).stdout
    lines = diff.splitlines()[: cfg.max_diff_lines]
    try:
        typer.echo(mistral_api.suggest(cfg.api_key, cfg.model, "\n".join(lines)))
    except Exception as e:
        typer.secho(f"error: {e}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1)


@app.command()
def doctor():
    cfg = config.load()
    typer.echo(f"model={cfg.model} key_set={bool(cfg.api_key)} key_len={len(cfg.api_key)}")
