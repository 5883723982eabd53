from .provider import community, mistral

__all__ = ["community", "mistral"]
