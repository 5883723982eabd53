// Values for the Mistral integration tests.
export const demoToken = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.3NNEHVGJlaAHPLjfpTQCu3VJ108807j7U_0mIIASoBhOFCB9FDOolGvE1O6Kb-1q0SU7Ueg_vcM4wZzV.2vFJLExqatmUfpV24PKcLeLQcF0NmIpe-Q47KUh6tK3';
export const AVATAR = 'data:image/png;base64,He7GDVPB+B/e+6GDBO9gVL2ZfufKSr1dfDDU8fQBEW27k/XLDmQdPNfbhPp7R+llAIkE7Mcbmdyyarm2vhTX0ZjMf4yqZEV8wSv5zy8FA7xdJQGlb4';
export const DOCS_URL = 'https://docs.example.com/mistral/PP3Gu5Mw7JA7fcAMfk6HVvsa5C4D1GHk/guide';
export const STYLE_HASH = 'sha256-B/zzzqQMzKWL+1VomFqdu42GX9gzpL7bNzdtMp0rEOhdK/sMmgsbhe/SunHmV2gUkMyBKFtKQzITY';
export const BUILD_TAG = 'BVPUQmQLFuhOSLmkHBDxXNPYZzbHOwhq';
