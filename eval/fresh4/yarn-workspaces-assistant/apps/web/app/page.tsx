export default async function Page() {
  const res = await fetch(`${process.env.NEXT_PUBLIC_API_URL}/health`, { cache: "no-store" });
  const health = await res.json();
  return <main>API status: {health.ok ? "up" : "down"}</main>;
}
