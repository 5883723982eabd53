; Places where a name is bound to a value. Shared by every rule that follows a value to its use.
; @name holds the bound name (an identifier, attribute, dict key or keyword), @value the value.

(assignment left: [(identifier) (attribute)] @name right: (_) @value)
(augmented_assignment left: [(identifier) (attribute)] @name right: (_) @value)
(default_parameter name: (identifier) @name value: (_) @value)
(typed_default_parameter name: (identifier) @name value: (_) @value)
(pair key: (string) @name value: (_) @value)
(keyword_argument name: (identifier) @name value: (_) @value)
