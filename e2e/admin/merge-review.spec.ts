import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { generateApiKey } from "../../lib/api-keys/api-key-secret";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

test("an admin previews and merges a possible duplicate, then undoes the merge", async ({ page }) => {
  test.setTimeout(90_000);
  const run = randomBytes(3).toString("hex");
  const { key, keyHash, prefix } = generateApiKey();
  await e2eDatabase().query(
    `INSERT INTO "ApiKey" (id, name, source, scopes, "keyHash", prefix, "updatedAt")
     VALUES (gen_random_uuid(), $1, $1, ARRAY['ingest'], $2, $3, now())`,
    [`e2e-${run}`, keyHash, prefix],
  );
  const phone = `+3165${String(Date.now()).slice(-7)}`;
  const person = (n: number, firstName: string) => ({
    type: "page_view",
    channel: "web",
    direction: "inbound",
    occurredAt: "2026-11-20T10:00:00+01:00",
    sourceEventId: `${run}-${n}`,
    locationCode: "HTL-AMS",
    identifiers: { email: `${firstName.toLowerCase()}.${run}@e2e-merge.nl`, phone },
    traits: { firstName, lastName: `Dubbel-${run}` },
  });
  for (const [n, name] of [
    [1, "Marloes"],
    [2, "Marlous"],
  ] as const) {
    const response = await page.request.post("/api/v1/events", {
      headers: { authorization: `Bearer ${key}` },
      data: { events: [person(n, name)] },
    });
    expect(response.status()).toBe(200);
  }

  await signInAs(page, "admin", []);
  await page.goto("/admin/duplicates");
  const card = page
    .getByRole("list", { name: "Mogelijke dubbelen" })
    .getByRole("listitem")
    .filter({ hasText: `Dubbel-${run}` })
    .first();
  await expect(card).toContainText("Zelfde telefoon");
  await card.getByRole("button", { name: /^Samenvoegen van .* bekijken$/ }).click();
  await expect(card.getByRole("region", { name: /^Blijft: / })).toBeVisible();
  await expect(card.getByRole("region", { name: /^Gaat erin op: / })).toContainText("1 gebeurtenis");
  await card.getByLabel("Waarom is dit dezelfde persoon?").fill("Same phone; guest confirmed at the desk");
  await card.getByRole("button", { name: /^Samenvoegen met/ }).click();
  await expect(card.getByRole("status")).toContainText("is samengevoegd met");

  await page.goto("/admin/merges");
  const row = page
    .getByRole("list", { name: "Samenvoegingen" })
    .getByRole("listitem")
    .filter({ hasText: `Dubbel-${run}` })
    .first();
  await expect(row).toContainText("Same phone; guest confirmed at the desk");
  await row.getByRole("button", { name: /^Samenvoeging van .* ongedaan maken$/ }).click();
  await row.getByRole("button", { name: "Ongedaan maken bevestigen" }).click();
  await expect(row).toContainText("Ongedaan gemaakt");
  const { rows } = await e2eDatabase().query(
    `SELECT count(*)::int AS n FROM "Customer" WHERE "lastName" = $1`,
    [`Dubbel-${run}`],
  );
  expect(rows[0].n).toBe(2);
});
