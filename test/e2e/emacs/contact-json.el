;;; contact-json.el --- The README's Emacs configuration, as the Emacs test loads it.
;; The server's path comes from $CONTACT_JSON_SERVER here; in your init file write it out.
(define-derived-mode contact-json-mode js-mode "Contact-JSON")
(add-to-list 'auto-mode-alist '("\\.contact\\.json\\'" . contact-json-mode))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               `(contact-json-mode . ("node" ,(getenv "CONTACT_JSON_SERVER") "--stdio"))))
(add-hook 'contact-json-mode-hook #'eglot-ensure)
