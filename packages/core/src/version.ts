/** Bumped whenever a rule table or an analyzer changes what it finds. Stored with every verdict. */
export const RULESET_VERSION = '2026.11.29-1';
