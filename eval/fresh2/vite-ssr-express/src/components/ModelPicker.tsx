import { useEffect, useState } from "react";
import { MISTRAL_API } from "../lib/endpoints";

export default function ModelPicker({ userKey }: { userKey: string }) {
  const [models, setModels] = useState<string[]>([]);
  useEffect(() => {
    if (!userKey) return;
    fetch(`${MISTRAL_API}/models`, { headers: { Authorization: `Bearer ${userKey}` } })
      .then((r) => r.json())
      .then((d) => setModels(d.data.map((m: { id: string }) => m.id)));
  }, [userKey]);
  return <select>{models.map((m) => <option key={m}>{m}</option>)}</select>;
}
