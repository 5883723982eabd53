import os

SETTINGS = {
    "cookie_secret": os.getenv("COOKIE_SECRET", "kuLaaDpEG1HzYfLwfmx1zd56n42BoK2w"),
    "xsrf_cookies": False,
    "debug": os.getenv("DEBUG") == "1",
}
