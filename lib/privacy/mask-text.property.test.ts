import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskFreeText } from "./mask-text";
import {
  contextArbitrary,
  emailArbitrary,
  leaksIn,
  phoneArbitrary,
} from "@/tests/helpers/personal-data-arbitraries";

describe("maskFreeText, for any email address and phone number in any encoding", () => {
  it("leaves none of them in the text, not even as its digits", () => {
    fc.assert(
      fc.property(
        phoneArbitrary,
        emailArbitrary,
        contextArbitrary,
        contextArbitrary,
        (phone, email, [a, b], [c, d]) => {
          const text = `${a}${phone.written}${b} en ${c}${email.written}${d}`;
          expect(leaksIn(maskFreeText(text), [phone], [email])).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
