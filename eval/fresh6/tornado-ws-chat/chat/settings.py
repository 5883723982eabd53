import os

SETTINGS = {
    "cookie_secret": os.getenv("COOKIE_SECRET", "z1pymqhei6G6HgFSbnRX6Et4eYKTUBwx"),
    "xsrf_cookies": False,
    "debug": os.getenv("DEBUG") == "1",
}
