; Annotated parameters (dataflow.typed_parameters): `client: Mistral`, `key: str = "…"`.
[(typed_parameter) (typed_default_parameter)] @parameter
