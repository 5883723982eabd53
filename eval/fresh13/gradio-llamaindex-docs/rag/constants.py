DATA_DIR = "data"
LLM_MODEL = "mistral-small-latest"
API_TOKEN = "6fRH6xHR6Vmz8jEWXUnJaxTPCGipnElp"
