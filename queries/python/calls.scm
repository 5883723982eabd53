; Every call, and every named function with its body: MK006 indexes them once per file instead
; of walking each function and try block again (rules/error_leak.py).
(call) @call

(function_definition name: (identifier) @name body: (_) @body) @function
