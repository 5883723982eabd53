"""Fixes never lose a key (issue 12): "move the key to .env" and the MK003 rename keep every
value somewhere, and say where when the usual name is taken."""

from __future__ import annotations

from pathlib import Path

from keyguard_testing import make_key
from mistral_keyguard import cli


def _python_app(root: Path, name: str, key: str, var: str = "client") -> None:
    (root / name).write_text(f'from mistralai import Mistral\n{var} = Mistral(api_key="{key}")\n')


def _env(root: Path, name: str = ".env") -> dict[str, str]:
    pairs = [line.split("=", 1) for line in (root / name).read_text().splitlines() if "=" in line]
    return dict(pairs)


def _fix(root: Path, monkeypatch, capsys) -> str:
    monkeypatch.chdir(root)
    cli.main(["check", ".", "--fix", "--unsafe-fixes"])
    return capsys.readouterr().err


def test_moving_a_key_never_takes_a_name_that_holds_another_key(tmp_path, monkeypatch, capsys):
    first, second = make_key(), make_key()
    (tmp_path / ".gitignore").write_text(".env\n")
    (tmp_path / "requirements.txt").write_text("mistralai\n")
    (tmp_path / ".env").write_text("MISTRAL_API_KEY=kept-as-it-was\n")
    _python_app(tmp_path, "app.py", first)
    _python_app(tmp_path, "worker.py", second, "other")
    err = _fix(tmp_path, monkeypatch, capsys)
    env = _env(tmp_path)
    assert env["MISTRAL_API_KEY"] == "kept-as-it-was"
    assert sorted(v for k, v in env.items() if k != "MISTRAL_API_KEY") == sorted([first, second])
    by_value = {v: k for k, v in env.items()}
    assert f'os.environ["{by_value[first]}"]' in (tmp_path / "app.py").read_text()
    assert f'os.environ["{by_value[second]}"]' in (tmp_path / "worker.py").read_text()
    assert "MISTRAL_API_KEY in .env holds another key" in err


def test_the_same_key_twice_reuses_its_name(tmp_path, monkeypatch, capsys):
    key = make_key()
    (tmp_path / ".gitignore").write_text(".env\n")
    (tmp_path / "requirements.txt").write_text("mistralai\n")
    (tmp_path / ".env").write_text(f"MISTRAL_API_KEY={key}\n")
    _python_app(tmp_path, "app.py", key)
    _fix(tmp_path, monkeypatch, capsys)
    assert _env(tmp_path) == {"MISTRAL_API_KEY": key}
    assert 'os.environ["MISTRAL_API_KEY"]' in (tmp_path / "app.py").read_text()


def test_the_mk003_rename_keeps_the_public_value(tmp_path, monkeypatch, capsys):
    key = make_key()
    (tmp_path / "package.json").write_text('{"dependencies": {"vite": "5"}}\n')
    (tmp_path / ".env.production").write_text(f"MISTRAL_API_KEY=server-side\nVITE_MISTRAL_API_KEY={key}\n")
    (tmp_path / ".env.staging").write_text(f"MISTRAL_API_KEY={key}\nVITE_MISTRAL_API_KEY={key}\n")
    err = _fix(tmp_path, monkeypatch, capsys)
    production = _env(tmp_path, ".env.production")
    assert production["MISTRAL_API_KEY"] == "server-side"
    assert key in production.values() and "VITE_MISTRAL_API_KEY" not in production
    assert _env(tmp_path, ".env.staging") == {"MISTRAL_API_KEY": key}  # the same value: one line goes
    assert "MISTRAL_API_KEY holds another value" in err
