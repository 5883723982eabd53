import httpx

OPENWEATHER_KEY = "d447341f2cf90226ade8efa8ad588d14"

TOOLS = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}]


async def get_weather(city: str) -> dict:
    async with httpx.AsyncClient() as http:
        r = await http.get("https://api.openweathermap.org/data/2.5/weather",
                           params={"q": city, "appid": OPENWEATHER_KEY, "units": "metric"})
        return r.json()
