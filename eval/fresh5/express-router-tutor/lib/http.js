function mistralHeaders() {
  return {
    Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`,
    'Content-Type': 'application/json',
  };
}

module.exports = { mistralHeaders };
