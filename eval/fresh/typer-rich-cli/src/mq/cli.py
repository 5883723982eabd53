import typer
from mistralai import Mistral
from rich import print as rprint

from mq.keys import get_key

app = typer.Typer()


@app.command()
def whoami() -> None:
    key = get_key()
    typer.echo(f"Authenticated with {key}")
    rprint(f"[green]key loaded[/green] ({key[:4]}…)")


@app.command()
def ask(prompt: str, model: str = "mistral-small-latest") -> None:
    client = Mistral(api_key=get_key())
    res = client.chat.complete(model=model, messages=[{"role": "user", "content": prompt}])
    rprint(res.choices[0].message.content)


@app.command()
def env() -> None:
    key = get_key()
    rprint({"model": "mistral-small-latest", "api_key": key})
    typer.echo(f"key length: {len(key)}")


if __name__ == "__main__":
    app()
