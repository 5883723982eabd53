; MK005 sinks: calls that write their arguments to a log or to stdout. The callee is confirmed in
; Python (sinks.is_log_callee: print, pprint, logging/logger.*, structlog, loguru, rich, sys.stdout,
; click/typer echo, a Django command's self.stdout, a Masonite/cleo command's self.info/line).

((call
   function: [(identifier) (attribute)] @callee
   arguments: (argument_list)) @call
 (#match? @callee "(^|\\.)(print|pprint|pp|ic|rprint|display|debug|info|warning|warn|error|exception|critical|fatal|log|msg|trace|success|notice|line|comment|write|json|code|text|markdown|caption|echo|secho)$")
 (#set! sink "log"))
