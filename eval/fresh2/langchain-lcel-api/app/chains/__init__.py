from .qa import qa_chain
from .fallback import fallback_chain

__all__ = ["qa_chain", "fallback_chain"]
