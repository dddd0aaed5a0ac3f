-- nvim --headless --clean -u diagnostics.lua FILE: loads the configuration as an init.lua would,
-- and once Neovim has started and opened FILE, waits for the server's diagnostics and writes them
-- as JSON to $CONTACT_JSON_OUT.
dofile(os.getenv('CONTACT_JSON_CONFIG'))

local function fail(message)
  io.stderr:write(message .. '\n')
  vim.cmd('cquit 1')
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    if vim.bo[buf].filetype ~= 'contact-json' then
      return fail('filetype is "' .. vim.bo[buf].filetype .. '", not contact-json')
    end
    -- vim.wait runs the event loop until the condition holds; the diagnostics come in one message.
    if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
      local names = vim.tbl_map(function(client) return client.name end, vim.lsp.get_active_clients())
      return fail('no diagnostics within 20 s; language clients: ' .. vim.inspect(names))
    end
    local diagnostics = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(diagnostics, {
        lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
        severity = d.severity, source = d.source, message = d.message,
        code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
      })
    end
    local out = assert(io.open(os.getenv('CONTACT_JSON_OUT'), 'w'))
    out:write(vim.fn.json_encode({ filetype = vim.bo[buf].filetype, diagnostics = diagnostics }))
    out:close()
    vim.cmd('qall!')
  end,
})
