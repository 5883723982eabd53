import json
from pathlib import Path

import click
from mistralai import Mistral

from .config import load_config


def mask(value: str) -> str:
    return value[:4] + "*" * 8


@click.group()
def cli():
    pass


@cli.command()
def show_config():
    cfg = load_config()
    click.echo(f"key: {mask(cfg['api_key'])}")
    click.echo(json.dumps(cfg, indent=2))


@cli.command()
@click.argument("urls", nargs=-1)
def run(urls):
    cfg = load_config()
    client = Mistral(api_key=cfg["api_key"])
    Path(cfg["out_dir"]).mkdir(exist_ok=True)
    for i, url in enumerate(urls):
        try:
            res = client.ocr.process(model=cfg["model"], document={"type": "document_url", "document_url": url})
        except Exception as e:
            click.echo(f"{url}: {e}", err=True)
            continue
        Path(cfg["out_dir"], f"{i}.md").write_text("\n\n".join(p.markdown for p in res.pages))
