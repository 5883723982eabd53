const STORAGE_KEY = 'byok.mistral';

export function loadKey(): string {
  return localStorage.getItem(STORAGE_KEY) ?? '';
}
