import platform

from rich import print as rprint

from assistant.settings import get_settings

rprint(f"[bold]python[/bold] {platform.python_version()}")
rprint(get_settings().model_dump())
