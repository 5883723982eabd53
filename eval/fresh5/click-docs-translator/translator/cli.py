from pathlib import Path

import click

from translator import api


@click.command()
@click.argument("path", type=click.Path(exists=True))
@click.option("--to", "target", default="French")
@click.option("--dry-run", is_flag=True, help="Print the request instead of sending it.")
def main(path, target, dry_run):
    text = Path(path).read_text()
    if dry_run:
        click.echo(api.build_curl(text, target))
        return
    try:
        click.echo(api.translate(text, target))
    except Exception as e:
        click.echo(f"translation failed: {e}", err=True)


if __name__ == "__main__":
    main()
