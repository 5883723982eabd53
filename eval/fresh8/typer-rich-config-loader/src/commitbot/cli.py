import subprocess

import typer
from mistralai import Mistral
from rich.console import Console

from commitbot.config import load_config

app = typer.Typer()
console = Console()


@app.command()
def show_config():
    cfg = load_config()
    console.print(f"key set: {bool(cfg['assistant'].get('api_key'))}")
    console.print(cfg)


@app.command()
def message():
    cfg = load_config()["assistant"]
    diff = subprocess.run(["git", "diff", "--cached"], capture_output=True, text=True).stdout
    try:
        res = Mistral(api_key=cfg["api_key"]).chat.complete(
            model=cfg["model"], messages=[{"role": "user", "content": f"Commit message for:\n{diff}"}])
    except Exception as e:
        console.print(f"[red]failed: {e}[/red]")
        raise typer.Exit(1)
    console.print(res.choices[0].message.content)
