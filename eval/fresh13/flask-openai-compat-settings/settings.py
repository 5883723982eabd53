BASE_URL = "https://api.mistral.ai/v1"
LLM_KEY = "YhnX7s62FABHDiceFffxmUzVAR3qbwJv"
SESSION_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIiwicm9sZSI6InJlYWRlciJ9.0yEVH0V5rysbjrqGJuNpxOckEEbAQ0glxYz"
