; <script> blocks of HTML pages and of Vue / Svelte single-file components. @attribute holds
; each attribute of the start tag (the rule reads `type` and `lang`), @body the script text.
(script_element
  (start_tag (attribute)* @attribute)
  (raw_text) @body)
