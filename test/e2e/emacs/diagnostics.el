;;; diagnostics.el --- emacs --batch -l diagnostics.el FILE
;; Loads the configuration, visits FILE, connects eglot as `eglot-ensure' would after the first
;; command (batch mode runs none), waits for Flymake to show the server's diagnostics, and writes
;; them as JSON to $CONTACT_JSON_OUT. Not -Q: Debian's site-start puts eglot on the load path.
(require 'eglot)
(require 'json)
(load (getenv "CONTACT_JSON_CONFIG") nil t)

(defun contact-json-test-fail (format-string &rest args)
  (princ (concat (apply #'format format-string args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(let ((file (car command-line-args-left)))
  (setq command-line-args-left nil)
  (with-current-buffer (find-file-noselect file)
    (unless (eq major-mode 'contact-json-mode)
      (contact-json-test-fail "major mode is %s, not contact-json-mode" major-mode))
    (apply #'eglot--connect (eglot--guess-contact))
    (unless (eglot-current-server)
      (contact-json-test-fail "eglot did not connect"))
    ;; Flymake asks the backend when it starts; the diagnostics come in one message.
    (let ((deadline (+ (float-time) 20)))
      (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
        (flymake-start)
        (accept-process-output nil 0.05)))
    (unless (flymake-diagnostics)
      (contact-json-test-fail "no diagnostics within 20 s"))
    (let ((mode (symbol-name major-mode))
          (diagnostics
           (mapcar (lambda (d)
                     (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
                       `((line . ,(line-number-at-pos beg t))
                         (column . ,(save-excursion (goto-char beg) (current-column)))
                         (endLine . ,(line-number-at-pos end t))
                         (endColumn . ,(save-excursion (goto-char end) (current-column)))
                         (type . ,(symbol-name (flymake-diagnostic-type d)))
                         (text . ,(flymake-diagnostic-text d)))))
                   (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
      (with-temp-file (getenv "CONTACT_JSON_OUT")
        (insert (json-encode `((mode . ,mode) (diagnostics . ,(vconcat diagnostics)))))))
    (eglot-shutdown (eglot-current-server))))
(kill-emacs 0)
