; inherits: ecma

(field_definition property: (property_identifier) @name value: (_) @value)
