-- mistral-keyguard for Neovim: live diagnostics for leaked Mistral API keys.
--
-- Use it as is (`nvim -u path/to/mistral_keyguard.lua`), `:luafile` it, or copy it into your
-- config (e.g. ~/.config/nvim/plugin/mistral_keyguard.lua). It needs `mistral-keyguard` on PATH
-- (`pipx install /path/to/mistral-keyguard`, a clone of the repository), or set before loading:
--   vim.g.mistral_keyguard_cmd = { '/path/to/python', '-m', 'mistral_keyguard', 'server' }
-- and, to change settings (see docs/server.md):
--   vim.g.mistral_keyguard_settings = { run = 'onSave', severity = { MK004 = 'error' } }
--
-- Neovim 0.11+ uses vim.lsp.config + vim.lsp.enable; 0.8-0.10 fall back to vim.lsp.start, and
-- 0.7 to vim.lsp.start_client.

local name = 'mistral_keyguard'
local cmd = vim.g.mistral_keyguard_cmd or { 'mistral-keyguard', 'server' }
local settings = { ['mistral-keyguard'] = vim.g.mistral_keyguard_settings or vim.empty_dict() }
local filetypes = {
  'python', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact',
  'html', 'vue', 'svelte', 'json', 'jsonc', 'yaml', 'toml', 'dosini', 'dockerfile', 'sh', 'conf',
}
local root_markers = {
  '.mistral-keyguard.toml', 'pyproject.toml', 'package.json', 'requirements.txt', '.git',
}

-- `.env`, `.env.local` ... are `sh` or `conf` depending on the Neovim version: make them `sh`.
pcall(vim.filetype.add, { pattern = { ['%.env%..*'] = 'sh' }, filename = { ['.env'] = 'sh' } })

if vim.lsp.config and vim.lsp.enable then
  vim.lsp.config(name, {
    cmd = cmd,
    filetypes = filetypes,
    root_markers = root_markers,
    settings = settings,
    init_options = settings['mistral-keyguard'],
  })
  vim.lsp.enable(name)
  return
end

-- Older Neovim: start (or re-use) the client for every buffer of a supported file type.
local function root_dir(bufnr)
  local path = vim.api.nvim_buf_get_name(bufnr)
  local found = vim.fs and vim.fs.find and vim.fs.find(root_markers, { path = path, upward = true })[1]
  return found and vim.fs.dirname(found) or vim.fn.getcwd()
end

local config = function(bufnr)
  return {
    name = name,
    cmd = cmd,
    root_dir = root_dir(bufnr),
    settings = settings,
    init_options = settings['mistral-keyguard'],
  }
end

local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = filetypes,
  callback = function(args)
    if vim.lsp.start then
      vim.lsp.start(config(args.buf), { bufnr = args.buf })
      return
    end
    if not client_id or vim.lsp.client_is_stopped(client_id) then
      client_id = vim.lsp.start_client(config(args.buf))
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
