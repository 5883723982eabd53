; MK006 places for JavaScript, TypeScript and TSX: try/catch, promise .catch handlers, error
; branches on an upstream response, and SDK error hooks. rules/error_leak.py decides whether the
; code covers a Mistral call, answers users, and sends the exception text back.

((try_statement body: (statement_block) @body handler: (catch_clause) @handler) @try
 (#set! sink "try"))

; client.chat.complete(...).then(...).catch((err) => res.status(500).send(err.message))
((call_expression
   function: (member_expression object: (_) @body property: (property_identifier) @_method)
   arguments: (arguments . [(arrow_function) (function_expression)] @handler)) @try
 (#eq? @_method "catch")
 (#set! sink "promise-catch"))

; if (!upstream.ok) { return new Response(await upstream.text(), ...) }
((if_statement condition: (_) @cond consequence: (_) @branch)
 (#match? @cond "\\.ok\\b|\\.status\\b|statusCode|error")
 (#set! sink "error-branch"))

; toDataStreamResponse({ getErrorMessage: (error) => error.message }), onError: (e) => e.message
((pair
   key: (property_identifier) @_key
   value: [(arrow_function) (function_expression)] @hook)
 (#any-of? @_key "getErrorMessage" "onError")
 (#set! sink "error-hook"))

((method_definition name: (property_identifier) @_key) @hook
 (#any-of? @_key "getErrorMessage" "onError")
 (#set! sink "error-hook"))
