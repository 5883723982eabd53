; Names imported from a Mistral package, so `from mistralai import Mistral as M` makes `M` a client.

(import_from_statement
  module_name: (dotted_name) @module
  name: (dotted_name) @imported
  (#match? @module "(?i)mistral"))

(import_from_statement
  module_name: (dotted_name) @module
  name: (aliased_import name: (dotted_name) @imported alias: (identifier) @alias)
  (#match? @module "(?i)mistral"))
