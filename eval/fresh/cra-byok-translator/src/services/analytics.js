import axios from 'axios';

export function logEvent(name) {
  return axios.post('/api/events', { name, at: Date.now() }).catch(() => undefined);
}
