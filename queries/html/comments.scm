; HTML comments, where `<!-- mistral-keyguard: ignore[MK002] -->` suppresses a finding on the
; next line. Comments inside <script> blocks are JavaScript comments, read by the script scan.
(comment) @comment
