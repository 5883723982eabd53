; Places where a name is bound to a value, shared by JavaScript, TypeScript and TSX.
; @name holds the bound name, @value the value.

(variable_declarator name: (identifier) @name value: (_) @value)
(assignment_expression left: [(identifier) (member_expression)] @name right: (_) @value)
(assignment_pattern left: (identifier) @name right: (_) @value)
(object_assignment_pattern left: (shorthand_property_identifier_pattern) @name right: (_) @value)
(pair key: [(property_identifier) (string) (computed_property_name)] @name value: (_) @value)
