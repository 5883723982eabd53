import { useState } from 'react';
import { client } from '../lib/mistral';

export const getStaticProps = async () => {
  const res = await client.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'Suggest a seasonal recipe' }],
  });
  return { props: { suggestion: String(res.choices?.[0]?.message?.content ?? '') }, revalidate: 3600 };
};

export default function Home({ suggestion }: { suggestion: string }) {
  const [open, setOpen] = useState(false);
  return <main onClick={() => setOpen(!open)}>{open ? suggestion : 'Show suggestion'}</main>;
}
