; MK001 sinks: places where a value is used as the Mistral key. The rule resolves @value to the
; literals that reach it (through names, dicts and attributes) and checks their shape.
; `sink` says which Python filter confirms the match (see rules/hardcoded_key.py).

; Client(api_key=...), ChatMistralAI(mistral_api_key=...)
((call
   function: [(identifier) (attribute)] @callee
   arguments: (argument_list
     (keyword_argument name: (identifier) @_kw value: (_) @value)))
 (#any-of? @_kw "api_key" "mistral_api_key" "openai_api_key")
 (#set! sink "client"))

; MistralClient("<key>"): the legacy clients take the key first.
((call
   function: [(identifier) (attribute)] @callee
   arguments: (argument_list . (_) @value))
 (#set! sink "client-positional"))

; Mistral(**config)
((call
   function: [(identifier) (attribute)] @callee
   arguments: (argument_list (dictionary_splat (_) @splat)))
 (#set! sink "client-splat"))

; os.environ["MISTRAL_API_KEY"] = "<key>", and any other environment mapping a script fills for a
; process it starts: nox's `session.env[…]`, `env = os.environ.copy(); env[…]`, `self.child_env[…]`.
((assignment
   left: (subscript value: (_) @_env subscript: (string) @env_name)
   right: (_) @value)
 (#match? @_env "^([A-Za-z_][A-Za-z0-9_]*\\.)*([A-Za-z0-9]+_)*(environ|env|environment|env_vars|ENV|ENVIRON|ENV_VARS)$")
 (#set! sink "env-write"))

; The environment handed to a process: `subprocess.run(cmd, env={"MISTRAL_API_KEY": "<key>"})`,
; nox's `session.run(..., env={…})`, invoke's `c.run(..., env={…})`, docker-py's `environment={…}`.
((call
   arguments: (argument_list
     (keyword_argument
       name: (identifier) @_kw
       value: (dictionary (pair key: (string) @env_name value: (_) @value)))))
 (#match? @_kw "^(env|environ|environment|env_vars|extra_env)$")
 (#set! sink "env-write"))

; monkeypatch.setenv("MISTRAL_API_KEY", "<key>"): pytest fixtures write the variable for the test run;
; an AWS CDK function's `fn.add_environment("MISTRAL_API_KEY", …)` writes it into the deployed one.
((call
   function: (attribute attribute: (identifier) @_set)
   arguments: (argument_list . (string) @env_name . (_) @value))
 (#any-of? @_set "setenv" "add_environment")
 (#set! sink "env-write"))

; os.environ.setdefault("MISTRAL_API_KEY", "<key>"), os.getenv(..., "<key>"), os.environ.get(...)
((call
   function: [(attribute) (identifier)] @_fn
   arguments: (argument_list . (string) @env_name . (_) @value))
 (#match? @_fn "^((os\\.)?environ\\.(setdefault|get)|(os\\.)?(getenv|putenv))$")
 (#set! sink "env-default"))

; django-environ and python-decouple: env("MISTRAL_API_KEY", default="<key>"), config(..., default=...)
((call
   function: [(attribute) (identifier)] @_fn
   arguments: (argument_list . (string) @env_name (keyword_argument name: (identifier) @_kw value: (_) @value)))
 (#eq? @_kw "default")
 (#match? @_fn "^(env(\\.str)?|(decouple\\.)?config|(os\\.)?getenv|(os\\.)?environ\\.get)$")
 (#set! sink "env-default"))

; django-environ's `env.str(name, default)` and python-decouple's `config(name, default)` take the
; default second (django-environ's `env(name, x)` takes a cast there: not matched).
((call
   function: [(attribute) (identifier)] @_fn
   arguments: (argument_list . (string) @env_name . (_) @value))
 (#match? @_fn "^(env\\.str|(decouple\\.)?config)$")
 (#set! sink "env-default"))

; os.environ.get("MISTRAL_API_KEY") or "<key>", os.getenv(...) or "<key>"
((boolean_operator
   left: (call
     function: [(attribute) (identifier)] @_fn
     arguments: (argument_list . (string) @env_name))
   operator: "or"
   right: (_) @value)
 (#match? @_fn "^((os\\.)?environ\\.get|(os\\.)?getenv)$")
 (#set! sink "env-default"))

; os.getenv("MISTRAL_API_KEY") or os.getenv("MISTRAL_KEY") or "<key>": the last lookup names it
((boolean_operator
   left: (boolean_operator
     right: (call
       function: [(attribute) (identifier)] @_fn
       arguments: (argument_list . (string) @env_name)))
   operator: "or"
   right: (_) @value)
 (#match? @_fn "^((os\\.)?environ\\.get|(os\\.)?getenv)$")
 (#set! sink "env-default"))

; click.option("--api-key", default="<key>", envvar="MISTRAL_API_KEY"),
; typer.Option("<key>", envvar="MISTRAL_API_KEY"): the option falls back on the key.
((call
   function: [(attribute) (identifier)] @_fn
   arguments: (argument_list
     (keyword_argument name: (identifier) @_kw value: (_) @value)
     (keyword_argument name: (identifier) @_envvar value: (string) @env_name)))
 (#match? @_fn "(^|\\.)(option|Option|Argument)$")
 (#eq? @_kw "default")
 (#eq? @_envvar "envvar")
 (#set! sink "env-default"))

((call
   function: [(attribute) (identifier)] @_fn
   arguments: (argument_list
     (keyword_argument name: (identifier) @_envvar value: (string) @env_name)
     (keyword_argument name: (identifier) @_kw value: (_) @value)))
 (#match? @_fn "(^|\\.)(option|Option|Argument)$")
 (#eq? @_kw "default")
 (#eq? @_envvar "envvar")
 (#set! sink "env-default"))

((call
   function: [(attribute) (identifier)] @_fn
   arguments: (argument_list
     . (string) @value
     (keyword_argument name: (identifier) @_envvar value: (string) @env_name)))
 (#match? @_fn "(^|\\.)(Option|Argument)$")
 (#eq? @_envvar "envvar")
 (#set! sink "env-default"))

; Other config lookups' defaults: Airflow's Variable.get("mistral_api_key", default_var="<key>")
; (or second), st.secrets.get("MISTRAL_API_KEY", "<key>"), settings.get(..., default=...). The
; rule keeps key-named entries only and leaves the environment's getters to "env-default".
((call
   function: (attribute attribute: (identifier) @_get) @_fn
   arguments: (argument_list . (string) @env_name . (_) @value))
 (#eq? @_get "get")
 (#match? @env_name "(?i)key|token|secret|auth|credential")
 (#set! sink "lookup-default"))

((call
   function: (attribute attribute: (identifier) @_get) @_fn
   arguments: (argument_list . (string) @env_name (keyword_argument name: (identifier) @_kw value: (_) @value)))
 (#eq? @_get "get")
 (#any-of? @_kw "default" "default_var" "fallback")
 (#match? @env_name "(?i)key|token|secret|auth|credential")
 (#set! sink "lookup-default"))

; os.getenv("<key>"), os.environ["<key>"]: a key pasted where the variable name belongs.
((call
   function: [(attribute) (identifier)] @_fn
   arguments: (argument_list . (string) @env_name))
 (#match? @_fn "^((os\\.)?environ\\.(setdefault|get)|(os\\.)?(getenv|putenv))$")
 (#set! sink "env-name-slip"))

((subscript value: (_) @_env subscript: (string) @env_name)
 (#match? @_env "^(os\\.)?environ$")
 (#set! sink "env-name-slip"))

; {"Authorization": f"Bearer {KEY}"}
((pair key: (string) @header value: (_) @value)
 (#match? @header "(?i)^.authorization.$")
 (#set! sink "header"))

; headers["Authorization"] = "Bearer <key>"
((assignment
   left: (subscript subscript: (string) @header)
   right: (_) @value)
 (#match? @header "(?i)^.authorization.$")
 (#set! sink "header"))

; Any lookup named after the Mistral key, with a default: get_env("MISTRAL_API_KEY", "<key>"),
; settings.get("mistral_api_key", fallback="<key>"), read_secret("MISTRAL_API_KEY") or "<key>".
; The rule keeps Mistral-named key entries only (a helper it does not know may take anything second).
((call
   arguments: (argument_list . (string) @env_name . [(string) (concatenated_string) (identifier) (attribute)] @value))
 (#match? @env_name "[Mm][Ii][Ss][Tt][Rr][Aa][Ll]")
 (#set! sink "named-default"))

((call
   arguments: (argument_list . (string) @env_name (keyword_argument name: (identifier) @_kw value: (_) @value)))
 (#any-of? @_kw "default" "fallback" "default_value" "default_var")
 (#match? @env_name "[Mm][Ii][Ss][Tt][Rr][Aa][Ll]")
 (#set! sink "named-default"))

((boolean_operator
   left: (call arguments: (argument_list . (string) @env_name))
   operator: "or"
   right: (_) @value)
 (#match? @env_name "[Mm][Ii][Ss][Tt][Rr][Aa][Ll]")
 (#set! sink "named-default"))
