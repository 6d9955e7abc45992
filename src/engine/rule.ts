/**
 * What a rule is: data. A category file lists its rules; adding a rule touches no engine code.
 *
 * Patterns use compromise's match syntax and run against the normalized sentence (lower case,
 * standard contractions), so `you are` also matches "you're", "youre" and "YOU'RE". Use `#Copula`
 * or spelled-out forms, never `{be}`: compromise's `{be}` does not match am/are/were.
 */
import type { CategoryId, Severity } from "./types";

export interface RuleExamples {
  /** Each must produce a finding of this rule. */
  flag: string[];
  /** Each must produce no finding of this rule. */
  pass: string[];
}

export interface RuleSpec {
  /** Unique within its category; the finding's rule id is "<category>/<name>". */
  name: string;
  severity: Severity;
  /** compromise match patterns; any may match. Named groups ([<verb>#Verb]) feed the suggestions. */
  patterns: string[];
  /**
   * Patterns that, where they match overlapping a finding in the same sentence, cancel it
   * ("no big deal [if you can't come]").
   */
  exceptions?: string[];
  /**
   * The highlight runs on to the end of the clause ("I didn't mean to yell" -> "... at you"), and
   * that tail is available to suggestions as {rest}.
   */
  extendToClause?: boolean;
  /** Dropped when the draft already acknowledged the other person's feelings before this point. */
  unlessAcknowledged?: boolean;
  /** Dropped in sentences that read as technical or factual work talk (code, logs, dates). */
  notInTechnicalContext?: boolean;
  /** Only when the whole sentence is this move ("Fine." or "Whatever." on its own). */
  wholeSentence?: boolean;
  /** One line on why this phrasing may land badly. */
  message: string;
  /**
   * Replacements for the flagged words, best first. Templates may use {group} and
   * {group:past|gerund|infinitive|present} for conjugated verbs, {rest} for the clause tail.
   */
  suggestions: string[];
  examples: RuleExamples;
}

export interface CategorySpec {
  id: CategoryId;
  /** Shown on the card. */
  name: string;
  /** What this move is, for the options page and docs. */
  description: string;
  rules: RuleSpec[];
}
