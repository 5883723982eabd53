export async function fetchLocale(lang: string): Promise<Record<string, string>> {
  const res = await fetch(`/locales/${lang}.json`);
  return res.json();
}
