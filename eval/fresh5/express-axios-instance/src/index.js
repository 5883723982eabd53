const cron = require('node-cron');
const { runDigest } = require('./jobs/digest');

cron.schedule('0 7 * * *', () => {
  runDigest().catch((e) => console.error('cron digest', e.message));
});
console.log('scheduler started, key set:', Boolean(process.env.MISTRAL_API_KEY));
