; MK006 places: a `try` whose handler may send the exception to the user, and error branches that
; may forward an upstream error body. rules/error_leak.py decides whether the try covers a Mistral
; call, whether the code answers users, and where the exception text goes.

((try_statement body: (block) @body) @try
 (#set! sink "try"))

; if not resp.ok: / if r.status_code != 200: / if resp.is_error:
((if_statement condition: (_) @cond consequence: (block) @branch)
 (#match? @cond "status_code|status\\b|\\.ok\\b|is_error|is_success|error")
 (#set! sink "error-branch"))
