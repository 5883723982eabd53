from .client import MistralClient

__all__ = ["MistralClient"]
