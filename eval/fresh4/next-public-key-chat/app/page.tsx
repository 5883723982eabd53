import Chat from "@/components/Chat";

export default function Home() {
  return (
    <main className="mx-auto max-w-2xl p-6">
      <h1>{process.env.NEXT_PUBLIC_APP_NAME}</h1>
      <Chat />
    </main>
  );
}
