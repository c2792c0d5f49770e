// One customer (regular or occasional): person, journey, identities, locations and finally the Customer
// row, whose first and last seen come from the events just generated.
import { addIdentities } from "./identities";
import { Journey, type JourneyContext } from "./journey";
import { generateJourney } from "./journeys";
import { generateOccasionalJourney } from "./occasional";
import { createPerson, type Person } from "./people";
import { Rng } from "./random";
import { isShopper, scenariosOf } from "./scenarios";
import { field } from "./copy";
import { iso } from "./time";

export function writeCustomerRow(journey: Journey, person: Person): void {
  const firstSeen = iso(journey.firstSeenAt);
  const lastSeen = Number.isFinite(journey.lastSeenAt) ? iso(journey.lastSeenAt) : firstSeen;
  journey.ctx.buffers.Customer.add(
    `${journey.customerId}\t${field(person.firstName)}\t${field(person.lastName)}\t${field(person.preferredName)}\t` +
      `${field(person.salutation)}\t${person.language}\t${person.birthDate ?? "\\N"}\t${field(person.street)}\t` +
      `${field(person.postalCode)}\t${field(person.city)}\t${person.country}\tEurope/Amsterdam\t${field(person.searchName)}\t` +
      `${journey.firstTouchChannel ?? "\\N"}\t${field(journey.firstTouchSource)}\t${firstSeen}\t${lastSeen}\t${firstSeen}\t` +
      `${iso(journey.now)}\n`,
  );
}

export function generateCustomer(ctx: JourneyContext, index: number): void {
  const rng = new Rng(index, 0x5eed);
  const scenarios = scenariosOf(index);
  const person = createPerson(index, rng);
  const journey = new Journey(ctx, index, rng);
  if (scenarios.isOccasional) generateOccasionalJourney(journey, scenarios);
  else generateJourney(journey, scenarios);
  addIdentities(journey, person, isShopper(scenarios));
  journey.flushLocations();
  writeCustomerRow(journey, person);
}
