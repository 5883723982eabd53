export default async function Page() {
  const res = await fetch(`${process.env.NEXT_PUBLIC_API_URL}/health`, { cache: 'no-store' });
  return <main>{res.ok ? 'API up' : 'API down'}</main>;
}
