"""The packaged extension in real VS Code: code-server in headless Chromium, driven by Playwright.

One run (about a minute) installs the linux-x64 .vsix with its bundled server, waits for the Python
key finding and the React direct-call finding as squiggles and Problems rows, applies the quick fix
from the Ctrl+. menu, saves, checks the file on disk and that the diagnostic is gone; then opens a
two-folder workspace (per-folder severity and enable, Scan Workspace, Show Rule Documentation),
and checks that a server that cannot start gives exactly one notification. Screenshots and VS Code's logs
go to test-artifacts/vscode/, printed when the test fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

from keyguard_testing import make_key

from editor_support import ARTIFACTS, EXTENSION, platform_vsix, require, which

REACT_COMPONENT = """\
import { useState } from "react";

export function Chat() {
  const [answer, setAnswer] = useState("");
  async function ask(question) {
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] }),
    });
    setAnswer((await res.json()).choices[0].message.content);
  }
  return <button onClick={() => ask("hi")}>{answer}</button>;
}
"""


def _mk002_available(workspace: Path) -> bool:
    """MK002 is another rule's work; assert it in the editor only once the engine reports it."""
    from mistral_keyguard.settings import Settings
    from mistral_keyguard.workspace import ProjectIndex, scan_file

    path = workspace / "src" / "Chat.jsx"
    result = scan_file(path, str(path), Settings(), ProjectIndex())
    return any(f.code == "MK002" for f in result.findings)


def _multi_root(tmp_path: Path) -> Path:
    """Two folders in one window: alpha lowers MK001 to a warning, beta turns the extension off."""
    root = tmp_path / "multi"
    for name, settings in (("alpha", {"mistral-keyguard.severity": {"MK001": "warning"},
                                      "editor.codeActionsOnSave": {"source.fixAll.mistral-keyguard": "explicit"}}),
                           ("beta", {"mistral-keyguard.enable": False})):
        (root / name / ".vscode").mkdir(parents=True)
        (root / name / ".vscode" / "settings.json").write_text(json.dumps(settings))
        (root / name / f"{name}_keys.py").write_text(f'MISTRAL_API_KEY = "{make_key()}"\n')
    (root / "alpha" / "alpha_unopened.py").write_text(
        f'from mistralai import Mistral\n\nclient = Mistral(api_key="{make_key()}")\n')
    workspace = root / "both.code-workspace"
    workspace.write_text(json.dumps({"folders": [{"path": str(root / "alpha")}, {"path": str(root / "beta")}],
                                     "settings": {}}))
    return workspace


def _workspaces(tmp_path: Path, key: str) -> tuple[Path, Path]:
    app = tmp_path / "app"
    (app / "src").mkdir(parents=True)
    (app / "app.py").write_text(
        "from mistralai import Mistral\n\n"
        f'client = Mistral(api_key="{key}")\n'
    )
    (app / "src" / "Chat.jsx").write_text(REACT_COMPONENT)
    (app / "package.json").write_text(json.dumps(
        {"name": "chat", "private": True, "dependencies": {"react": "^19.0.0", "vite": "^6.0.0"}}, indent=2))
    broken = tmp_path / "broken"
    (broken / ".vscode").mkdir(parents=True)
    (broken / ".vscode" / "settings.json").write_text(
        json.dumps({"mistral-keyguard.path": str(tmp_path / "no-such-dir" / "mistral-keyguard")}))
    (broken / "broken.py").write_text("print('hello')\n")
    crashing = tmp_path / "crashing-server"
    crashing.write_text("#!/bin/sh\necho 'mistral-keyguard: simulated broken install' >&2\nexit 3\n")
    crashing.chmod(0o755)
    (broken / "leak.py").write_text(f'from mistralai import Mistral\n\nclient = Mistral(api_key="{make_key()}")\n')
    return app, broken


def test_vscode_extension_end_to_end(tmp_path):
    code_server = which("code-server")
    require(code_server is not None, "code-server 4.100.3 on PATH")
    require(Path("/usr/bin/chromium").exists(), "Debian chromium at /usr/bin/chromium")
    require(which("node") is not None and which("npx") is not None, "node and npm")
    require((EXTENSION / "node_modules" / "playwright-core").is_dir(), "npm ci in vscode-extension")
    vsix = platform_vsix()

    key = make_key()
    app, broken = _workspaces(tmp_path, key)
    expect_mk002 = _mk002_available(app)
    artifacts = ARTIFACTS / "vscode"
    shutil.rmtree(artifacts, ignore_errors=True)
    cmd = ["node", str(EXTENSION / "e2e" / "run.mjs"), "--vsix", str(vsix), "--workspace", str(app),
           "--failure-workspace", str(broken), "--multiroot-workspace", str(_multi_root(tmp_path)),
           "--interpreter", sys.executable, "--crashing-server", str(tmp_path / "crashing-server"), "--artifacts", str(artifacts), "--code-server", code_server]
    if expect_mk002:
        cmd.append("--expect-mk002")
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "CI": os.environ.get("CI", "")})
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    report = json.loads(lines[-1]) if lines else {}
    context = (f"screenshots and VS Code logs in {artifacts}\n"
               f"stderr:\n{proc.stderr[-4000:]}\nreport: {json.dumps(report, indent=1)[:4000]}")
    assert proc.returncode == 0, context

    # The quick fix reached the file on disk: the key is gone, the environment is read instead.
    fixed = (app / "app.py").read_text()
    assert key not in fixed, context
    assert "MISTRAL_API_KEY" in fixed and "environ" in fixed, fixed
    assert not any("MK001" in row for row in report["problemsAfterFix"]), context
    assert any("MK001" in row for row in report["problems"]), context
    assert "MK001" in (report.get("hover") or "") and key not in report["hover"], context
    if expect_mk002:
        assert any("MK002" in row for row in report["problems"]), context
    assert any("Read MISTRAL_API_KEY from the environment" in row for row in report["fixMenu"]), context

    # Multi-root: one server, each folder's settings applied to its own files.
    assert report["betaSquiggles"] == 0, context
    assert not any("beta_keys.py" in row for row in report["afterScanProblems"]), context
    assert any("alpha_unopened.py" in row for row in report["afterScanProblems"]), context
    assert "MK005" in (report.get("ruleDocsTab") or ""), context
    assert "MK005 key-logging" in (report.get("ruleDocsText") or "").replace("\xa0", " "), context
    alpha_keys = (tmp_path / "multi" / "alpha" / "alpha_keys.py").read_text()
    assert report.get("fixAllOnSave") and "environ" in alpha_keys and "# saved" in alpha_keys, context
    status = report.get("afterScanStatus") or ""
    assert "Warnings: 2" in status and not re.search(r"Errors: [1-9]", status), context

    # A server that cannot start: one notification, with the way out, and no retry storm.
    ours = [n for n in report["notifications"] if "Mistral Keyguard" in (n.get("text") or "")]
    assert len(ours) == 1, context
    assert "not an executable file" in ours[0]["text"], context
    assert {"Open Settings", "Show Output"} <= set(ours[0]["buttons"]), context
    # A server that exits as it starts: one notification, and it is started once, not in a loop.
    assert len(report["crashNotifications"]) == 1, context
    starts = [line for log in artifacts.glob("logs/**/mistral-keyguard.mistral-keyguard/*.log")
              for line in log.read_text().splitlines()
              if "Starting the server" in line and "crashing-server" in line]
    assert len(starts) == 1, starts
    # ... and setting mistral-keyguard.interpreter restarts it, with no reload of the window.
    assert report.get("restartedWithInterpreter"), context
    if not expect_mk002:
        warnings.warn("MK002 (frontend-direct-call) is not reported by the engine yet; "
                      "the React assertion in the editor runs once it is")
