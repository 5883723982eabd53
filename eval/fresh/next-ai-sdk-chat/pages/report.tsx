import type { GetServerSideProps } from 'next';

type Props = { report: string };

export const getServerSideProps: GetServerSideProps<Props> = async () => {
  const res = await fetch('https://api.mistral.ai/v1/chat/completions', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`,
    },
    body: JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Weekly report' }] }),
  });
  const data = await res.json();
  return { props: { report: data.choices[0].message.content } };
};

export default function Report({ report }: Props) {
  return <article>{report}</article>;
}
