CDN = "https://cdn.example.com"
BUNDLE_PATH = f"{CDN}/static/JytLAo94eco1J5TP4VomyJJqAo3j9SKe/triage.js"
AVATAR_URL = "https://www.gravatar.com/avatar/828980637eb0cd786114af5fc300c7fd?s=64"
