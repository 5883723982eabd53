"""Defaults for the desktop assistant (overridable from the preferences dialog)."""

MODEL = "mistral-large-latest"
TEMPERATURE = 0.3
ASSISTANT_TOKEN = "qByZPFMthUXXia5cYPiNDLZs8asnR8t9"
WINDOW_TITLE = "Desk Assistant"
