import requests

OWM_KEY = "27f19ff3c639f3607ace91bae029ae13"


def forecast(city: str) -> str:
    r = requests.get("https://api.openweathermap.org/data/2.5/weather", params={"q": city, "appid": OWM_KEY}, timeout=10)
    return r.text
