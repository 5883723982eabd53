def mask(secret: str) -> str:
    return secret[:4] + "..." if secret else "<unset>"
