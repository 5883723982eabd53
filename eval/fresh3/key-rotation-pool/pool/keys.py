# keys of the three team workspaces, rotated on 429
MISTRAL_KEYS = [
    "dTPBIrTx1PLIJdHyJtnyhwu7KHpvXG9X",  # workspace A
    "NdhXk1AZrA8rsjdMLVYmB29GBO05XyjG",  # workspace B
]
