; inherits: ecma

(public_field_definition name: (property_identifier) @name value: (_) @value)
(required_parameter pattern: (identifier) @name value: (_) @value)
(optional_parameter pattern: (identifier) @name value: (_) @value)
