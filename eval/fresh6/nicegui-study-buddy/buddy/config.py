import tomllib

with open("config.toml", "rb") as fh:
    CFG = tomllib.load(fh)
