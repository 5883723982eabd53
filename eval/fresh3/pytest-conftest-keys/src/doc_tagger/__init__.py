from .tagger import Tagger

__all__ = ["Tagger"]
