;;; contact-json.el --- The README's Emacs configuration, as the Emacs test loads it.
;; The test puts the package's contact-json-language-server on PATH, as npm install -g does.
(define-derived-mode contact-json-mode js-mode "Contact-JSON")
(add-to-list 'auto-mode-alist '("\\.contact\\.json\\'" . contact-json-mode))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '(contact-json-mode . ("contact-json-language-server" "--stdio"))))
(add-hook 'contact-json-mode-hook #'eglot-ensure)
