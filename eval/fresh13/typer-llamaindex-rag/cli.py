import typer

from rag.index import build_index
from rag.settings import load_settings

app = typer.Typer()


@app.command()
def ask(folder: str, question: str, show_config: bool = False):
    settings = load_settings()
    if show_config:
        typer.echo(f"settings: {settings}")
    engine = build_index(folder, settings).as_query_engine()
    typer.echo(str(engine.query(question)))


if __name__ == "__main__":
    app()
