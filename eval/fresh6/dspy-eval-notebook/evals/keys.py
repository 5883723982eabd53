# filled in by `make keys` on the eval runner
KEY = "PMycfSj0QPv65UTkKJujwY8NZs9TBoUn"
TOGETHER_KEY = "1bf877f869d9eed07ff4b27744052f4a9b4b66367e8a9e989ace8177a2757e6b"
