import { ownValue } from "@/lib/own-key";
import {
  FALLBACK_LANGUAGE,
  GREETING_LANGUAGES,
  MORNING_FROM,
  SALUTATION_FORMS,
  type GreetingLanguageCode,
  type PartOfDay,
} from "./greeting-copy";

// "Goedemiddag mevrouw De Vries": the hello-word for the hour at the desk, in the customer's
// language, with their form of address; first-name terms when no salutation is known.

export type GreetingInput = {
  language: string | null;
  salutation: string | null;
  firstName: string | null;
  lastName: string | null;
  preferredName: string | null;
  at: Date;
  /** The location's zone: the greeting follows the clock at the desk, not the server's. */
  timeZone: string;
};

export type Greeting = {
  text: string;
  /** The language the phrase is in, and whether that is a fallback for the customer's own. */
  language: GreetingLanguageCode;
  isFallback: boolean;
  register: "formal" | "first_name" | "plain";
};

function isSupported(code: string): code is GreetingLanguageCode {
  return Object.hasOwn(GREETING_LANGUAGES, code);
}

/** "nl", "nl-BE", "NL_nl" → "nl" when we greet in it. */
export function greetingLanguage(language: string | null): GreetingLanguageCode | null {
  const base = language?.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return isSupported(base) ? base : null;
}

export function localHour(at: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone }).format(at);
  return Number(hour);
}

export function partOfDay(hour: number, language: GreetingLanguageCode): PartOfDay {
  const { afternoonFrom, eveningFrom } = GREETING_LANGUAGES[language];
  if (hour < MORNING_FROM || hour >= eveningFrom) return "evening";
  return hour < afternoonFrom ? "morning" : "afternoon";
}

const clean = (value: string | null) => value?.trim() || null;

function surnameFor(lastName: string, language: GreetingLanguageCode): string {
  const capitalizes = "capitalizesSurnameParticle" in GREETING_LANGUAGES[language];
  return capitalizes ? lastName.charAt(0).toUpperCase() + lastName.slice(1) : lastName;
}

/** The title to use: translated when we know what it means, else as the source wrote it ("Dr."). */
function titleFor(salutation: string, language: GreetingLanguageCode): string | null {
  const form = ownValue(SALUTATION_FORMS, salutation.toLowerCase().replace(/\./g, "").trim());
  if (!form) return salutation;
  return GREETING_LANGUAGES[language].titles[form];
}

export function greetingPhrase(input: GreetingInput): Greeting {
  const own = greetingLanguage(input.language);
  const language = own ?? FALLBACK_LANGUAGE;
  const hello =
    GREETING_LANGUAGES[language].greetings[partOfDay(localHour(input.at, input.timeZone), language)];
  const salutation = clean(input.salutation);
  const firstName = clean(input.preferredName) ?? clean(input.firstName);
  const lastName = clean(input.lastName);
  const result = (name: string | null, register: Greeting["register"]): Greeting => ({
    text: name ? `${hello} ${name}` : hello,
    language,
    isFallback: own === null,
    register: name ? register : "plain",
  });

  if (salutation) {
    const title = titleFor(salutation, language);
    // A language without a neutral title greets by full name instead.
    if (title === null) return result([firstName, lastName].filter(Boolean).join(" ") || null, "formal");
    return result(lastName ? `${title} ${surnameFor(lastName, language)}` : title, "formal");
  }
  return result(firstName, "first_name");
}
