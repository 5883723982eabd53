from .completion import complete, complete_safe

__all__ = ["complete", "complete_safe"]
