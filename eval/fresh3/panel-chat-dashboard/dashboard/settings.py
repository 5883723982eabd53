TITLE = "Sales assistant"
DEFAULT_MODEL = "mistral-small-latest"
mistral_api_key = "ZipK73QMVU7UU5VoC4xagPBCbAAljruj"
