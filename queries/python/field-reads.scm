; A field read on an object (holdings.objects `_key_fields_read`): `cfg.api_key`, `cfg["api_key"]`,
; `cfg[KEY_NAME]`. Which fields count is decided in Python (is_key_name).
(attribute object: (_) @object attribute: (identifier) @field)
(subscript value: (_) @object subscript: (_) @index)
