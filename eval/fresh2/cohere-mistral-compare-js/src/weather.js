import axios from "axios";

export function weatherFor(city) {
  return axios
    .get("https://api.open-meteo.com/v1/forecast", { params: { latitude: 48.85, longitude: 2.35, current: "temperature_2m" } })
    .then((r) => `${city}: ${r.data.current.temperature_2m}°C`)
    .catch((err) => {
      console.error("weather failed", err);
      return null;
    });
}
