CASES = [
    {"id": "a5d8094b-d6bd-490f-ae86-213061c592b5", "prompt": "Capital of France?", "expect": "Paris"},
    {"id": "e78974e5-0fa5-4945-b89e-ed11f930128a", "prompt": "2 + 2 =", "expect": "4"},
]
