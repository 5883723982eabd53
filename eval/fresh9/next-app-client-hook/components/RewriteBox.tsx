"use client";
import { useRewrite } from "@/hooks/useRewrite";

export default function RewriteBox() {
  const { text, error, rewrite } = useRewrite();
  return (
    <div>
      <textarea onBlur={(e) => rewrite(e.target.value)} />
      {error && <p className="error">{error}</p>}
      <p>{text}</p>
    </div>
  );
}
