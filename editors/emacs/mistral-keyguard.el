;;; mistral-keyguard.el --- use mistral-keyguard's language server with Eglot -*- lexical-binding: t; -*-

;; Load this from your init file:
;;
;;   ;; optional, before loading: settings sent to the server (see docs/server.md)
;;   (setq mistral-keyguard-settings '(:mistral-keyguard (:severity (:MK004 "error"))))
;;   (load "/path/to/mistral-keyguard/editors/emacs/mistral-keyguard.el")
;;
;; then `M-x eglot' in a Python, JavaScript or TypeScript buffer (or add `eglot-ensure' to
;; their mode hooks).  Diagnostics appear through Flymake, fixes through `M-x eglot-code-actions'.
;;
;; Eglot runs one server per buffer: these modes then use mistral-keyguard instead of another
;; language server.  Emacs 29+'s Eglot can combine them only through a multiplexer (e.g. rassumfrassum).

;;; Code:

(require 'eglot)

(defgroup mistral-keyguard nil
  "Find leaked Mistral AI API keys."
  :group 'tools)

(defcustom mistral-keyguard-server-command '("mistral-keyguard" "server")
  "Command that starts the mistral-keyguard language server on stdio.
Use (\"/path/to/python\" \"-m\" \"mistral_keyguard\" \"server\") for a virtualenv."
  :type '(repeat string))

(defcustom mistral-keyguard-settings
  '(:mistral-keyguard (:run "onType" :debounceMs 300 :select ["ALL"] :ignore []))
  "Settings sent to the server (workspace/configuration, section mistral-keyguard).
Set it before loading this file: loading adds it to `eglot-workspace-configuration'."
  :type 'sexp)

(defconst mistral-keyguard-modes
  '(python-mode python-ts-mode js-mode js-jsx-mode js-ts-mode typescript-mode typescript-ts-mode
    tsx-ts-mode mhtml-mode html-mode json-mode json-ts-mode js-json-mode yaml-mode yaml-ts-mode
    conf-toml-mode toml-ts-mode dockerfile-mode dockerfile-ts-mode)
  "Major modes whose files the server reads.")

(defun mistral-keyguard--contact (&optional _interactive)
  "The server command, resolved when Eglot starts it."
  mistral-keyguard-server-command)

(add-to-list 'eglot-server-programs
             (cons mistral-keyguard-modes #'mistral-keyguard--contact))

(setq-default eglot-workspace-configuration
              (append mistral-keyguard-settings
                      (and (listp (default-value 'eglot-workspace-configuration))
                           (default-value 'eglot-workspace-configuration))))

(provide 'mistral-keyguard)
;;; mistral-keyguard.el ends here
