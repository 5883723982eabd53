import jwt

JWT_SECRET = "YdrnUfTuVWybOPja53hAX9534WhnJ1m6"
SAMPLE_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.IssFTqKUUFROiV95lMu7J67FTMbErpRWvTv9A0pwhY8RgYmzORVGAPTv6YfCEoxmMPfk3T0pqodDE-GA.r4mevVTDd03qSFddrnSCC8UjQxD9Kjxr-XYrTpCDBtQ"


def user_from(token: str) -> str:
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])["sub"]
