; `ENV NAME=value`, `ENV NAME value`, `ARG NAME=default`
(env_pair
  name: (_) @name
  value: (_) @value)

(arg_instruction
  name: (_) @name
  default: (_) @value)

(label_pair
  key: (_) @name
  value: (_) @value)

; Shell commands are free text: `RUN MISTRAL_API_KEY=... python seed.py`
(run_instruction) @text
(cmd_instruction) @text
(entrypoint_instruction) @text
