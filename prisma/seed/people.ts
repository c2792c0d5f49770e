// Names and addresses: @faker-js/faker in the customer's language, seeded with the customer's index.
import { base, de, en, en_GB, Faker, fr, nl } from "@faker-js/faker";
import { foldForSearch } from "../../lib/validation/normalize-identifier";
import type { Rng } from "./random";

export type Language = "nl" | "en" | "de" | "fr";

export interface Person {
  firstName: string;
  lastName: string;
  preferredName: string | null;
  salutation: string | null;
  language: Language;
  country: string;
  birthDate: string | null;
  street: string;
  postalCode: string;
  city: string;
  searchName: string;
}

const FAKERS: Record<Language, Faker> = {
  nl: new Faker({ locale: [nl, en, base] }),
  en: new Faker({ locale: [en_GB, en, base] }),
  de: new Faker({ locale: [de, en, base] }),
  fr: new Faker({ locale: [fr, en, base] }),
};

const SALUTATIONS: Record<Language, readonly [female: string, male: string]> = {
  nl: ["mevrouw", "meneer"],
  en: ["Ms", "Mr"],
  de: ["Frau", "Herr"],
  fr: ["Madame", "Monsieur"],
};

const COUNTRIES: Record<Language, readonly (readonly [string, number])[]> = {
  nl: [
    ["NL", 97],
    ["BE", 3],
  ],
  en: [
    ["GB", 70],
    ["IE", 10],
    ["US", 20],
  ],
  de: [
    ["DE", 85],
    ["AT", 10],
    ["CH", 5],
  ],
  fr: [
    ["FR", 75],
    ["BE", 25],
  ],
};

const DUTCH_CITIES = [
  "Amsterdam",
  "Rotterdam",
  "Den Haag",
  "Utrecht",
  "Eindhoven",
  "Groningen",
  "Tilburg",
  "Almere",
  "Breda",
  "Nijmegen",
  "Maastricht",
  "Haarlem",
  "Arnhem",
  "Zwolle",
  "Leiden",
  "Delft",
  "Amersfoort",
  "Apeldoorn",
  "Den Bosch",
  "Zaandam",
  "Hilversum",
  "Leeuwarden",
  "Deventer",
  "Enschede",
] as const;

const NICKNAMES = {
  female: ["Anne", "Lotte", "Fleur", "Sanne", "Kim", "Eva", "Lies", "Joke"],
  male: ["Jan", "Bas", "Tom", "Joost", "Rob", "Pim", "Kees", "Wim"],
} as const;

const BIRTH_DAY_MIN = Date.UTC(1941, 0, 1) / 86_400_000;
const BIRTH_DAY_RANGE = 365 * 66;

export function createPerson(index: number, rng: Rng): Person {
  const language = rng.weighted<Language>([
    ["nl", 85],
    ["en", 8],
    ["de", 5],
    ["fr", 2],
  ]);
  const faker = FAKERS[language];
  faker.seed(index);
  const sex = rng.chance(0.5) ? "female" : "male";
  const firstName = faker.person.firstName(sex);
  const lastName = faker.person.lastName(sex);
  const preferredName = rng.chance(0.1) ? rng.pick(NICKNAMES[sex]) : null;
  const country = rng.weighted(COUNTRIES[language]);
  const city = country === "NL" && rng.chance(0.6) ? rng.pick(DUTCH_CITIES) : faker.location.city();
  const birthDay = BIRTH_DAY_MIN + rng.int(0, BIRTH_DAY_RANGE);
  return {
    firstName,
    lastName,
    preferredName,
    salutation: rng.chance(0.15) ? null : SALUTATIONS[language][sex === "female" ? 0 : 1],
    language,
    country,
    birthDate: rng.chance(0.12) ? null : new Date(birthDay * 86_400_000).toISOString().slice(0, 10),
    street: `${faker.location.street()} ${faker.location.buildingNumber()}`,
    postalCode: faker.location.zipCode(),
    city,
    searchName: foldForSearch(firstName, lastName, preferredName),
  };
}
