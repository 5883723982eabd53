CASES = [
    {"id": "6f0ba27f-49b5-42b5-9cf8-9b96bbf8122b", "prompt": "Capital of France?", "expect": "Paris"},
    {"id": "c97ae78b-6f12-43d7-a114-2a616ac8cec4", "prompt": "2 + 2 =", "expect": "4"},
]
