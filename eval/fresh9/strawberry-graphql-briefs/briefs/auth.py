import jwt

JWT_SECRET = "NNmwi1nP7kgzmVgZxjKJFpWVDA2BNh80"
SAMPLE_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.Rv1nyjVyRMK1LhoaUgVPwUk-SGFLnyYwo9rlF2traZ8GGBM7p3RoXirAcesvbWKX257RJDMDcrzqhtE2.9pP5jTfhuP9bDlZgVkcsgmEAT2kuy2cYt-4OuGAHcSw"


def user_from(token: str) -> str:
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])["sub"]
