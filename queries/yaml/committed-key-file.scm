; Scalars in YAML mappings and sequences, block or flow style.
(block_mapping_pair
  key: (_) @name
  value: (flow_node
    [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @value))

(block_mapping_pair
  key: (_) @name
  value: (block_node (block_scalar) @value))

(flow_pair
  key: (_) @name
  value: (flow_node
    [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @value))

; docker-compose `environment:` in list form: `- MISTRAL_API_KEY=...`
(block_sequence_item
  (flow_node
    [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @value))

(flow_sequence
  (flow_node
    [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @value))
