CASES = [
    {"id": "ce74696c-2a22-4dcb-8e31-dbc87d05c4d6", "prompt": "Capital of France?", "expect": "Paris"},
    {"id": "66fb7c6a-49d1-4159-8f53-ddda568934b1", "prompt": "2 + 2 =", "expect": "4"},
]
