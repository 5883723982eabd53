DATA_DIR = "data"
LLM_MODEL = "mistral-small-latest"
API_TOKEN = "YjItdmnHLk35Jamst26uIIBcWDCfowui"
