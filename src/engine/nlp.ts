/**
 * The one place compromise is imported. Importing two of its builds into one bundle makes them
 * share and overwrite a global model, which silently changes tagging; every module goes through
 * here so each bundle carries exactly one build ("two": tokenizer, contractions, tagger, verb
 * conjugation; "three" adds chunking the rules do not use, at a third more parse time).
 */
import nlp from "compromise/two";

export default nlp;

export type Doc = ReturnType<typeof nlp>;

/** A term as compromise stores it in `doc.document`. */
export interface Term {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  implicit?: string;
  tags: Set<string>;
}

interface VerbTransforms {
  conjugate(infinitive: string, model: unknown): Record<string, string | undefined>;
  toInfinitive(verb: string, model: unknown, tense?: string): string;
}

type RawPointer = [number, number, number, ...unknown[]];

const world = nlp.world() as unknown as {
  model: unknown;
  methods: {
    one: { match(docs: unknown, todo: { regs: unknown }, cache?: unknown): { ptrs: RawPointer[]; byGroup: Record<string, RawPointer[]> } };
    two: { transform: { verb: VerbTransforms } };
  };
};

/**
 * Runs one pre-parsed pattern on a parsed document and returns compromise's own pointers and
 * named groups: what `doc.match()` computes before wrapping them in a View, which the engine
 * would only unwrap again.
 */
export function matchPointers(doc: Doc, parsed: unknown): { ptrs: RawPointer[]; byGroup: Record<string, RawPointer[]> } {
  return world.methods.one.match((doc as unknown as { docs: unknown }).docs, { regs: parsed });
}
const verbs = world.methods.two.transform.verb;

export type VerbForm = "past" | "gerund" | "infinitive" | "present";

/** Conjugates one verb (given with the tense compromise tagged it with) into `form`. */
export function conjugate(verb: string, tense: string | undefined, form: VerbForm): string {
  const infinitive = tense && tense !== "Infinitive" ? verbs.toInfinitive(verb, world.model, tense) || verb : verb;
  const forms = verbs.conjugate(infinitive, world.model);
  switch (form) {
    case "infinitive":
      return infinitive;
    case "present":
      return forms.PresentTense ?? infinitive;
    case "past":
      return forms.PastTense ?? infinitive;
    case "gerund": {
      // compromise writes "snaping" for "snap"; its past tense knows the doubled consonant.
      const past = forms.PastTense ?? "";
      const doubled = /([bdgklmnprtvz])\1ed$/.exec(past);
      if (doubled && !infinitive.endsWith(doubled[1]! + doubled[1]!)) return past.slice(0, -2) + "ing";
      return forms.Gerund ?? infinitive + "ing";
    }
  }
}

/**
 * Tokenizes and tags a sentence. compromise's full tagger adds a second, rule-based pass
 * (postTagger) that costs about five times the first; the rules only need the lexicon and
 * suffix tags (#Verb, #Adjective, #Adverb, #Gerund, #PastTense, #Copula), which the first pass
 * already gives, so that is all that runs unless the full pass is asked for. The freeze/unfreeze
 * steps around it only protect lexicon tags from the second pass, which does not run here.
 */
export function parse(text: string, full = FULL_TAGGER): Doc {
  if (full) return nlp(text);
  const doc = nlp.tokenize(text);
  // contractionTwo only reads 's, 'd and 't, so a sentence without an apostrophe skips it.
  doc.compute(text.includes("'") ? ["lexicon", "preTagger", "contractionTwo"] : ["lexicon", "preTagger"]);
  return doc;
}

declare const __FULL_TAGGER__: boolean | undefined;
const FULL_TAGGER = typeof __FULL_TAGGER__ !== "undefined" && __FULL_TAGGER__;
