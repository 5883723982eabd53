import typer
from icecream import ic
from mistralai import Mistral

from .config import load

app = typer.Typer()


@app.command()
def tag(name: str, debug: bool = False):
    cfg = load()
    if debug:
        ic(cfg)
    text = (cfg["notes_dir"] / f"{name}.md").read_text()
    client = Mistral(api_key=cfg["api_key"])
    resp = client.chat.complete(model=cfg["model"], messages=[{"role": "user", "content": f"Tags for:\n{text}"}])
    typer.echo(resp.choices[0].message.content)


if __name__ == "__main__":
    app()
