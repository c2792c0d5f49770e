// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ContactPressure } from "@/lib/eligibility/contact-pressure";
import { CONTACT_PURPOSES } from "@/lib/eligibility/eligibility-types";
import { withIntl } from "@/tests/helpers/with-intl";
import { ContactPressureMeter, OtherContacts } from "./contact-pressure-meter";

afterEach(cleanup);

const quiet = Object.fromEntries(
  CONTACT_PURPOSES.map((purpose) => [purpose, 0]),
) as ContactPressure["byPurpose"];

function pressure(overrides: Partial<ContactPressure>): ContactPressure {
  return {
    windowDays: 30,
    budget: 4,
    marketing: 0,
    byPurpose: quiet,
    marketingByChannel: {},
    isAtLimit: false,
    ...overrides,
  };
}

/** The width of each coloured segment, in order, as a share of the bar. */
const segments = (meter: HTMLElement) => [...meter.children].map((span) => (span as HTMLElement).style.width);

describe("ContactPressureMeter", () => {
  it("reads as a meter of marketing contacts against the budget, busiest channel first", () => {
    render(
      withIntl(
        <ContactPressureMeter
          pressure={pressure({ marketing: 3, marketingByChannel: { sms: 1, email: 2 } })}
        />,
      ),
    );
    const meter = screen.getByRole("meter", { name: "3 van 4 marketingcontacten in de afgelopen 30 dagen" });
    expect(meter.getAttribute("aria-valuenow")).toBe("3");
    expect(meter.getAttribute("aria-valuemax")).toBe("4");
    expect(segments(meter)).toEqual(["50%", "25%"]);
    expect(screen.getByText("3 van 4 marketing · 30 dagen")).toBeTruthy();
    expect(screen.getByText("E-mail 2 · Sms 1")).toBeTruthy();
    expect(screen.queryByText(/limiet bereikt/)).toBeNull();
  });

  it("fills the bar and says the limit is reached past the budget", () => {
    render(
      withIntl(
        <ContactPressureMeter
          pressure={pressure({ marketing: 6, isAtLimit: true, marketingByChannel: { email: 6 } })}
        />,
      ),
    );
    expect(segments(screen.getByRole("meter"))).toEqual(["100%"]);
    const count = screen.getByText("6 van 4 marketing · 30 dagen · limiet bereikt");
    expect(count.className).toContain("text-red-700");
  });

  it("says no marketing, with an empty bar, when nothing was sent", () => {
    render(withIntl(<ContactPressureMeter pressure={pressure({})} />));
    expect(segments(screen.getByRole("meter"))).toEqual([]);
    expect(screen.getByText("geen marketing")).toBeTruthy();
  });

  it("speaks English to English staff", () => {
    render(
      withIntl(
        <ContactPressureMeter pressure={pressure({ marketing: 1, marketingByChannel: { sms: 1 } })} />,
        "en",
      ),
    );
    expect(screen.getByRole("meter", { name: "1 of 4 marketing contacts in the last 30 days" })).toBeTruthy();
    expect(screen.getByText("SMS 1")).toBeTruthy();
  });
});

describe("OtherContacts", () => {
  it("lists the outbound contact the budget leaves out", () => {
    const byPurpose = { ...quiet, survey: 1, service_followup: 2 };
    render(withIntl(<OtherContacts pressure={pressure({ byPurpose })} />));
    expect(
      screen.getByText("Ook 1 enquête, 2 antwoorden van de klantenservice; die tellen niet mee."),
    ).toBeTruthy();
  });

  it("shows nothing when there is none", () => {
    const { container } = render(withIntl(<OtherContacts pressure={pressure({})} />));
    expect(container.textContent).toBe("");
  });
});
