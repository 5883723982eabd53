import { MISTRAL_BASE } from '@/config/endpoints';

export async function sendMessage(key, messages) {
  const res = await fetch(`${MISTRAL_BASE}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: 'mistral-tiny', messages }),
  });
  return res.json();
}
