/**
 * Fills a rule's suggestion templates with the words the person actually used, conjugated by
 * compromise: "I didn't mean to yell at you" -> "I'm sorry I yelled at you".
 */
import { conjugate, type VerbForm } from "./nlp";

export interface Capture {
  /** The captured words, as compromise reads them (contractions expanded). */
  words: string[];
  /** The tense compromise tagged the first word with, if it is a verb. */
  tense: string | undefined;
}

const FORMS = new Set<VerbForm>(["past", "gerund", "infinitive", "present"]);
const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

function fill(template: string, captures: ReadonlyMap<string, Capture>, rest: string): string | undefined {
  let missing = false;
  const out = template.replace(PLACEHOLDER, (_, name: string, form?: string) => {
    if (name === "rest") return rest;
    const c = captures.get(name);
    if (!c || c.words.length === 0) {
      missing = true;
      return "";
    }
    const [head, ...tail] = c.words;
    if (form && FORMS.has(form as VerbForm)) return [conjugate(head!, c.tense, form as VerbForm), ...tail].join(" ");
    return c.words.join(" ");
  });
  return missing ? undefined : out;
}

/** "i" as a word is always "I" in a suggestion. */
function fixPronoun(text: string): string {
  return text.replace(/(^|[^\p{L}'])i(?=$|[^\p{L}]|'(?:m|ve|d|ll)\b)/gu, "$1I");
}

function caseFor(text: string, sentenceStart: boolean): string {
  if (sentenceStart) return text.charAt(0).toUpperCase() + text.slice(1);
  return /^I(?:\b|')/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Every template that can be filled, best first, without duplicates. Suggestions replace the
 * flagged words only, so they carry no final punctuation of their own: the sentence's stays.
 */
export function renderSuggestions(
  templates: readonly string[],
  captures: ReadonlyMap<string, Capture>,
  rest: string,
  sentenceStart: boolean,
): string[] {
  const out: string[] = [];
  for (const template of templates) {
    const filled = fill(template, captures, rest);
    if (filled === undefined) continue;
    const text = caseFor(fixPronoun(filled.replace(/\s+/g, " ").trim()).replace(/(?<![.!])[.!]+$/, ""), sentenceStart);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}
