"""mistral-keyguard: find and fix Mistral AI API key leaks."""

__version__ = "0.1.0"
