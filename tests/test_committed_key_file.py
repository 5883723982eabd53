"""MK007 and git: an ignored `.env` is the recommended setup, a tracked one is committed whatever
`.gitignore` says; other formats are MK007 either way. Names decide which values are keys."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from keyguard_testing import make_key
from mistral_keyguard.rules.committed_key_file import NameKind, name_kind, names_mistral_api, path_kind
from mistral_keyguard.settings import Settings
from mistral_keyguard.workspace import ProjectIndex, scan_file

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args], cwd=cwd,
                   check=True, capture_output=True)


def _codes(path: Path, root: Path) -> list[tuple[int, str]]:
    result = scan_file(path, path.relative_to(root).as_posix(), Settings(), ProjectIndex())
    return [(f.line + 1, f.code) for f in result.findings]


def test_git_decides_for_env_files_only(tmp_path: Path):
    repo = tmp_path / "app"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / ".gitignore").write_text(".env\n.env.*\n")
    (repo / ".env").write_text(f"MISTRAL_API_KEY={make_key()}\nVITE_MISTRAL_API_KEY={make_key()}\n")
    (repo / ".env.production").write_text(f"MISTRAL_API_KEY={make_key()}\n")
    (repo / "settings.toml").write_text(f'[mistral]\napi_key = "{make_key()}"\n')
    _git(repo, "add", ".gitignore", "settings.toml")
    _git(repo, "add", "-f", ".env.production")
    _git(repo, "commit", "-q", "-m", "init")
    # ignored and untracked: only the public variable, which the bundler ships anyway
    assert _codes(repo / ".env", repo) == [(2, "MK003")]
    # ignored by .gitignore but tracked: committed
    assert _codes(repo / ".env.production", repo) == [(1, "MK007")]
    assert _codes(repo / "settings.toml", repo) == [(2, "MK007")]


@pytest.mark.parametrize("name,kind", [
    ("MISTRAL_API_KEY", NameKind.MISTRAL),
    ("mistralApiKey", NameKind.MISTRAL),
    ("MISTRAL_SECRET_KEY", NameKind.MISTRAL),
    ("MISTRAL_MODEL", NameKind.NONE),
    ("API_KEY", NameKind.GENERIC),
    ("LLM_API_KEY", NameKind.GENERIC),
    ("TOKEN", NameKind.GENERIC),
    ("--api-key", NameKind.GENERIC),
    ("SESSION_SECRET", NameKind.OTHER),
    ("SECRET_KEY", NameKind.OTHER),
    ("OPENAI_API_KEY", NameKind.OTHER),
    ("googleMapsApiKey", NameKind.OTHER),
    ("DATABASE_URL", NameKind.NONE),
])
def test_name_kind(name, kind):
    assert name_kind(name) is kind


def test_parents_name_the_vendor_of_a_generic_key():
    assert path_kind(("mistral", "apiKey")) is NameKind.MISTRAL
    assert path_kind(("openai", "api_key")) is NameKind.OTHER
    assert path_kind(("secrets", "api_key")) is NameKind.GENERIC
    assert path_kind(("llm", "model")) is NameKind.NONE


def test_gitignore_above_the_project_root_counts_in_a_work_tree(tmp_path: Path):
    repo = tmp_path / "mono"
    app = repo / "packages" / "chat"
    app.mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / ".gitignore").write_text(".env\n")
    (app / "package.json").write_text('{"name": "chat", "dependencies": {"@mistralai/mistralai": "^1.3.0"}}\n')
    (app / ".env").write_text(f"MISTRAL_API_KEY={make_key()}\n")
    (app / ".env.production").write_text(f"MISTRAL_API_KEY={make_key()}\n")
    assert _codes(app / ".env", repo) == []
    assert _codes(app / ".env.production", repo) == [(1, "MK007")]


@pytest.mark.parametrize("text, names_api", [
    (b"OLLAMA_MODEL: mistral:7b-instruct", False),
    (b'model = "mistral-nemo:12b"', False),
    (b"model: ollama/mistral\nalt: ollama_chat/mistral-small:24b", False),
    (b"OLLAMA_MODEL: mistral:7b\nLLM_BASE_URL: https://api.mistral.ai/v1", True),
    (b'model = "ft:open-mistral-7b:abc123:20240101"', True),
    (b"mistral:\n  api_key: x", True),
    (b'{"mistral": {"model": "mistral-small-latest"}}', True),
])
def test_a_local_model_tag_is_not_a_mention_of_mistrals_api(text, names_api):
    assert names_mistral_api(text) is names_api


@pytest.mark.parametrize("name, text", [
    ("config.yaml", "mistral:\n  api_key: {key}\n  model: mistral-small-latest\n"),
    ("config.json", '{{"mistral": {{"api_key": "{key}", "model": "mistral-small-latest"}}}}\n'),
    ("config.toml", '[mistral]\napi_key = "{key}"\nmodel = "mistral-small-latest"\n'),
])
def test_message_path_leaves_out_the_service_a_sibling_names(tmp_path: Path, name: str, text: str):
    # The sibling `model` value says whose the key is; it is no name of the file, so the message's
    # path is the file's own: `mistral.api_key`, not `mistral.mistral-small-latest.api_key`.
    path = tmp_path / name
    path.write_text(text.format(key=make_key()), encoding="utf-8")
    result = scan_file(path, name, Settings(), ProjectIndex())
    messages = [f.message for f in result.findings if f.code == "MK007"]
    assert messages and all("— mistral.api_key holds it" in m for m in messages), messages
