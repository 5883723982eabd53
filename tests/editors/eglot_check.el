;;; eglot_check.el --- batch check of the shipped Eglot config against the real server -*- lexical-binding: t; -*-
;; emacs --batch -q -l eglot_check.el FILE, with MK_CONFIG (the shipped config) and MK_SERVER
;; (the server command, space-separated) in the environment.  Exits 0 when the diagnostic and
;; the quick fix work; prints one "RESULT ..." line per step for the pytest side.

(require 'cl-lib)
;; Set before loading, as a user's init file would: the config sends these to the server.
(defvar mistral-keyguard-settings '(:mistral-keyguard (:severity (:MK001 "warning"))))
(load (getenv "MK_CONFIG") nil t)
(setq mistral-keyguard-server-command (split-string (getenv "MK_SERVER")))
(setq eglot-sync-connect 10
      eglot-connect-timeout 30
      flymake-no-changes-timeout nil)

(defun mk-wait (predicate seconds)
  "Pump process output until PREDICATE is non-nil or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (when (bound-and-true-p flymake-mode) (flymake-start))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(defun mk-fail (fmt &rest args)
  (princ (format "RESULT fail %s\n" (apply #'format fmt args)))
  (kill-emacs 1))

(let ((file (car command-line-args-left)))
  (find-file file)
  (apply #'eglot (eglot--guess-contact))
  (unless (mk-wait (lambda () (eglot-current-server)) 30)
    (mk-fail "eglot did not connect"))
  ;; The settings arrive through workspace/configuration: MK001 becomes a warning.
  (unless (mk-wait (lambda () (cl-some (lambda (d) (eq (flymake-diagnostic-type d) 'eglot-warning))
                                       (flymake-diagnostics)))
                   30)
    (mk-fail "no warning diagnostic (got %S)" (mapcar #'flymake-diagnostic-type (flymake-diagnostics))))
  (dolist (d (flymake-diagnostics))
    (princ (format "RESULT diagnostic %d %s %s\n"
                   (line-number-at-pos (flymake-diagnostic-beg d))
                   (flymake-diagnostic-type d)
                   (flymake-diagnostic-text d))))
  (let* ((diag (car (flymake-diagnostics)))
         (actions (eglot-code-actions (flymake-diagnostic-beg diag) (flymake-diagnostic-end diag)))
         (titles (mapcar (lambda (a) (plist-get a :title)) actions)))
    (dolist (title titles) (princ (format "RESULT action %s\n" title)))
    (let ((fix (cl-find-if (lambda (a) (string-match-p "environment" (plist-get a :title))) actions)))
      (unless fix (mk-fail "no environment fix among %S" titles))
      (unless (plist-get fix :edit) (mk-fail "the fix carries no edit"))
      (eglot--apply-workspace-edit (plist-get fix :edit))
      (save-buffer)
      (unless (mk-wait (lambda () (null (flymake-diagnostics))) 30)
        (mk-fail "diagnostic still there after the fix"))
      (princ "RESULT fixed\n")))
  (kill-emacs 0))
