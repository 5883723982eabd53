import rich
import typer
from mistralai import Mistral

from mq.curl import as_curl
from mq.profile import load_profile, mask

app = typer.Typer()


@app.command()
def ask(prompt: str, profile: str = "default") -> None:
    p = load_profile(profile)
    res = Mistral(api_key=p.api_key).chat.complete(model=p.model, messages=[{"role": "user", "content": prompt}])
    typer.echo(res.choices[0].message.content)


@app.command()
def show(profile: str = "default", raw: bool = False) -> None:
    p = load_profile(profile)
    if raw:
        rich.print(p)
    else:
        rich.print({"name": p.name, "model": p.model, "api_key": mask(p.api_key)})


@app.command()
def curl(prompt: str, profile: str = "default") -> None:
    print(as_curl(load_profile(profile), prompt))


@app.command()
def whoami(profile: str = "default") -> None:
    p = load_profile(profile)
    typer.echo(f"profile {p.name}: model {p.model}, key {mask(p.api_key)} ({len(p.api_key)} chars)")
