; inherits: ecma

(public_field_definition name: (property_identifier) @name value: (_) @value)
