; A field read on an object (holdings.objects `_key_fields_read`): `config.apiKey`,
; `config["apiKey"]`, `config[KEY_NAME]`. Which fields count is decided in Python (is_key_name).
(member_expression object: (_) @object property: (_) @field)
(subscript_expression object: (_) @object index: (_) @index)
