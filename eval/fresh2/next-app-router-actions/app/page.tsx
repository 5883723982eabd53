import SummaryForm from "./SummaryForm";

export default function Page() {
  return (
    <main>
      <h1>Summarizer</h1>
      <SummaryForm />
    </main>
  );
}
