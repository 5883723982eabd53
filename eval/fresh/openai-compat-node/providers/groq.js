const Groq = require('groq-sdk');

const API_KEY = 'jyxsfSUHybcRaGpKFClkkL64GT2NnxxJ';
const groq = new Groq({ apiKey: API_KEY });

module.exports = { groq, model: 'mixtral-8x7b-32768' };
