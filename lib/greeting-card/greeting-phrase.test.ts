import { describe, expect, it } from "vitest";
import { greetingLanguage, greetingPhrase, type GreetingInput } from "./greeting-phrase";

const AMS = "Europe/Amsterdam";
// 14:30 in Amsterdam in November (UTC+1).
const afternoon = new Date("2026-11-23T13:30:00Z");
const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00+01:00`);

const anna: GreetingInput = {
  language: "nl",
  salutation: "mevrouw",
  firstName: "Anna",
  lastName: "de Vries",
  preferredName: null,
  at: afternoon,
  timeZone: AMS,
};

describe("greetingPhrase", () => {
  it("greets formally in Dutch with the Dutch capitalised surname particle", () => {
    expect(greetingPhrase(anna)).toEqual({
      text: "Goedemiddag mevrouw De Vries",
      language: "nl",
      isFallback: false,
      register: "formal",
    });
  });

  it("greets in English, German and French with their own titles", () => {
    expect(greetingPhrase({ ...anna, language: "en", salutation: "Ms", lastName: "Smith" }).text).toBe(
      "Good afternoon Ms Smith",
    );
    expect(greetingPhrase({ ...anna, language: "de", salutation: "Herr", lastName: "Müller" }).text).toBe(
      "Guten Tag Herr Müller",
    );
    expect(greetingPhrase({ ...anna, language: "de", salutation: "Herr", lastName: "von Trapp" }).text).toBe(
      "Guten Tag Herr von Trapp",
    );
    expect(greetingPhrase({ ...anna, language: "fr", salutation: "Madame", lastName: "Dupont" }).text).toBe(
      "Bonjour madame Dupont",
    );
  });

  it("translates the form of address into the customer's language", () => {
    // A Dutch source wrote "mevrouw", but the guest speaks English.
    expect(greetingPhrase({ ...anna, language: "en" }).text).toBe("Good afternoon Ms de Vries");
    expect(greetingPhrase({ ...anna, language: "nl", salutation: "Mr.", lastName: "Jansen" }).text).toBe(
      "Goedemiddag meneer Jansen",
    );
    expect(greetingPhrase({ ...anna, language: "fr", salutation: "dhr", lastName: "Peeters" }).text).toBe(
      "Bonjour monsieur Peeters",
    );
  });

  it("follows the clock at the location", () => {
    expect(greetingPhrase({ ...anna, at: at("08:15") }).text).toBe("Goedemorgen mevrouw De Vries");
    expect(greetingPhrase({ ...anna, at: at("12:00") }).text).toBe("Goedemiddag mevrouw De Vries");
    expect(greetingPhrase({ ...anna, at: at("19:40") }).text).toBe("Goedenavond mevrouw De Vries");
    // After midnight it is still evening; nobody is wished good morning at 02:00.
    expect(greetingPhrase({ ...anna, at: at("02:00") }).text).toBe("Goedenavond mevrouw De Vries");
    expect(greetingPhrase({ ...anna, language: "fr", at: at("19:00"), lastName: "Dupont" }).text).toBe(
      "Bonsoir madame Dupont",
    );
    // 09:00 UTC is 10:00 in Amsterdam but 04:00 in New York.
    const nineUtc = new Date("2026-11-23T09:00:00Z");
    expect(greetingPhrase({ ...anna, language: "en", at: nineUtc }).text).toMatch(/^Good morning/);
    expect(
      greetingPhrase({ ...anna, language: "en", at: nineUtc, timeZone: "America/New_York" }).text,
    ).toMatch(/^Good evening/);
  });

  it("uses first-name terms when no salutation is known, preferring the preferred name", () => {
    expect(greetingPhrase({ ...anna, salutation: null })).toMatchObject({
      text: "Goedemiddag Anna",
      register: "first_name",
    });
    expect(greetingPhrase({ ...anna, salutation: "  ", preferredName: "Annie" }).text).toBe(
      "Goedemiddag Annie",
    );
  });

  it("falls back to English for a language we have no greeting in, and says so", () => {
    expect(greetingPhrase({ ...anna, language: "pl", salutation: "Ms", lastName: "Kowalska" })).toEqual({
      text: "Good afternoon Ms Kowalska",
      language: "en",
      isFallback: true,
      register: "formal",
    });
    expect(greetingPhrase({ ...anna, language: null }).isFallback).toBe(true);
    expect(greetingPhrase({ ...anna, language: "nl-BE" }).language).toBe("nl");
  });

  it("keeps a title it does not know as written", () => {
    expect(greetingPhrase({ ...anna, language: "en", salutation: "Dr.", lastName: "Bakker" }).text).toBe(
      "Good afternoon Dr. Bakker",
    );
  });

  it("uses the full name where a language has no neutral title", () => {
    expect(greetingPhrase({ ...anna, salutation: "Mx", firstName: "Sam", lastName: "Jansen" }).text).toBe(
      "Goedemiddag Sam Jansen",
    );
    expect(
      greetingPhrase({ ...anna, language: "en", salutation: "Mx", firstName: "Sam", lastName: "Jansen" })
        .text,
    ).toBe("Good afternoon Mx Jansen");
  });

  it("still greets someone without a name", () => {
    expect(
      greetingPhrase({ ...anna, salutation: null, firstName: null, lastName: null, preferredName: null }),
    ).toMatchObject({ text: "Goedemiddag", register: "plain" });
    expect(greetingPhrase({ ...anna, lastName: null }).text).toBe("Goedemiddag mevrouw");
  });
});

describe("greetingLanguage", () => {
  it("reads language tags in any case", () => {
    expect(greetingLanguage("DE")).toBe("de");
    expect(greetingLanguage("fr_BE")).toBe("fr");
    expect(greetingLanguage("xx")).toBeNull();
    expect(greetingLanguage("")).toBeNull();
  });
});
