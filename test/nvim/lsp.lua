-- Headless Neovim (0.7.2, Debian's) as an LSP client of the CoopSpec server.
--
-- Run by test/nvim/neovim.test.ts as
--   nvim --headless --clean -u NONE -c 'luafile test/nvim/lsp.lua'
-- with these environment variables:
--   COOPSPEC_SERVER      path of dist/server.js
--   COOPSPEC_ROOT        the workspace folder
--   COOPSPEC_FILE        the *.coop file to open (inside COOPSPEC_ROOT)
--   COOPSPEC_HOVER_LINE  0-based line of the position to hover
--   COOPSPEC_HOVER_CHAR  0-based UTF-16 character of the position to hover
--   COOPSPEC_OUT         where to write the JSON result
--   COOPSPEC_TIMEOUT_MS  how long to wait for diagnostics and the hover (default 20000)
--
-- It starts the server with vim.lsp.start_client (vim.lsp.start does not exist in 0.7), opens the
-- file, waits until the server has published diagnostics for it and everything it had to publish
-- has arrived (round trips, not a quiet period), asks for a hover, and writes
-- { diagnostics, published, hover, error } as JSON. It always quits: exit 0 when the JSON was
-- written, 1 otherwise.

local env = vim.env
local out = env.COOPSPEC_OUT
local timeout = tonumber(env.COOPSPEC_TIMEOUT_MS or '20000')

local result = { diagnostics = {}, published = vim.NIL, closed = {}, hover = vim.NIL, error = vim.NIL, nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }
local client_id = nil

local function write_result()
  local ok, encoded = pcall(vim.fn.json_encode, result)
  if not ok then
    encoded = vim.fn.json_encode({ error = 'could not encode the result: ' .. tostring(encoded) })
  end
  vim.fn.writefile({ encoded }, out)
end

local function run()
  for _, name in ipairs({ 'COOPSPEC_SERVER', 'COOPSPEC_ROOT', 'COOPSPEC_FILE', 'COOPSPEC_HOVER_LINE', 'COOPSPEC_HOVER_CHAR' }) do
    if env[name] == nil or env[name] == '' then error(name .. ' is not set') end
  end

  local uri = vim.uri_from_fname(env.COOPSPEC_FILE)
  local publications = 0 -- publishDiagnostics received (for our file or another)
  local closed_published = {}
  local server_exit = nil

  client_id = vim.lsp.start_client({
    name = 'coopspec',
    cmd = { 'node', env.COOPSPEC_SERVER, '--stdio' },
    root_dir = env.COOPSPEC_ROOT,
    workspace_folders = { { uri = vim.uri_from_fname(env.COOPSPEC_ROOT), name = 'workspace' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        if params and params.uri == uri then
          result.published = params.diagnostics
          publications = publications + 1
        elseif params then
          -- A file that is not open: the server reports the whole workspace.
          closed_published[params.uri] = params.diagnostics
          publications = publications + 1
        end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      server_exit = { code = code, signal = signal }
    end,
  })
  if not client_id then error('vim.lsp.start_client did not start the server') end

  vim.cmd('edit ' .. vim.fn.fnameescape(env.COOPSPEC_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'coopspec' -- the languageId of didOpen
  if not vim.lsp.buf_attach_client(bufnr, client_id) then error('vim.lsp.buf_attach_client failed') end

  -- Diagnostics: wait for the first publication, then for anything the server still had to publish.
  -- The server handles messages in order and publishes on the turn after a change, so what it
  -- publishes arrives before the answer to the next request but one; two round trips in a row with
  -- no publication mean nothing more is coming.
  local got = vim.wait(timeout, function() return publications > 0 or server_exit ~= nil end, 20)
  if server_exit then error('the server exited with code ' .. tostring(server_exit.code) .. ' before publishing diagnostics') end
  if not got then error('no diagnostics were published for the file within ' .. timeout .. ' ms') end
  local silent = 0
  while silent < 2 do
    local before = publications
    local answers, rt_err = vim.lsp.buf_request_sync(bufnr, 'workspace/symbol', { query = 'no-such-name-anywhere' }, timeout)
    if not answers then error('workspace/symbol: ' .. tostring(rt_err)) end
    if publications == before then silent = silent + 1 else silent = 0 end
  end

  -- What Neovim itself holds (and shows): vim.diagnostic, converted from the LSP diagnostics.
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = code,
    })
  end

  -- Files not open: what the server sent, and what Neovim holds for them (a buffer it has not loaded).
  for closed_uri, published in pairs(closed_published) do
    local codes, held = {}, {}
    for _, d in ipairs(published) do table.insert(codes, tostring(d.code)) end
    for _, d in ipairs(vim.diagnostic.get(vim.uri_to_bufnr(closed_uri))) do
      local code = d.code
      if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
      table.insert(held, tostring(code))
    end
    table.insert(result.closed, { uri = closed_uri, published = codes, held = held })
  end

  local client = vim.lsp.get_client_by_id(client_id)
  if not (client and client.server_capabilities and client.server_capabilities.hoverProvider) then
    error('the server does not declare hoverProvider in its capabilities')
  end
  local params = {
    textDocument = { uri = uri },
    position = { line = tonumber(env.COOPSPEC_HOVER_LINE), character = tonumber(env.COOPSPEC_HOVER_CHAR) },
  }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, timeout)
  if not responses then error('hover: ' .. tostring(err)) end
  local response = responses[client_id]
  if not response then error('hover: no response from the server') end
  if response.err then error('hover: the server answered with an error: ' .. vim.inspect(response.err)) end
  result.hover = response.result == nil and vim.NIL or response.result

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return server_exit ~= nil end, 20)
  if server_exit then result.server_exit = server_exit end
end

local ok, err = pcall(run)
if not ok then
  result.error = tostring(err)
  if client_id then pcall(vim.lsp.stop_client, client_id, true) end
end
local written = pcall(write_result)
vim.cmd(written and 'qall!' or 'cquit! 1')
