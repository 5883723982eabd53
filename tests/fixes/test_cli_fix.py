"""`mistral-keyguard check --fix / --unsafe-fixes / --diff` on a copied project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mistral_keyguard import cli

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "project"
    shutil.copytree(GOLDEN / "MK001" / "env_move_python" / "before", root)
    shutil.copy(GOLDEN / "MK001" / "env_read_server.js", root / "server.js")
    monkeypatch.chdir(root)
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def keys_in(root: Path) -> set[str]:
    import re

    from mistral_keyguard.keyshape import is_key

    found = set()
    for data in snapshot(root).values():
        found |= {m.decode() for m in re.findall(rb"[A-Za-z0-9]{32}", data) if is_key(m.decode())}
    return found


def test_diff_writes_nothing_and_masks_keys(project: Path, capsys) -> None:
    before = snapshot(project)
    keys = keys_in(project)
    code = cli.main(["check", ".", "--diff", "--unsafe-fixes"])
    out = capsys.readouterr()
    assert code == 1
    assert snapshot(project) == before
    assert "+++ b/app.py" in out.out and "+++ b/.env" in out.out
    assert '+client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])' in out.out
    assert "+MISTRAL_API_KEY=" in out.out
    for key in keys:
        assert key not in out.out and key not in out.err


def test_fix_applies_safe_fixes_only(project: Path, capsys) -> None:
    env_before = (project / ".env").read_bytes()
    code = cli.main(["check", ".", "--fix"])
    capsys.readouterr()
    assert code == 0
    assert (project / ".env").read_bytes() == env_before  # moving the key is unsafe
    assert 'os.environ["MISTRAL_API_KEY"]' in (project / "app.py").read_text()
    assert "process.env.MISTRAL_API_KEY" in (project / "server.js").read_text()
    assert keys_in(project) == set()
    assert cli.main(["check", ".", "--diff"]) == 0  # nothing left for a second pass


def test_unsafe_fixes_move_the_key_to_dotenv(project: Path, capsys) -> None:
    app_key = next(k for k in keys_in(project) if k.encode() in (project / "app.py").read_bytes())
    keys_before = keys_in(project)
    code = cli.main(["check", ".", "--fix", "--unsafe-fixes"])
    out = capsys.readouterr()
    assert code in (0, 1), out.out
    env = (project / ".env").read_text()
    assert env.startswith(f"DEBUG=1\nMISTRAL_API_KEY={app_key}\n")
    assert ".env" in (project / ".gitignore").read_text().splitlines()
    assert "load_dotenv()" in (project / "app.py").read_text()
    holders = [name for name, data in snapshot(project).items() if app_key.encode() in data]
    assert holders == [".env"]
    assert app_key not in out.out + out.err
    assert "MK001 Move the key to .env and load it: 1" in out.err  # app.py, python-dotenv required already
    # server.js's other keys are never dropped for the taken name (issue 12): each moves under a
    # free name, said in the title, or stays where it is when the code insists on the taken name
    assert "(as MISTRAL_API_KEY_2: MISTRAL_API_KEY in .env holds another key)" in out.err
    for key in keys_before:
        assert any(key.encode() in data for data in snapshot(project).values()), "a key was lost"


def test_fix_reports_what_it_cannot_fix(tmp_path: Path, monkeypatch, capsys) -> None:
    root = tmp_path / "web"
    (root / "src").mkdir(parents=True)
    (root / "package.json").write_text('{"dependencies": {"react": "18", "vite": "5"}}')
    source = ('import { Mistral } from "@mistralai/mistralai";\n'
              'const client = new Mistral({ apiKey: import.meta.env.VITE_MISTRAL_API_KEY });\n'
              'export const s = (m) => client.chat.stream({ model: "mistral-small-latest", messages: m });\n')
    (root / "src" / "App.jsx").write_text(source)
    monkeypatch.chdir(root)
    assert cli.main(["check", ".", "--fix"]) == 1  # nothing safe to apply; the leak is still reported
    assert (root / "src" / "App.jsx").read_text() == source
    out = capsys.readouterr().out
    assert "MK002" in out or "MK003" in out
