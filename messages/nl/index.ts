// The Dutch messages are the source of truth: their shape is the type every key is checked against
// (types/next-intl.d.ts). One file per area; a new area adds its file to both languages and here.
import common from "./common.json" with { type: "json" };
import glossary from "./glossary.json" with { type: "json" };
import labels from "./labels.json" with { type: "json" };
import errors from "./errors.json" with { type: "json" };
import shell from "./shell.json" with { type: "json" };
import auth from "./auth.json" with { type: "json" };
import account from "./account.json" with { type: "json" };
import secondFactor from "./secondFactor.json" with { type: "json" };
import search from "./search.json" with { type: "json" };
import customers from "./customers.json" with { type: "json" };
import boards from "./boards.json" with { type: "json" };
import arrivals from "./arrivals.json" with { type: "json" };
import pickups from "./pickups.json" with { type: "json" };
import card from "./card.json" with { type: "json" };
import contactPressure from "./contactPressure.json" with { type: "json" };
import journal from "./journal.json" with { type: "json" };
import timeline from "./timeline.json" with { type: "json" };
import merges from "./merges.json" with { type: "json" };
import admin from "./admin.json" with { type: "json" };
import users from "./users.json" with { type: "json" };
import locations from "./locations.json" with { type: "json" };
import apiKeys from "./apiKeys.json" with { type: "json" };
import contactPolicy from "./contactPolicy.json" with { type: "json" };
import csvImport from "./csvImport.json" with { type: "json" };
import audit from "./audit.json" with { type: "json" };
import insights from "./insights.json" with { type: "json" };
import apiDocs from "./apiDocs.json" with { type: "json" };
import privacy from "./privacy.json" with { type: "json" };
import validation from "./validation.json" with { type: "json" };
import eligibility from "./eligibility.json" with { type: "json" };
import live from "./live.json" with { type: "json" };
import managerInsights from "./managerInsights.json" with { type: "json" };

const messages = {
  common,
  glossary,
  labels,
  errors,
  shell,
  auth,
  account,
  secondFactor,
  search,
  customers,
  boards,
  arrivals,
  pickups,
  card,
  contactPressure,
  journal,
  timeline,
  merges,
  admin,
  users,
  locations,
  apiKeys,
  contactPolicy,
  csvImport,
  audit,
  insights,
  apiDocs,
  privacy,
  validation,
  eligibility,
  live,
  managerInsights,
};

export default messages;
