"use client";
import { useState } from "react";

export function ChangelogForm() {
  const [out, setOut] = useState("");
  async function submit(commits: string) {
    const res = await fetch("/api/changelog", { method: "POST", body: JSON.stringify({ commits }) });
    setOut(res.ok ? (await res.json()).text : "Something went wrong");
  }
  return <form action={(fd) => submit(String(fd.get("commits")))}><textarea name="commits" /><pre>{out}</pre></form>;
}
