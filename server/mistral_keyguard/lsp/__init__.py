"""`mistral-keyguard server`: the language server adapter over the engine (pygls 2.x)."""
