import sys

from mistral_keyguard.lsp.server import main

raise SystemExit(main(sys.argv[1:]))
