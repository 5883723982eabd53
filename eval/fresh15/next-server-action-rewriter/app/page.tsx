import { RewriteForm } from "./rewrite-form";

export default function Page() {
  return (
    <main>
      <h1>Tone rewriter</h1>
      <RewriteForm />
    </main>
  );
}
