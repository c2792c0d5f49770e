import type { Messages } from "next-intl";
import common from "./common.json";
import glossary from "./glossary.json";
import labels from "./labels.json";
import errors from "./errors.json";
import shell from "./shell.json";
import auth from "./auth.json";
import account from "./account.json";
import secondFactor from "./secondFactor.json";
import search from "./search.json";
import customers from "./customers.json";
import boards from "./boards.json";
import arrivals from "./arrivals.json";
import pickups from "./pickups.json";
import card from "./card.json";
import contactPressure from "./contactPressure.json";
import journal from "./journal.json";
import timeline from "./timeline.json";
import merges from "./merges.json";
import admin from "./admin.json";
import users from "./users.json";
import locations from "./locations.json";
import apiKeys from "./apiKeys.json";
import contactPolicy from "./contactPolicy.json";
import csvImport from "./csvImport.json";
import audit from "./audit.json";
import insights from "./insights.json";
import apiDocs from "./apiDocs.json";
import privacy from "./privacy.json";
import validation from "./validation.json";
import eligibility from "./eligibility.json";
import live from "./live.json";
import managerInsights from "./managerInsights.json";

// Typed against the Dutch messages: a key missing here is a type error (messages.test.ts also checks
// the other direction and that placeholders match).
const messages: Messages = {
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
