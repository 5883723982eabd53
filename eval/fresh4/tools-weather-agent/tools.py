import requests

# OpenWeather key (free tier, 60 calls/min)
OPENWEATHER_KEY = "69e90e276d407b19e8fdf8de53008d6c"


def get_weather(city: str) -> dict:
    r = requests.get(
        "https://api.openweathermap.org/data/2.5/weather",
        params={"q": city, "appid": OPENWEATHER_KEY, "units": "metric"},
        timeout=10,
    )
    r.raise_for_status()
    data = r.json()
    return {"city": city, "temp": data["main"]["temp"], "sky": data["weather"][0]["description"]}


TOOLS = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}]
