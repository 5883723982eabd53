"""`check` stays light: it never loads the language server's stack (pygls, lsprotocol).

Start-up time itself is measured in benchmarks/startup.py, not here.
"""

from __future__ import annotations

import subprocess
import sys

from keyguard_testing import ROOT

PROBE = """
import sys
from mistral_keyguard.cli import main
code = main(["check", sys.argv[1], "--quiet"])
heavy = sorted(m for m in ("pygls", "lsprotocol", "mistral_keyguard.lsp") if m in sys.modules)
print(code, ",".join(heavy) or "-")
"""


def test_check_does_not_import_the_server(tmp_path):
    (tmp_path / "app.py").write_text('import os\nfrom mistralai import Mistral\n'
                                     'client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\n')
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT / "server"), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert out.returncode == 0, out.stderr
    code, heavy = out.stdout.split()
    assert code == "0"  # the file was scanned and is clean
    assert heavy == "-", f"check imported {heavy}"


LOADED = """
import sys
from mistral_keyguard.cli import _main
code = _main(sys.argv[1:])
names = ("mistral_keyguard.engine", "mistral_keyguard.runner", "mistral_keyguard.rules", "tree_sitter",
         "pathspec", "tomllib", "mistral_keyguard.output", "mistral_keyguard.settings")
print(code, ",".join(sorted(n for n in names if n in sys.modules)) or "-")
"""


def _loaded(*argv: str) -> tuple[str, str]:
    out = subprocess.run([sys.executable, "-c", LOADED, *argv], capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT / "server"), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert out.returncode == 0, out.stderr
    code, loaded = out.stdout.splitlines()[-1].split()  # the last line: after what the command printed
    return code, loaded


def test_version_loads_nothing_of_the_package():
    assert _loaded("--version") == ("0", "-")


def test_check_of_a_folder_with_nothing_to_scan_never_loads_the_engine(tmp_path):
    (tmp_path / "notes").mkdir()
    code, loaded = _loaded("check", str(tmp_path / "notes"), "--quiet")
    assert code == "0"
    assert loaded == "mistral_keyguard.output,mistral_keyguard.settings", loaded
