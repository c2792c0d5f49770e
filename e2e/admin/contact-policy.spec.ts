import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEFAULT_CONTACT_POLICY } from "../../lib/validation/contact-policy";
import { createCustomer } from "../../tests/factories/customer-factory";
import {
  grantEverything,
  recordInteraction,
  recordOutbound,
} from "../../tests/factories/outbound-contact-factory";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

// Contact pressure end to end: the card says why no survey, and a budget an admin saves is what the
// card and the marketing API answer with on their very next request.

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const SHOTS = "test-results/e2e";

/** A guest of HTL-AMS (a stay there long ago), consenting to everything. */
async function hotelGuest(firstName: string, lastName: string, email: string) {
  const db = e2eDatabase();
  const { id } = await createCustomer(db, {
    firstName,
    lastName,
    identities: [{ type: "email", value: email }],
    events: [
      {
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: ago(200),
        summary: "Checked in",
        locationCode: "HTL-AMS",
      },
    ],
  });
  await grantEverything(db, id);
  return id;
}

/** The desk in English: the card's own Dutch is checked by its own specs; this spec is about the policy. */
async function receptionistPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, "receptionist", ["HTL-AMS"], undefined, "en");
  return page;
}

const pressureOf = (page: Page) =>
  page.getByRole("region", { name: "Greeting card" }).getByRole("region", { name: "Contact pressure" });

test.afterAll(async () => {
  // Later specs expect the built-in budget: put it back as a new version, as an admin would.
  await e2eDatabase().query(
    `INSERT INTO "ContactPolicy" (id, version, settings, note)
     SELECT gen_random_uuid(), coalesce(max(version), 0) + 1, $1::jsonb, 'Restored after the contact-policy spec'
     FROM "ContactPolicy"`,
    [JSON.stringify(DEFAULT_CONTACT_POLICY)],
  );
});

test("a guest surveyed after an address change shows no survey on the card, with the reason", async ({
  browser,
}) => {
  const suffix = randomBytes(3).toString("hex");
  const id = await hotelGuest("Sanne", `Survey-${suffix}`, `sanne.${suffix}@e2e-policy.nl`);
  await recordInteraction(e2eDatabase(), id, "address_change", ago(2));
  await recordOutbound(e2eDatabase(), id, {
    purpose: "survey",
    occurredAt: ago(1),
    withinPolicy: false,
    violatedRules: ["survey_after_trivial"],
  });

  const page = await receptionistPage(browser);
  await page.goto(`/customers/${id}`);
  const pressure = pressureOf(page);
  const verdicts = pressure.getByRole("list", { name: "May we contact them now?" });
  await expect(verdicts).toContainText("Ask for feedback? No:");
  await expect(verdicts).toContainText(
    "Changed their address 2 days ago, a trivial interaction; no survey until",
  );
  await expect(verdicts).toContainText("Surveyed 1 day ago");
  await expect(pressure.getByRole("meter")).toHaveAccessibleName(
    /0 of 4 marketing contacts in the last 30 days/,
  );
  await page.screenshot({ path: `${SHOTS}/contact-pressure-card-no-survey.png` });
});

test("an admin sets the marketing budget to 2 and the card and the API follow at once", async ({
  page,
  browser,
}) => {
  // Three signed-in pages, an API key and a policy save: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const suffix = randomBytes(3).toString("hex");
  const email = `bas.${suffix}@e2e-policy.nl`;
  const id = await hotelGuest("Bas", `Budget-${suffix}`, email);
  for (const [days, purpose] of [
    [20, "marketing_email"],
    [10, "marketing_sms"],
    [5, "marketing_push"],
  ] as const) {
    await recordOutbound(e2eDatabase(), id, { purpose, occurredAt: ago(days) });
  }

  // The marketing tool's key, made by the admin like any other.
  await signInAs(page, "admin", []);
  await page.goto("/admin/api-keys");
  await page.getByLabel("Naam", { exact: true }).fill(`Mailing tool ${suffix}`);
  await page.getByLabel("Bron", { exact: true }).fill(`mailing-${suffix}`);
  await page.getByRole("checkbox", { name: /ingest/ }).uncheck();
  await page.getByRole("checkbox", { name: /eligibility:read/ }).check();
  await page.getByRole("button", { name: "API-sleutel aanmaken" }).click();
  const key = await page.getByRole("textbox", { name: "De nieuwe sleutel" }).inputValue();
  const askApi = async () => {
    const response = await page.request.get(
      `/api/v1/customers/email:${email}/eligibility?purpose=marketing_email`,
      { headers: { authorization: `Bearer ${key}` } },
    );
    expect(response.status()).toBe(200);
    return (await response.json()) as { policyVersion: number; reasons: { rule: string; message: string }[] };
  };

  const before = await askApi();
  expect(before.reasons.map((reason) => reason.rule)).not.toContain("marketing_budget");
  const desk = await receptionistPage(browser);
  await desk.goto(`/customers/${id}`);
  await expect(pressureOf(desk).getByRole("meter")).toHaveAccessibleName(/^3 of 4 marketing contacts/);

  await page.goto("/admin/contact-policy");
  const budget = page.getByLabel("Marketingcontacten per periode");
  await budget.fill("0");
  await page.getByRole("button", { name: "Opslaan als nieuwe versie" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Een paar instellingen kloppen nog niet" }),
  ).toBeVisible();
  await expect(budget).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#policy-marketing-maxContacts-error")).toContainText("1");

  await budget.fill("2");
  await page.getByLabel("Notitie (optioneel)").fill(`Fewer offers (${suffix})`);
  await page.getByRole("button", { name: "Opslaan als nieuwe versie" }).click();
  const saved = page.getByRole("status").filter({ hasText: /Opgeslagen als versie \d+/ });
  await expect(saved).toBeVisible();
  const version = Number((await saved.textContent())?.match(/versie (\d+)/)?.[1]);
  await expect(page.getByRole("status").filter({ hasText: `Versie ${version} geldt` })).toBeVisible();
  const latest = page.getByRole("list", { name: "Beleidsversies" }).getByRole("listitem").first();
  await expect(latest).toContainText(`v${version}`);
  await expect(latest).toContainText(`Fewer offers (${suffix})`);
  await expect(latest).toContainText("Marketingcontacten per periode: 4 → 2");
  await page.screenshot({ path: `${SHOTS}/contact-policy-admin.png`, fullPage: true });

  await desk.reload();
  const pressure = pressureOf(desk);
  await expect(pressure.getByRole("meter")).toHaveAccessibleName(/^3 of 2 marketing contacts/);
  await expect(pressure).toContainText("limit reached");
  await expect(pressure).toContainText("3 marketing contacts in the last 30 days (limit 2)");
  await pressure.screenshot({ path: `${SHOTS}/contact-pressure-meter.png` });
  await desk.screenshot({ path: `${SHOTS}/contact-pressure-card-budget-2.png` });

  const after = await askApi();
  expect(after.policyVersion).toBe(version);
  expect(after.reasons.map((reason) => reason.rule)).toContain("marketing_budget");
  expect(after.reasons.find((reason) => reason.rule === "marketing_budget")?.message).toMatch(
    /^3 marketing contacts in the last 30 days \(limit 2\)/,
  );
});

test("a manager sees contact pressure at their hotel on the insights page", async ({ page }) => {
  await signInAs(page, "manager", ["HTL-AMS"]);
  await page.goto("/insights");
  const section = page.getByRole("region", { name: "Contactdruk" });
  await expect(section.getByText("Klanten nu boven het budget").first()).toBeVisible();
  const chart = section.getByRole("figure", { name: /^Uitgaande contacten per week/ });
  await expect(chart).toBeVisible();
  await expect(section.getByRole("table", { name: "Uitgaande contacten per bronsysteem" })).toBeVisible();
  await expect(section.locator(".recharts-bar-rectangle").first()).toBeVisible();
  // The drawing takes no focus; its figures are a table under a disclosure.
  await expect(chart.locator("[tabindex]")).toHaveCount(0);
  await chart.getByText("Cijfers als tabel tonen").click();
  await expect(chart.getByRole("table", { name: /^Uitgaande contacten per week/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/contact-pressure-insights.png`, fullPage: true });
});
