; Annotated parameters (dataflow.typed_parameters): `client: Mistral`, `apiKey?: string`.
[(required_parameter) (optional_parameter)] @parameter
