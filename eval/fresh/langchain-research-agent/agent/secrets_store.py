"""Keys for the research agent (to be moved to a vault)."""

LLM_KEY = "r7JHHLH0MdMPvey1UY36CDgwPhFVtBJx"
TAVILY_KEY = "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"
SERPER_KEY = "cce349b23f491dc5baff6df38b62753a"
