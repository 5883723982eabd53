import { verifySession } from "../src/auth.js";

const mistralSessionToken =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwic2NvcGUiOiJjaGF0In0.vIk7OggQ84kzfCVIfGPh014A0wR5uDYZLmfjmTRBDzF";

test("rejects tampered tokens", () => {
  expect(verifySession(mistralSessionToken + "x")).toBe(false);
});
