import os
from pathlib import Path


def load() -> dict:
    return {
        "notes_dir": Path(os.path.expanduser(os.environ.get("NOTES_DIR", "~/notes"))),
        "api_key": os.environ["MISTRAL_API_KEY"],
        "model": os.environ.get("NOTES_MODEL", "mistral-small-latest"),
    }
