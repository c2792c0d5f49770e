// An occasional customer: came once (a stay or an order), maybe read a few newsletters before
// unsubscribing, and that is about it. Most customers of a large data set look like this.
import { addSession } from "./browsing";
import { ConsentState, recordConsent } from "./consents";
import { addFirstTouch } from "./first-touch";
import type { Journey } from "./journey";
import { Marketing } from "./marketing";
import { addOrder, RECENT_ORDER_GAP } from "./orders";
import { isGuest, isShopper, type Scenarios } from "./scenarios";
import { addTrivial } from "./service";
import { addStay } from "./stays";
import { DAY, HOUR, MINUTE } from "./time";

export function generateOccasionalJourney(journey: Journey, scenarios: Scenarios): void {
  const { rng, now, ctx } = journey;
  const t0 = now - rng.between(20, 1100) * DAY;
  const hotel = rng.pick(ctx.locations.hotels);
  const store = rng.pick(ctx.locations.stores);
  const { signupAt, firstStay } = addFirstTouch(journey, scenarios, t0, hotel, store);
  const randomTime = (until = now) => rng.between(t0 + HOUR, Math.max(t0 + HOUR, until));

  const consents = new ConsentState();
  const consentAt = signupAt + rng.between(1, 10) * MINUTE;
  if (rng.chance(0.4)) {
    recordConsent(journey, "newsletter/email", "granted", consentAt, "web");
    consents.grant("newsletter/email", consentAt);
    const unsubscribeAt = consentAt + rng.between(20, 150) * DAY;
    if (unsubscribeAt < now) {
      recordConsent(journey, "newsletter/email", "denied", unsubscribeAt, "web");
      consents.withdraw("newsletter/email", unsubscribeAt);
    }
  } else {
    recordConsent(journey, "newsletter/email", "denied", consentAt, "web");
  }
  const marketing = new Marketing(journey, consents);
  marketing.newsletters(signupAt);

  if (isGuest(scenarios) && !firstStay) {
    const stay = addStay(journey, hotel, randomTime());
    if (stay.checkOutAt !== null)
      marketing.survey(stay.checkOutAt, `the stay in ${stay.city}`, hotel.id, "stay");
  } else if (isShopper(scenarios)) {
    const order = addOrder(journey, randomTime(now - RECENT_ORDER_GAP), ctx.locations.stores, { store });
    if (order.completedAt !== null)
      marketing.survey(order.completedAt, `order #${order.orderNumber}`, order.locationId, "order");
  }
  if (rng.chance(0.35))
    addSession(journey, randomTime(), isGuest(scenarios), isGuest(scenarios) ? hotel.city : store.city);
  if (rng.chance(0.15)) addTrivial(journey, randomTime());
}
