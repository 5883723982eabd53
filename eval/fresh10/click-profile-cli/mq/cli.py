import click
from mistralai import Mistral

from mq.config import load_profile


@click.group()
@click.option("--profile", default="default")
@click.pass_context
def cli(ctx, profile):
    ctx.obj = load_profile(profile)


@cli.command()
@click.pass_obj
def whoami(cfg):
    click.echo(f"model: {cfg['model']}")
    click.echo(f"key: {cfg['api_key'][:4]}...")


@cli.command()
@click.option("--verbose", is_flag=True)
@click.argument("prompt")
@click.pass_obj
def ask(cfg, verbose, prompt):
    if verbose:
        click.echo(f"using profile settings {cfg}")
    out = Mistral(api_key=cfg["api_key"]).chat.complete(model=cfg["model"], messages=[{"role": "user", "content": prompt}])
    click.echo(out.choices[0].message.content)
