import json
import sys

import typer

from envx.keys import resolve_key, settings_dict

app = typer.Typer(help="Export Mistral settings for other tools.")


@app.command()
def shell() -> None:
    typer.echo(f"export MISTRAL_API_KEY={resolve_key()}")


@app.command()
def dump() -> None:
    sys.stdout.write(json.dumps(settings_dict()) + "\n")


@app.command()
def check() -> None:
    key = resolve_key()
    typer.echo(f"key present: {bool(key)}, length {len(key)}")
    sys.stdout.write(f"model: {settings_dict()['model']}\n")


if __name__ == "__main__":
    app()
