import { createContext, useContext, useState } from 'react';
import { completeDraft } from '../utils/mistralRequest';

const AIContext = createContext(null);
const MISTRAL_KEY = process.env.REACT_APP_MISTRAL_KEY;

export function AIProvider({ children }) {
  const [busy, setBusy] = useState(false);
  async function continueDraft(draft, style = 'blog') {
    setBusy(true);
    try {
      return await completeDraft(MISTRAL_KEY, draft, style);
    } finally {
      setBusy(false);
    }
  }
  return <AIContext.Provider value={{ busy, continueDraft }}>{children}</AIContext.Provider>;
}

export const useAI = () => useContext(AIContext);
