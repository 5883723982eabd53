; MK002 call sites for JavaScript, TypeScript and TSX: requests and Mistral clients.
; @args holds the arguments; the URL is the first one (or the one `#set! url_arg` names; the
; rule skips comments, which an anchored pattern would take for an argument). The rule
; resolves the URL to the strings that reach it (a literal, a template, a constant in the
; file) and keeps the calls whose URL is on api.mistral.ai; @callee of a "client" pattern must
; be a Mistral client class or factory. Whether the code runs in the browser is the classifier's.

; fetch(url), $fetch(url), ofetch(url), ky(url), axios(url | { url }), requestUrl({ url }) (Obsidian)
((call_expression function: (identifier) @callee arguments: (arguments) @args)
 (#any-of? @callee "fetch" "$fetch" "ofetch" "ky" "axios" "useFetch" "got" "requestUrl")
 (#set! sink "request"))

; The fetch a framework or a caller passes in (SvelteKit's load `fetch` taken as `fetchFn`,
; `customFetch`, `fetcher`): any function named for fetching; the URL still decides.
((call_expression function: (identifier) @callee arguments: (arguments) @args)
 (#match? @callee "[fF]etch")
 (#set! sink "request"))

; axios.post(url), ky.get(url), window.fetch(url), api.request({ url }), axios.create({ baseURL }),
; jQuery's $.ajax({ url }) / $.ajax(url, settings), $.getJSON(url), $.post(url)
((call_expression
   function: (member_expression property: (property_identifier) @_method) @callee
   arguments: (arguments) @args)
 (#any-of? @_method "fetch" "get" "post" "put" "patch" "delete" "head" "request" "raw" "stream"
                    "create" "extend" "ajax" "getJSON")
 (#set! sink "request"))

; createOpenAI({ baseURL }), createOpenAICompatible({ baseURL }): a factory pointed at Mistral
((call_expression function: (identifier) @callee arguments: (arguments) @args)
 (#match? @callee "^create[A-Z]")
 (#set! sink "request"))

; xhr.open("POST", url)
((call_expression
   function: (member_expression property: (property_identifier) @_open) @callee
   arguments: (arguments) @args)
 (#eq? @_open "open")
 (#set! sink "request")
 (#set! url_arg "1"))

; new EventSource(url)
((new_expression constructor: (identifier) @callee arguments: (arguments) @args)
 (#eq? @callee "EventSource")
 (#set! sink "request"))

; new Mistral({ apiKey }), new ChatMistralAI(...), new MistralClient(key), and aliases
; (`import { Mistral as SDK }`): the rule checks the name against the file's imports. Any
; other class counts when its options put the base URL on api.mistral.ai (new OpenAI({ baseURL })).
((new_expression constructor: [(identifier) (member_expression)] @callee)
 (#set! sink "client"))

; createMistral({ apiKey })
((call_expression function: [(identifier) (member_expression)] @callee)
 (#match? @callee "Mistral")
 (#set! sink "client"))
