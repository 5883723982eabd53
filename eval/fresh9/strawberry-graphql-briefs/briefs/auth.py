import jwt

JWT_SECRET = "wSxVxcI5a0g1K7Y1xURW206K3jmPbW4y"
SAMPLE_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.9_ObXlISGeCbiCC1fEobgI-RXaqgm2sqTAdMwDVRZZBFRhqe9H55FD0oZEN5NviXGuC4IyMc_WBkhs8X.XTPD09qeZVA-9sRziV0fIdGJ-oB4-myhWuD0E4f02qo"


def user_from(token: str) -> str:
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])["sub"]
