import type { GetServerSideProps, InferGetServerSidePropsType } from 'next';
import { client } from '../lib/mistral';

export const getServerSideProps = (async () => {
  const res = await client.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: "Today's special" }],
  });
  return { props: { special: String(res.choices?.[0]?.message?.content ?? '') } };
}) satisfies GetServerSideProps;

export default function Specials({ special }: InferGetServerSidePropsType<typeof getServerSideProps>) {
  return <h1>{special}</h1>;
}
