// The demo chain: three hotels and four stores, upserted by their code.
import type pg from "pg";
import { keyUuid } from "./ids";

export interface ChainLocation {
  code: string;
  name: string;
  type: "hotel" | "store";
  city: string;
}

export const CHAIN: readonly ChainLocation[] = [
  { code: "HTL-AMS", name: "Gastvrij Hotel Amsterdam Centrum", type: "hotel", city: "Amsterdam" },
  { code: "HTL-UTR", name: "Gastvrij Hotel Utrecht Domplein", type: "hotel", city: "Utrecht" },
  { code: "HTL-MST", name: "Gastvrij Hotel Maastricht Vrijthof", type: "hotel", city: "Maastricht" },
  { code: "STR-AMS", name: "Gastvrij Store Amsterdam Zuid", type: "store", city: "Amsterdam" },
  { code: "STR-RTM", name: "Gastvrij Store Rotterdam Centrum", type: "store", city: "Rotterdam" },
  { code: "STR-DHG", name: "Gastvrij Store Den Haag Spui", type: "store", city: "Den Haag" },
  { code: "STR-EHV", name: "Gastvrij Store Eindhoven Strijp", type: "store", city: "Eindhoven" },
];

export interface SeededLocation extends ChainLocation {
  id: string;
}

export interface SeedLocations {
  all: readonly SeededLocation[];
  hotels: readonly SeededLocation[];
  stores: readonly SeededLocation[];
}

/** Inserts missing locations; one that already exists under its code keeps its id and its edits. */
export async function upsertLocations(client: pg.ClientBase): Promise<SeedLocations> {
  for (const location of CHAIN) {
    await client.query(
      `INSERT INTO "Location" (id, code, name, type, city, "updatedAt")
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (code) DO NOTHING`,
      [keyUuid(`location:${location.code}`), location.code, location.name, location.type, location.city],
    );
  }
  const { rows } = await client.query<{ id: string; code: string; type: string }>(
    `SELECT id, code, type FROM "Location" WHERE code = ANY($1)`,
    [CHAIN.map((location) => location.code)],
  );
  const all = CHAIN.map((location): SeededLocation => {
    const row = rows.find((candidate) => candidate.code === location.code);
    if (!row) throw new Error(`location ${location.code} is missing after the upsert`);
    if (row.type !== location.type) {
      throw new Error(`location ${location.code} exists as a ${row.type}, the seed needs a ${location.type}`);
    }
    return { ...location, id: row.id };
  });
  return {
    all,
    hotels: all.filter((location) => location.type === "hotel"),
    stores: all.filter((location) => location.type === "store"),
  };
}
