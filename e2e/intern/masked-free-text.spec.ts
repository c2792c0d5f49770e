import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createCustomer } from "../../tests/factories/customer-factory";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

// Issue 14, the cases found leaking to interns: an address in a source id, URL-encoded, as a payload
// key; phone numbers written 31612340004, with a non-breaking hyphen, without the trunk 0, in
// full-width digits. None of them may reach the intern's browser: not in the HTML, not in the RSC
// payload, not in the timeline's JSON.

test("an intern's browser receives no email address or phone number hidden in free text", async ({
  page,
}) => {
  const tag = [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
  const email = `signup-${tag}@example.org`;
  const national = ["612340004", "612340005", "612340006", "612340007"];
  const { id } = await createCustomer(e2eDatabase(), {
    firstName: "Sanne",
    lastName: `Vrij${tag}`,
    events: [
      {
        type: "service_contact",
        channel: "phone",
        direction: "inbound",
        occurredAt: new Date(Date.now() - 3_600_000),
        summary: `Called from 31612340004, call back on 06\u20111234\u20110005 or 6 12 34 00 06`,
        reason: `Wrote from ${tag}%40example.org; mobile ０６１２３４０００７`,
        locationCode: "HTL-AMS",
      },
    ],
  });
  // A web sign-up whose source id is the address, with the address and a number as payload keys.
  await e2eDatabase().query(
    `INSERT INTO "JourneyEvent" (id, "customerId", type, channel, direction, "occurredAt", source, "sourceEventId",
       summary, "utmSource", payload)
     VALUES ($1, $2, 'page_view', 'web', 'inbound', now() - interval '2 hours', 'web-shop', $3, 'Signed up', $4, $5)`,
    [
      randomUUID(),
      id,
      email,
      `newsletter-${tag}%40example.org`,
      JSON.stringify({
        [email]: { opened: true },
        "+31612340004": "whatsapp",
        page: { referrer: `/?u=${email}` },
      }),
    ],
  );
  const bodies: string[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/html|json|text\/x-component/.test(type)) bodies.push(await response.text().catch(() => ""));
  });

  await signInAs(page, "intern", ["HTL-AMS"]);
  await page.goto(`/customers/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sanne");
  const journey = page.getByRole("list", { name: "Klantreis" });
  await expect(journey.getByText(/Called from \+31 6 \*\* \*\* \*\* 04/)).toBeVisible();
  for (const article of await journey.getByRole("article").all()) {
    await article.getByRole("button", { name: /Details/ }).click();
    await expect(article.getByText("Id bij de bron")).toBeVisible();
  }
  await expect(journey.getByText("s***@e***.org").first()).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/screenshots/intern-masked-free-text.png", fullPage: true });

  const everything = bodies.join("\n") + (await page.content());
  const digits = everything.replace(/\D/g, "");
  for (const number of national) expect(digits).not.toContain(number);
  expect(everything.toLowerCase()).not.toContain(`${tag}@`);
  expect(everything.toLowerCase()).not.toContain(`${tag}%40`);
  expect(everything).not.toContain("@example.org");
});
