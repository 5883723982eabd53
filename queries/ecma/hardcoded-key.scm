; MK001 sinks for JavaScript, TypeScript and TSX: places where a value is used as the Mistral
; key. The rule resolves @value to the literals that reach it and checks their shape.

; new Mistral({ apiKey }), new MistralClient(key), createMistral({ apiKey }), ChatMistralAI(...)
((new_expression constructor: (_) @callee arguments: (arguments . (_) @value))
 (#set! sink "client-arg"))

((call_expression function: [(identifier) (member_expression)] @callee arguments: (arguments . (_) @value))
 (#set! sink "client-arg"))

; process.env.MISTRAL_API_KEY = "<key>"
((assignment_expression
   left: (member_expression object: (member_expression) @_env property: (property_identifier) @env_name)
   right: (_) @value)
 (#eq? @_env "process.env")
 (#set! sink "env-write"))

((assignment_expression
   left: (subscript_expression object: (member_expression) @_env index: (string) @env_name)
   right: (_) @value)
 (#eq? @_env "process.env")
 (#set! sink "env-write"))

; vi.stubEnv("MISTRAL_API_KEY", "<key>"), Deno.env.set(...): tests and scripts writing the variable.
((call_expression
   function: (member_expression) @_env
   arguments: (arguments . (string) @env_name . (_) @value))
 (#match? @_env "^(vi\\.stubEnv|Deno\\.env\\.set)$")
 (#set! sink "env-write"))

; process.env.MISTRAL_API_KEY || "<key>", ?? "<key>"
((binary_expression
   left: (member_expression object: (member_expression) @_env property: (property_identifier) @env_name)
   operator: ["||" "??"]
   right: (_) @value)
 (#match? @_env "^(process\\.env|import\\.meta\\.env)$")
 (#set! sink "env-default"))

((binary_expression
   left: (subscript_expression object: (member_expression) @_env index: (string) @env_name)
   operator: ["||" "??"]
   right: (_) @value)
 (#match? @_env "^(process\\.env|import\\.meta\\.env)$")
 (#set! sink "env-default"))

; Deno.env.get("MISTRAL_API_KEY") ?? "<key>", Bun.env.MISTRAL_API_KEY || "<key>"
((binary_expression
   left: (call_expression
     function: (member_expression) @_env
     arguments: (arguments . (string (string_fragment) @env_name)))
   operator: ["||" "??"]
   right: (_) @value)
 (#eq? @_env "Deno.env.get")
 (#set! sink "env-default"))

((binary_expression
   left: (member_expression object: (member_expression) @_env property: (property_identifier) @env_name)
   operator: ["||" "??"]
   right: (_) @value)
 (#eq? @_env "Bun.env")
 (#set! sink "env-default"))

; Config lookups' defaults: AdonisJS's env.get("MISTRAL_API_KEY", "<key>"), node-config's or
; NestJS ConfigService's config.get("mistral.apiKey", "<key>"). The rule keeps key-named entries.
((call_expression
   function: (member_expression property: (property_identifier) @_get) @_fn
   arguments: (arguments . (string (string_fragment) @env_name) . (_) @value))
 (#eq? @_get "get")
 (#match? @env_name "(?i)key|token|secret|auth|credential")
 (#set! sink "lookup-default"))

; Env helpers' defaults: Strapi's env("MISTRAL_API_KEY", "<key>") (and env.str), a project's own
; getEnv(name, fallback) / readEnv / requireEnv. The rule keeps key-named entries.
((call_expression
   function: [(identifier) (member_expression)] @_fn
   arguments: (arguments . (string (string_fragment) @env_name) . (_) @value))
 (#match? @_fn "^(env|getEnv|get_env|readEnv|requireEnv|envOr|env\\.(str|string))$")
 (#match? @env_name "(?i)key|token|secret|auth|credential")
 (#set! sink "lookup-default"))

; Env schema defaults: envalid's MISTRAL_API_KEY: str({ default: "<key>" }), zod's (t3-env)
; MISTRAL_API_KEY: z.string().default("<key>"), joi's Joi.string().default("<key>").
((pair
   key: (_) @env_name
   value: (call_expression
     function: (member_expression property: (property_identifier) @_default) @_fn
     arguments: (arguments . (_) @value)))
 (#eq? @_default "default")
 (#match? @env_name "(?i)key|token|secret|auth|credential")
 (#set! sink "lookup-default"))

((pair
   key: (_) @env_name
   value: (call_expression
     function: (identifier) @_fn
     arguments: (arguments . (object (pair key: (property_identifier) @_default value: (_) @value)))))
 (#any-of? @_default "default" "devDefault")
 (#match? @env_name "(?i)key|token|secret|auth|credential")
 (#set! sink "lookup-default"))

; Any lookup named after the Mistral key, with a default: getenv("MISTRAL_API_KEY", "<key>"),
; secrets.read("mistral.apiKey", "<key>"), config.get("MISTRAL_API_KEY") || "<key>". The rule keeps
; Mistral-named key entries only (a helper it does not know may take anything second).
((call_expression
   arguments: (arguments . (string (string_fragment) @env_name) . (_) @value))
 (#match? @env_name "[Mm][Ii][Ss][Tt][Rr][Aa][Ll]")
 (#set! sink "named-default"))

((binary_expression
   left: (call_expression arguments: (arguments . (string (string_fragment) @env_name)))
   operator: ["||" "??"]
   right: (_) @value)
 (#match? @env_name "[Mm][Ii][Ss][Tt][Rr][Aa][Ll]")
 (#set! sink "named-default"))

; process.env["<key>"]: a key pasted where the variable name belongs.
((subscript_expression object: (member_expression) @_env index: (string) @env_name)
 (#match? @_env "^(process\\.env|import\\.meta\\.env)$")
 (#set! sink "env-name-slip"))

; { Authorization: `Bearer ${KEY}` }
((pair key: [(property_identifier) (string)] @header value: (_) @value)
 (#match? @header "(?i)^.?authorization.?$")
 (#set! sink "header"))

; headers.set("Authorization", ...), xhr.setRequestHeader("Authorization", ...)
((call_expression
   function: (member_expression property: (property_identifier) @_method)
   arguments: (arguments . (string) @header . (_) @value))
 (#any-of? @_method "set" "append" "setRequestHeader" "setHeader")
 (#match? @header "(?i)^.authorization.$")
 (#set! sink "header"))
