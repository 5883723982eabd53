const axios = require('axios');

function fetchWeather(city) {
  return axios
    .get('https://api.open-meteo.com/v1/forecast', { params: { city } })
    .catch((err) => console.error('weather failed', err));
}

module.exports = { fetchWeather };
