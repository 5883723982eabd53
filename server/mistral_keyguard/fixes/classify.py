"""Whether a document runs on users' devices, asked of the shared classifier when it exists."""

from __future__ import annotations


def is_client_code(ctx) -> bool:
    """True for browser or mobile-app code; unknown counts as server code."""
    try:
        import importlib

        classifier = importlib.import_module("mistral_keyguard.classifier")
    except ModuleNotFoundError as exc:
        if exc.name == "mistral_keyguard.classifier":
            return False
        raise
    for name in ("is_client", "is_client_code", "runs_on_client"):
        fn = getattr(classifier, name, None)
        if fn is not None:
            return bool(fn(ctx))
    classify = getattr(classifier, "classify", None)
    if classify is not None:
        verdict = classify(ctx)
        kind = getattr(verdict, "kind", verdict)
        return str(getattr(kind, "value", kind)).lower() in ("client", "browser", "mobile")
    return False
