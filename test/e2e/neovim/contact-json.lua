-- The README's plain vim.lsp configuration, as the Neovim test loads it (the test puts the
-- package's contact-json-language-server on PATH, as npm install -g does).
-- Neovim 0.7 (Debian 12's) has vim.filetype.add only behind do_filetype_lua, no vim.fs and no
-- vim.lsp.start: the fallbacks below cover it; from 0.8 on the first branch runs.
vim.g.do_filetype_lua = 1
vim.filetype.add({ pattern = { ['.*%.contact%.json'] = 'contact-json' } })
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'contact-json',
  callback = function(args)
    local config = {
      name = 'contact-json',
      cmd = { 'contact-json-language-server', '--stdio' },
      root_dir = vim.fn.fnamemodify(args.file, ':p:h'),
    }
    if vim.lsp.start then
      vim.lsp.start(config)
    else
      vim.lsp.buf_attach_client(args.buf, vim.lsp.start_client(config))
    end
  end,
})
