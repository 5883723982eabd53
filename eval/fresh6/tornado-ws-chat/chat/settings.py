import os

SETTINGS = {
    "cookie_secret": os.getenv("COOKIE_SECRET", "2smw7mFTFt0LiuDpK0UvBCTUfd0es2HI"),
    "xsrf_cookies": False,
    "debug": os.getenv("DEBUG") == "1",
}
