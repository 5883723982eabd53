const fs = require('fs');

exports.loadArticles = () => JSON.parse(fs.readFileSync('data/articles.json', 'utf8'));
exports.saveDigest = (text) => fs.writeFileSync(`data/digest-${Date.now()}.md`, text);
