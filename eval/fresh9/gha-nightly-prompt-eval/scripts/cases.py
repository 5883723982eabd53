CASES = [
    {"id": "df86d9a3-9b03-4d31-98a6-868cbc694957", "prompt": "Capital of France?", "expect": "Paris"},
    {"id": "9a6ab593-04c9-43a9-9e8d-67ff6109c20e", "prompt": "2 + 2 =", "expect": "4"},
]
