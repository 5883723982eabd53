"""Issue 11: one regression test per defect a reviewer found in the fixes, through the CLI."""

from __future__ import annotations

from pathlib import Path

from fixes.reviewer import findings_json, python_parses, run_check, write_tree


# -- 1. the env variable comes from the binding and the sink -----------------------------------


def test_env_read_ignores_an_unrelated_mistral_lookup(tmp_path: Path, key: str, capsys) -> None:
    root = write_tree(tmp_path / "app", {
        "app.py": 'import os\nfrom mistralai import Mistral\n\n'
                  'MODEL = os.getenv("MISTRAL_MODEL", "mistral-small-latest")\n'
                  f'client = Mistral(api_key="{key}")\n',
        "requirements.txt": "mistralai\npython-dotenv\n",
    })
    (fixes,) = [f["fixes"] for f in findings_json(root, capsys) if f["code"] == "MK001"]
    assert fixes[0]["title"] == "Read MISTRAL_API_KEY from the environment"
    run_check(root, "--fix", "--unsafe-fixes", capsys=capsys)
    app = (root / "app.py").read_text()
    assert 'client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])' in app
    assert 'os.getenv("MISTRAL_MODEL", "mistral-small-latest")' in app
    assert (root / ".env").read_text() == f"MISTRAL_API_KEY={key}\n"


def test_env_read_uses_the_key_variable_the_code_names(tmp_path: Path, key: str, capsys) -> None:
    root = write_tree(tmp_path / "app", {
        "settings.py": 'import os\n\nMODEL = os.environ.get("MISTRAL_MODEL")\n'
                       f'MISTRAL_TOKEN = "{key}"\n',
        "client.js": 'const model = process.env.MISTRAL_MODEL;\n'
                     'const base = process.env.MISTRAL_BASE_URL;\n'
                     f'const client = new Mistral({{ apiKey: process.env.MISTRAL_KEY || "{key}" }});\n'
                     f'export const other = new Mistral({{ apiKey: "{key}" }});\n',
        "package.json": '{"dependencies": {"@mistralai/mistralai": "1"}}',
    })
    titles = {f["path"]: f["fixes"][0]["title"] for f in findings_json(root, capsys) if f["code"] == "MK001"}
    assert titles == {"settings.py": "Read MISTRAL_TOKEN from the environment",
                      "client.js": "Read MISTRAL_KEY from the environment"}
    run_check(root, "--fix", capsys=capsys)
    assert 'MISTRAL_TOKEN = os.environ["MISTRAL_TOKEN"]' in (root / "settings.py").read_text()
    client = (root / "client.js").read_text()
    assert "apiKey: process.env.MISTRAL_KEY }" in client
    assert "other = new Mistral({ apiKey: process.env.MISTRAL_KEY })" in client
    assert python_parses(root / "settings.py") is None
