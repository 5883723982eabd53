"use client";
import { useCompletion } from "@ai-sdk/react";

export default function Page() {
  const { completion, input, handleInputChange, handleSubmit, error } = useCompletion();
  return <form onSubmit={handleSubmit}><input value={input} onChange={handleInputChange} />{error && <p>{error.message}</p>}<pre>{completion}</pre></form>;
}
