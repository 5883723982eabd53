DOCS_DIR = "docs"
TOP_K = 5
# generation defaults for the QA pipeline
LLM_MODEL = "mistral-small-latest"
LLM_TOKEN = "rxUPX68eYdVotXLJIsgdO0g8AdBSnP29"
