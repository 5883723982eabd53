from .mistral import MistralProvider
from .openrouter import OpenRouterProvider

__all__ = ["MistralProvider", "OpenRouterProvider"]
