const fs = require('fs');
const { tagReview } = require('./tagger');

(async () => {
  const reviews = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  for (const r of reviews) {
    try {
      r.tags = await tagReview(r.text);
    } catch (err) {
      console.error('tagging failed for', r.id, err.message);
    }
  }
  fs.writeFileSync('tagged.json', JSON.stringify(reviews, null, 2));
})();
