CASES = [
    {"id": "eb2319a9-e737-414d-a24c-2eb91c0348fd", "prompt": "Capital of France?", "expect": "Paris"},
    {"id": "75f93e6e-da83-4748-8819-7690b70173bd", "prompt": "2 + 2 =", "expect": "4"},
]
