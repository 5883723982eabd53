const functions = require('@google-cloud/functions-framework');
const { summarize } = require('./mistral');

functions.http('summarize', async (req, res) => {
  try {
    res.json({ summary: await summarize(req.body.text) });
  } catch (err) {
    console.error(JSON.stringify({ severity: 'ERROR', message: err.message, stack: err.stack }));
    res.status(502).json({ error: 'summarizer unavailable', requestId: req.get('x-cloud-trace-context') });
  }
});
