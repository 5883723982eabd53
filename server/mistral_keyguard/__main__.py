from mistral_keyguard.cli import main

raise SystemExit(main())
