exports.SYSTEM = 'You are a concise assistant for Acme support.';
