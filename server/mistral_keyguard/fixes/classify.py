"""Whether code runs on users' devices, asked of the shared classifier."""

from __future__ import annotations


def is_client_code(ctx, node=None) -> bool:
    """True for browser or mobile-app code at `node` (or the file); unknown counts as server code."""
    try:
        from mistral_keyguard.classifier import is_client
    except ImportError:  # the classifier is optional in a partial checkout
        return False
    return bool(is_client(ctx, node))
