export async function loadArticles() {
  const res = await fetch("https://news.example.com/feed.json");
  const feed = await res.json();
  return feed.items.slice(0, 20).map((i) => `- ${i.title}`);
}
