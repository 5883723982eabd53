; Names imported from a Mistral package (ESM and CommonJS), so aliases count as clients.

(import_statement
  (import_clause (named_imports (import_specifier name: (identifier) @imported alias: (identifier)? @alias)))
  source: (string (string_fragment) @module)
  (#match? @module "(?i)mistral"))

(import_statement
  (import_clause (identifier) @default)
  source: (string (string_fragment) @module)
  (#match? @module "(?i)mistral"))

(variable_declarator
  name: (identifier) @default
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string (string_fragment) @module)))
  (#eq? @_require "require")
  (#match? @module "(?i)mistral"))

(variable_declarator
  name: (object_pattern [
    (shorthand_property_identifier_pattern) @imported
    (pair_pattern key: (property_identifier) @imported value: (identifier) @alias)])
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string (string_fragment) @module)))
  (#eq? @_require "require")
  (#match? @module "(?i)mistral"))
