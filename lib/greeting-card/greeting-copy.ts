// The words of a greeting per language. Data only, so a new language is one entry here.

export type PartOfDay = "morning" | "afternoon" | "evening";
export type FormOfAddress = "female" | "male" | "neutral";

export type GreetingLanguage = {
  /** Hello-words by part of the day. */
  greetings: Record<PartOfDay, string>;
  /** Local hour (0–23) from which the afternoon and the evening greeting apply. */
  afternoonFrom: number;
  eveningFrom: number;
  /** Form of address before a surname; null when the language has none (then the full name). */
  titles: Record<FormOfAddress, string | null>;
  /** Dutch writes "mevrouw De Vries" but "Anna de Vries": a leading particle is capitalised. */
  capitalizesSurnameParticle?: boolean;
};

export const GREETING_LANGUAGES = {
  nl: {
    greetings: { morning: "Goedemorgen", afternoon: "Goedemiddag", evening: "Goedenavond" },
    afternoonFrom: 12,
    eveningFrom: 18,
    titles: { female: "mevrouw", male: "meneer", neutral: null },
    capitalizesSurnameParticle: true,
  },
  en: {
    greetings: { morning: "Good morning", afternoon: "Good afternoon", evening: "Good evening" },
    afternoonFrom: 12,
    eveningFrom: 18,
    titles: { female: "Ms", male: "Mr", neutral: "Mx" },
  },
  de: {
    greetings: { morning: "Guten Morgen", afternoon: "Guten Tag", evening: "Guten Abend" },
    afternoonFrom: 11,
    eveningFrom: 18,
    titles: { female: "Frau", male: "Herr", neutral: null },
  },
  fr: {
    greetings: { morning: "Bonjour", afternoon: "Bonjour", evening: "Bonsoir" },
    afternoonFrom: 12,
    eveningFrom: 18,
    titles: { female: "madame", male: "monsieur", neutral: null },
  },
  es: {
    greetings: { morning: "Buenos días", afternoon: "Buenas tardes", evening: "Buenas noches" },
    afternoonFrom: 13,
    eveningFrom: 20,
    titles: { female: "señora", male: "señor", neutral: null },
  },
  it: {
    greetings: { morning: "Buongiorno", afternoon: "Buongiorno", evening: "Buonasera" },
    afternoonFrom: 13,
    eveningFrom: 17,
    titles: { female: "signora", male: "signor", neutral: null },
  },
} as const satisfies Record<string, GreetingLanguage>;

export type GreetingLanguageCode = keyof typeof GREETING_LANGUAGES;

/** The staff's own language, used when we have no greeting in the customer's. */
export const FALLBACK_LANGUAGE: GreetingLanguageCode = "en";

/** Before this hour a greeting is still the evening one: nobody says "good morning" at 03:00. */
export const MORNING_FROM = 5;

/** Salutations as sources write them, lower-cased without dots, to the form of address they mean. */
export const SALUTATION_FORMS: Record<string, FormOfAddress> = {
  mevrouw: "female",
  mevr: "female",
  mw: "female",
  juffrouw: "female",
  mrs: "female",
  ms: "female",
  miss: "female",
  madam: "female",
  frau: "female",
  fr: "female",
  madame: "female",
  mme: "female",
  mademoiselle: "female",
  mlle: "female",
  señora: "female",
  senora: "female",
  sra: "female",
  signora: "female",
  sigra: "female",
  meneer: "male",
  mijnheer: "male",
  heer: "male",
  "de heer": "male",
  dhr: "male",
  mr: "male",
  sir: "male",
  herr: "male",
  hr: "male",
  monsieur: "male",
  m: "male",
  señor: "male",
  senor: "male",
  sr: "male",
  signor: "male",
  signore: "male",
  sig: "male",
  mx: "neutral",
};
