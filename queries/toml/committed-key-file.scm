; String values of TOML pairs (in tables, inline tables and arrays).
(pair
  [(bare_key) (quoted_key) (dotted_key)] @name
  (string) @value)

(array
  (string) @value)
