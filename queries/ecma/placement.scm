; What the client/server classifier reads from JavaScript, TypeScript and TSX code:
; the modules a file imports (ESM, CommonJS, dynamic import, re-exports) and the browser
; globals it touches. JSX lives in the javascript and tsx files (typescript has no JSX).

(import_statement source: (string (string_fragment) @module))
(export_statement source: (string (string_fragment) @module))

((call_expression
   function: (identifier) @_require
   arguments: (arguments . (string (string_fragment) @module)))
 (#eq? @_require "require"))

(call_expression
  function: (import)
  arguments: (arguments . (string (string_fragment) @module)))

((member_expression object: (identifier) @browser_global)
 (#any-of? @browser_global "window" "document" "localStorage" "sessionStorage" "navigator"))

; Deno.env.get(...), Bun.serve(...): server runtimes
((member_expression object: (identifier) @server_global)
 (#any-of? @server_global "Deno" "Bun"))
