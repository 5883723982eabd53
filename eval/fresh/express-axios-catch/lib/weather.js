import axios from "axios";
import { WEATHER_URL } from "./endpoints.js";

export function forecast(lat, lon) {
  return axios
    .get(WEATHER_URL, { params: { latitude: lat, longitude: lon, hourly: "temperature_2m" } })
    .then((res) => res.data.hourly)
    .catch((err) => {
      console.error("weather request failed", err);
      return null;
    });
}
