import os

from invoke import task
from rich import print as rprint

from devtools.settings import load


@task
def env(c):
    """Show the environment the app will see."""
    rprint(dict(os.environ))


@task
def whoami(c):
    cfg = load()
    rprint(f"model={cfg.model} key_set={bool(cfg.mistral_key)} key_len={len(cfg.mistral_key)}")


@task
def header(c):
    cfg = load()
    c.run(f"echo building request", echo=True)
    rprint({"Authorization": f"Bearer {cfg.mistral_key}"})
