# shared by the notebook experiments and the agent
KEY = "wV0NERzMz6MdTWY3P6lAvuDeZzM9VORj"
GROQ_KEY = "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"
