; MK003 reads of bundler-public variables in JavaScript, TypeScript and TSX. The rule keeps
; the ones whose name says "Mistral key" or whose value reaches a Mistral client or request.

; import.meta.env.VITE_MISTRAL_API_KEY, process.env.NEXT_PUBLIC_MISTRAL_API_KEY
((member_expression
   object: (member_expression) @_env
   property: (property_identifier) @name) @read
 (#match? @_env "^(process\\.env|import\\.meta\\.env)$")
 (#set! sink "env-read"))

; process.env["REACT_APP_MISTRAL_API_KEY"]
((subscript_expression
   object: (member_expression) @_env
   index: (string (string_fragment) @name)) @read
 (#match? @_env "^(process\\.env|import\\.meta\\.env)$")
 (#set! sink "env-read"))

; const { VITE_MISTRAL_API_KEY } = import.meta.env
((variable_declarator
   name: (object_pattern [
     (shorthand_property_identifier_pattern) @name
     (pair_pattern key: (property_identifier) @name)
     (object_assignment_pattern left: (shorthand_property_identifier_pattern) @name)])
   value: (member_expression) @_env)
 (#match? @_env "^(process\\.env|import\\.meta\\.env)$")
 (#set! sink "env-destructure"))

; import { PUBLIC_MISTRAL_API_KEY } from '$env/static/public'
((import_statement
   (import_clause (named_imports (import_specifier name: (identifier) @name)))
   source: (string (string_fragment) @_module))
 (#eq? @_module "$env/static/public")
 (#set! sink "sveltekit-static"))

; import { env } from '$env/dynamic/public'  …  env.PUBLIC_MISTRAL_API_KEY
((import_statement
   (import_clause (named_imports (import_specifier name: (identifier) @_env_name alias: (identifier)? @env_alias)))
   source: (string (string_fragment) @_module))
 (#eq? @_module "$env/dynamic/public")
 (#eq? @_env_name "env")
 (#set! sink "sveltekit-dynamic-import"))

((member_expression object: (identifier) @object property: (property_identifier) @name) @read
 (#match? @name "^PUBLIC_")
 (#set! sink "sveltekit-dynamic-read"))

; Nuxt: runtimeConfig: { public: { mistralApiKey: … } }
((pair
   key: (property_identifier) @_config
   value: (object (pair
     key: (property_identifier) @_public
     value: (object (pair key: [(property_identifier) (string)] @name value: (_) @value) @entry))))
 (#eq? @_config "runtimeConfig")
 (#eq? @_public "public")
 (#set! sink "nuxt-public"))

; Nuxt reads: useRuntimeConfig().public.mistralKey, config.public.mistralKey (config bound to
; useRuntimeConfig(); the rule checks that binding)
((member_expression
   object: (member_expression
     object: [(call_expression) (identifier)] @config
     property: (property_identifier) @_public)
   property: (property_identifier) @name) @read
 (#eq? @_public "public")
 (#set! sink "nuxt-public-read"))

; Vite `define: { "process.env.MISTRAL_API_KEY": JSON.stringify(env.MISTRAL_API_KEY) }` and
; webpack's `new DefinePlugin({ ... })`: the value is pasted into the bundle, whatever its name.
((pair
   key: (property_identifier) @_define
   value: (object (pair key: [(property_identifier) (string)] @name value: (_) @value) @entry))
 (#eq? @_define "define")
 (#set! sink "bundle-define"))

((new_expression
   constructor: [(identifier) (member_expression)] @_plugin
   arguments: (arguments (object (pair key: [(property_identifier) (string)] @name value: (_) @value) @entry)))
 (#match? @_plugin "DefinePlugin$")
 (#set! sink "bundle-define"))

; A framework config's section that its build pastes into the client bundle: Quasar's
; `build: { env: { … } }`, the top-level `env` and `publicRuntimeConfig` of next.config and
; nuxt.config (Nuxt 2), Docusaurus's `customFields` (the rule checks where).
((pair
   key: (property_identifier) @_env
   value: (object (pair key: [(property_identifier) (string)] @name value: (_) @value) @entry)) @section
 (#any-of? @_env "env" "publicRuntimeConfig" "customFields")
 (#set! sink "bundle-env-section"))

; new webpack.EnvironmentPlugin(["MISTRAL_API_KEY"]) / ({ MISTRAL_API_KEY: "" })
((new_expression
   constructor: [(identifier) (member_expression)] @_plugin
   arguments: (arguments (array (string (string_fragment) @name) @entry)))
 (#match? @_plugin "EnvironmentPlugin$")
 (#set! sink "bundle-env-plugin"))
