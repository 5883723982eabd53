KEY = "8Ov8DPJLSdudLu59pn1XZ7Z3uKmL0I7V"
MODEL = "mistral-small-latest"
MAX_INPUT = 12_000
