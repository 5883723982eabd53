; MK004 sinks: log calls (confirmed by sinks.is_log_callee) and http.client's header dump.

((call
   function: [(identifier) (attribute)] @callee
   arguments: (argument_list)) @call
 (#match? @callee "(^|\\.)(print|pprint|pp|ic|rprint|display|debug|info|warning|warn|error|exception|critical|fatal|log|msg|trace|success|notice|write|echo|secho)$")
 (#set! sink "log"))

; http.client.HTTPConnection.debuglevel = 1 prints every request header, Authorization included.
((assignment
   left: (attribute attribute: (identifier) @_attr) @target
   right: (_) @value) @statement
 (#eq? @_attr "debuglevel")
 (#set! sink "debuglevel"))

; conn.set_debuglevel(1)
((call
   function: (attribute attribute: (identifier) @_method) @target
   arguments: (argument_list . (_) @value)) @statement
 (#eq? @_method "set_debuglevel")
 (#set! sink "debuglevel"))
