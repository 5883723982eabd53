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
