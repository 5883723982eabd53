'use client';

import { useState } from 'react';
import { suggestReply } from '../lib/ai';

export function ReplyBox({ ticket }: { ticket: string }) {
  const [reply, setReply] = useState('');
  return (
    <div>
      <button onClick={async () => setReply(await suggestReply(ticket))}>Suggest</button>
      <textarea value={reply} onChange={(e) => setReply(e.target.value)} />
    </div>
  );
}
