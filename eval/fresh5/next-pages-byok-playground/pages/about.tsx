import type { GetStaticProps } from 'next';
import { aboutBlurb } from '../lib/blurb';

export const getStaticProps: GetStaticProps = async () => ({
  props: { blurb: await aboutBlurb() },
  revalidate: 3600,
});

export default function About({ blurb }: { blurb: string }) {
  return <p>{blurb}</p>;
}
