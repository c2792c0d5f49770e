import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createApiKey } from "../support/api-key";
import { signInAs } from "../support/auth";

// Data-subject rights end to end: an admin exports a customer's data and erases them, the source
// system that sends the same email again is told "suppressed", and a source system's own access
// request is answered through a signed download link.

const SHOTS = "test-results/e2e";

async function guest(request: APIRequestContext, key: string, run: string) {
  const email = `privacy.${run}@e2e-privacy.nl`;
  const response = await request.post("/api/v1/events", {
    headers: { authorization: `Bearer ${key}` },
    data: {
      events: [
        {
          type: "booking_created",
          channel: "direct",
          direction: "inbound",
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          sourceEventId: `privacy-${run}`,
          identifiers: { email },
          traits: { firstName: "Femke", lastName: `Privacy${run}` },
          summary: `Femke Privacy${run} booked a double room`,
          booking: {
            reference: `PRV-${run}`.toUpperCase(),
            locationCode: "HTL-AMS",
            arrivalDate: "2026-12-20",
            departureDate: "2026-12-22",
            roomType: "Double",
          },
        },
      ],
    },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { results: { customerId: string }[] };
  return { email, lastName: `Privacy${run}`, customerId: body.results[0]!.customerId };
}

test("an admin exports a customer's data, erases them, and the same email sent again is suppressed", async ({
  page,
}) => {
  const run = randomBytes(3).toString("hex");
  const key = await createApiKey(`privacy-shop-${run}`, ["ingest"]);
  const person = await guest(page.request, key, run);
  const admin = await signInAs(page, "admin", [], `Admin ${run}`);

  // The profile's own links (their words are the profile's), found by where they lead.
  await page.goto(`/customers/${person.customerId}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`a[href="/api/customers/${person.customerId}/export?format=json"]`).first().click(),
  ]);
  const bundle = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    format: string;
    identities: { value: string }[];
    bookings: unknown[];
  };
  expect(bundle.format).toBe("gastvrij.privacy-export");
  expect(bundle.identities.map((i) => i.value)).toContain(person.email);
  expect(bundle.bookings).toHaveLength(1);
  const html = await page.request.get(`/api/customers/${person.customerId}/export?format=html`);
  expect(await html.text()).toContain(`Your data at Gastvrij: Femke ${person.lastName}`);

  await page.locator(`a[href="/admin/privacy/erase/${person.customerId}"]`).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Klant wissen");
  await expect(page.getByRole("heading", { name: `Femke ${person.lastName}` })).toBeVisible();
  await page.getByLabel("Reden", { exact: true }).fill("Erasure request by email, identity checked");
  await page.getByRole("button", { name: "Klant wissen" }).click();
  const confirmation = page.getByLabel(/^Typ ERASE om te bevestigen/);
  await expect(confirmation).toHaveAttribute("aria-invalid", "true");
  await confirmation.fill("ERASE");
  await page.getByRole("button", { name: "Klant wissen" }).click();
  const done = page.getByRole("status").filter({ hasText: /ERASED-/ });
  await expect(done).toBeVisible();
  const pseudonym = (await done.locator("strong").textContent())!;
  expect(pseudonym).toMatch(/^ERASED-[0-9A-F]{8}$/);
  await page.screenshot({ path: `${SHOTS}/admin-erase-customer.png`, fullPage: true });

  await page.goto("/admin/privacy");
  const erasure = page
    .getByRole("list", { name: "Uitgevoerde wisacties" })
    .getByRole("listitem")
    .filter({ hasText: pseudonym });
  await expect(erasure).toContainText("Erasure request by email, identity checked");
  await expect(erasure).toContainText(admin.name);
  await expect(page.getByText(person.lastName)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/admin-privacy.png`, fullPage: true });

  const track = () =>
    page.request.post("/api/v1/track", {
      headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}` },
      data: {
        type: "track",
        event: "Viewed room",
        messageId: `after-${run}-${randomBytes(2).toString("hex")}`,
        anonymousId: `anon-${run}`,
        context: { traits: { email: person.email } },
      },
    });
  const suppressed = await track();
  expect(suppressed.status()).toBe(200);
  expect(await suppressed.json()).toMatchObject({
    accepted: 0,
    suppressed: 1,
    results: [{ status: "suppressed" }],
  });

  // The person comes back and asks to be known again: an admin lifts the email's suppression.
  const row = page
    .getByRole("list", { name: "Geblokkeerde identificaties" })
    .getByRole("listitem")
    .filter({ hasText: `E-mail van ${pseudonym}` });
  await row
    .getByLabel("Reden om de blokkade op te heffen")
    .fill("Customer returned and asked to be known again");
  await row.getByRole("button", { name: "Opheffen" }).click();
  // Lifted suppressions leave the list (the row stays in the database with who, when and why).
  await expect(row).toHaveCount(0);
  expect(await (await track()).json()).toMatchObject({ accepted: 1, suppressed: 0 });
});

test("a source system's access request is answered through a short-lived signed link", async ({
  request,
}) => {
  const run = randomBytes(3).toString("hex");
  const key = await createApiKey(`privacy-crm-${run}`, ["ingest", "privacy:write"]);
  const person = await guest(request, key, run);
  const created = await request.post("/api/v1/privacy/requests", {
    headers: { authorization: `Bearer ${key}` },
    data: { type: "access", identifierType: "email", identifier: person.email },
  });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as {
    status: string;
    dueAt: string;
    download: { url: string; expiresAt: string };
  };
  expect(body.status).toBe("completed");
  const file = await request.get(body.download.url);
  expect(file.status()).toBe(200);
  expect(((await file.json()) as { customer: { id: string } }).customer.id).toBe(person.customerId);
  expect((await request.get(body.download.url.replace(/signature=[^&]+/, "signature=forged"))).status()).toBe(
    403,
  );
  const schema = await request.get("/api/v1/privacy/export-schema");
  expect(((await schema.json()) as { $schema: string }).$schema).toContain("2020-12");
});

test("an admin saves a retention policy and logs a request received by mail", async ({ page }) => {
  const run = randomBytes(3).toString("hex");
  const key = await createApiKey(`privacy-desk-${run}`, ["ingest"]);
  const person = await guest(page.request, key, run);
  await signInAs(page, "admin", []);
  await page.goto("/admin/privacy");
  await expect(page.getByRole("list", { name: "Verwerkingsdoelen" })).toContainText(
    "Verantwoording en beveiliging",
  );

  const form = page.getByRole("form", { name: "Bewaartermijnen" });
  const events = form.getByLabel(/Klantreisgebeurtenissen bewaren/);
  await events.fill(String(700 + (Number.parseInt(run, 16) % 300)));
  await form.getByLabel("Waarom deze wijziging").fill("Shorter after the DPO review");
  await form.getByRole("button", { name: "Opslaan als nieuwe versie" }).click();
  await expect(form.getByRole("status")).toContainText(/Opgeslagen als versie \d+/);

  const log = page.getByRole("form", { name: "Verzoek vastleggen" });
  await log.getByLabel("Klant-id").fill(person.customerId);
  await log.getByLabel("Soort verzoek").selectOption("access");
  // The date field reads the Dutch way and defaults to today.
  await expect(log.getByRole("textbox", { name: "Ontvangen op" })).toHaveValue(/^\d{2}-\d{2}-\d{4}$/);
  await log.getByRole("button", { name: "Verzoek vastleggen" }).click();
  await expect(log.getByRole("status")).toContainText("Vastgelegd.");
  const open = page
    .getByRole("list", { name: "Openstaande verzoeken" })
    .getByRole("listitem")
    .filter({ hasText: `Femke ${person.lastName}` });
  await expect(open).toContainText("Inzage / overdraagbaarheid");
  await open.getByRole("button", { name: "Als beantwoord markeren" }).click();
  await expect(open).toHaveCount(0);
});
