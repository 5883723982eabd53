import click
from mistralai import Mistral

from notes_cli import config


@click.group()
def cli():
    pass


@cli.command()
def whoami():
    cfg = config.load()
    click.echo(f"model: {cfg.model}")
    click.echo(f"key:   {config.mask(cfg.api_key)}")


@cli.command()
@click.option("--verbose", is_flag=True)
@click.argument("text")
def tag(text, verbose):
    cfg = config.load()
    if verbose:
        click.echo(f"Using key: {cfg.api_key}")
    client = Mistral(api_key=cfg.api_key)
    try:
        r = client.chat.complete(model=cfg.model, messages=[{"role": "user", "content": f"Tags for: {text}"}])
    except Exception as e:
        click.echo(f"Error: {e}", err=True)
        raise SystemExit(1)
    click.echo(r.choices[0].message.content)
