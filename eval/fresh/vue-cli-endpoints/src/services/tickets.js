import { BACKEND_BASE } from '@/config/endpoints';

export async function openTicket(subject) {
  const res = await fetch(`${BACKEND_BASE}/tickets`, { method: 'POST', body: JSON.stringify({ subject }) });
  return res.json();
}
