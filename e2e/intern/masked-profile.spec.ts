import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createCustomer } from "../../tests/factories/customer-factory";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

test("an intern sees a customer's email and phone masked, in the page and in every response", async ({
  page,
}) => {
  const suffix = randomBytes(3).toString("hex");
  const email = `marieke.${suffix}@example.nl`;
  const { id } = await createCustomer(e2eDatabase(), {
    firstName: "Marieke",
    lastName: `Bosman${suffix}`,
    identities: [
      { type: "email", value: email },
      { type: "phone", value: "06-87654321" },
    ],
    events: [
      {
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: new Date(),
        summary: "Checked in",
        locationCode: "HTL-AMS",
      },
      // Free text a colleague typed: the intern reads it with the address and number masked.
      {
        type: "staff_note",
        channel: "in_person",
        direction: "inbound",
        occurredAt: new Date(),
        summary: `Prefers mail to ${email} or a call on 06-87654321`,
        locationCode: "HTL-AMS",
      },
    ],
  });
  const bodies: string[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/html|json|text\/x-component|javascript/.test(type))
      bodies.push(await response.text().catch(() => ""));
  });

  await signInAs(page, "intern", ["HTL-AMS"]);
  await page.goto(`/customers/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Marieke");
  const contacts = page.getByRole("list", { name: "Contactgegevens" });
  await expect(contacts).toContainText("Persoonsgegevens afgeschermd");
  await expect(page.getByText("m***@e***.nl", { exact: true })).toBeVisible();
  await expect(page.getByText("+31 6 ** ** ** 21", { exact: true })).toBeVisible();
  await expect(page.getByText("Prefers mail to m***@e***.nl or a call on +31 6 ** ** ** 21")).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/screenshots/intern-masked-profile.png", fullPage: true });

  const everything = bodies.join("\n") + (await page.content());
  expect(everything).not.toContain(email);
  expect(everything).not.toContain("87654321");
  expect(everything).not.toContain("+31687654321");
});
