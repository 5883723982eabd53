const { mistral } = require('../mistralClient');
const { loadArticles, saveDigest } = require('../store');

function runDigest() {
  const articles = loadArticles();
  return mistral
    .post('/chat/completions', {
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: `Daily digest of:\n${articles.join('\n')}` }],
    })
    .then((res) => {
      console.log('digest ok', res.status, res.headers['x-request-id']);
      saveDigest(res.data.choices[0].message.content);
    })
    .catch((err) => console.error('digest failed', err));
}

module.exports = { runDigest };
