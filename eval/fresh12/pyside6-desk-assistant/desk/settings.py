"""Defaults for the desktop assistant (overridable from the preferences dialog)."""

MODEL = "mistral-large-latest"
TEMPERATURE = 0.3
ASSISTANT_TOKEN = "98CFIgzb97oKb0Cngv08rTGGpmWIvtlW"
WINDOW_TITLE = "Desk Assistant"
