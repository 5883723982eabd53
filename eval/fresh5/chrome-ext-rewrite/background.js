import { API_KEY, MISTRAL_URL, MODEL } from './config.js';

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: 'rewrite', title: 'Rewrite selection', contexts: ['selection'] });
});

async function rewrite(text) {
  const res = await fetch(MISTRAL_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: `Rewrite clearly: ${text}` }] }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}

chrome.contextMenus.onClicked.addListener(async (info, tab) => {
  const out = await rewrite(info.selectionText);
  chrome.tabs.sendMessage(tab.id, { type: 'replace', text: out });
});
