; Every call, and every named function with its body: MK006 indexes them once per file instead
; of walking each function and try block again (rules/error_leak.py).
[(call_expression) (new_expression)] @call

(function_declaration name: (_) @name body: (_) @body) @function
(generator_function_declaration name: (_) @name body: (_) @body) @function
(method_definition name: (_) @name body: (_) @body) @function
(variable_declarator
  name: (_) @name
  value: [(arrow_function body: (_) @body) (function_expression body: (_) @body)]) @function
; CommonJS exports: `exports.generate = async (messages) => { … }`
(assignment_expression
  left: (member_expression property: (property_identifier) @name)
  right: [(arrow_function body: (_) @body) (function_expression body: (_) @body)]) @function
