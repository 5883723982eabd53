; MK005 sinks for JavaScript, TypeScript and TSX: calls that write their arguments to a log or to
; stdout (console.*, logger.*, request.log.*, process.stdout.write, a VS Code output channel's append),
; confirmed by sinks.is_log_callee or a name bound to a logger.

((call_expression
   function: (member_expression) @callee
   arguments: (arguments)) @call
 (#match? @callee "\\.(log|debug|info|warn|error|trace|fatal|dir|table|write|verbose|notice|success|append|appendLine)$")
 (#set! sink "log"))

; debug("...", value) from the `debug` package, a local `log` helper
((call_expression
   function: (identifier) @callee
   arguments: (arguments)) @call
 (#any-of? @callee "debug" "log" "logger" "trace")
 (#set! sink "log"))
