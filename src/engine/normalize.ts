/**
 * Chat spelling -> the spelling compromise's lexicon knows, with a map back to the original.
 *
 * compromise tags "thats", "youre" or "didnt" as nouns, reads ALL CAPS words as acronyms, and treats
 * a curly apostrophe differently from a straight one. People write exactly like that when they are
 * upset, so every sentence is rewritten to lower case, straight apostrophes and standard
 * contractions before parsing. Each normalized UTF-16 unit remembers the original range it came
 * from, so a match on the normalized text maps back to exact offsets in the person's text.
 */

export interface Normalized {
  text: string;
  /**
   * For normalized unit i: the original range [origStart[i], origEnd[i]) that produced it.
   * Absent when the normalized text maps one-to-one onto the original from `base`.
   */
  origStart?: Uint32Array;
  origEnd?: Uint32Array;
  base: number;
}

/** Whole-word chat spellings. Keys are lower case, without apostrophes. */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  thats: "that's", whats: "what's", wheres: "where's", whos: "who's", hows: "how's",
  theres: "there's", heres: "here's", youre: "you're", youve: "you've", youll: "you'll",
  youd: "you'd", theyre: "they're", theyve: "they've", im: "i'm", ive: "i've",
  hes: "he's", shes: "she's", dont: "don't", didnt: "didn't", doesnt: "doesn't", cant: "can't",
  wont: "won't", isnt: "isn't", wasnt: "wasn't", werent: "weren't", arent: "aren't",
  havent: "haven't", hasnt: "hasn't", hadnt: "hadn't", couldnt: "couldn't",
  shouldnt: "shouldn't", wouldnt: "wouldn't", mustnt: "mustn't", aint: "ain't",
  wouldve: "would've", shouldve: "should've", couldve: "could've", mightve: "might've",
  u: "you", ya: "you", yu: "you", r: "are", ppl: "people", bc: "because", cuz: "because",
  coz: "because", cos: "because", bcuz: "because", becuz: "because", wat: "what", wut: "what",
  tho: "though", thru: "through", pls: "please", plz: "please", thx: "thanks",
  rn: "right now", idk: "i don't know", idc: "i don't care", nvm: "never mind", dunno: "don't know",
  srsly: "seriously", ofc: "of course", w: "with", abt: "about", bout: "about",
};

/** Words after which a bare "its" is almost always "it's" (possessive "its" is followed by a noun). */
const ITS_IS_IT_IS = new Set(
  ("not a an the just only so too really fine ok okay over been going gonna like your ur my all never always " +
    "no nothing true because about what that you me him her them literally honestly totally actually kind " +
    "sort funny hard easy late fair unfair time on off up ridiculous insane crazy stupid obvious clear " +
    "been getting still already probably definitely literally almost barely also called who how when why " +
    "done fine good bad better worse nice weird sad annoying exhausting frustrating").split(" "),
);

/** After "ur", these continue "you're"; anything else reads as "your". */
const UR_IS_YOU_ARE = new Set(
  ("being so too just not always never really totally literally overreacting acting making " +
    "right wrong crazy insane ridiculous paranoid dramatic sensitive kidding joking lying unbelievable " +
    "impossible welcome the a an gonna going sure one supposed probably such obviously clearly honestly " +
    "seriously actually acting getting doing trying lucky wrong late mad upset jealous selfish hurt offended " +
    "angry sad annoyed pissed crying whining sulking overthinking blowing imagining lying unreal exhausting").split(" "),
);

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const NEEDS_MAP = /[\u200B-\u200D\u2060\uFEFF\u00AD’‘`´]/;

/** Whether any word is a chat spelling, in one regex pass instead of a lookup per word. */
const CHAT_WORD = new RegExp(`(?<![\\p{L}'])(?:${[...Object.keys(CHAT_WORDS), "its", "ur"].join("|")})(?![\\p{L}'])`, "u");
const WORD = /[\p{L}\p{N}'’‘`´]+/gu;

class Builder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  push(text: string, origStart: number, origEnd: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(origStart);
      this.ends.push(origEnd);
    }
  }
  done(base: number): Normalized {
    return {
      text: this.parts.join(""),
      origStart: Uint32Array.from(this.starts),
      origEnd: Uint32Array.from(this.ends),
      base,
    };
  }
}

function lowerUnit(ch: string): string {
  const lower = ch.toLowerCase();
  // Rare characters change length when lowered (İ -> i̇); keep them so the map stays one-to-one.
  return lower.length === ch.length ? lower : ch;
}

/** Copies text[from, to) unit by unit: lower case, straight apostrophes, no zero-width characters. */
function copyPlain(b: Builder, text: string, from: number, to: number, base: number): void {
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ZERO_WIDTH.test(ch)) continue;
    const out = ch === "’" || ch === "‘" || ch === "`" || ch === "´" ? "'" : lowerUnit(ch);
    b.push(out, base + i, base + i + 1);
  }
}

function nextWord(text: string, from: number): string {
  const m = /^[\s\u200B-\u200D\u2060\uFEFF]*([\p{L}']+)/u.exec(text.slice(from, from + 40));
  return m ? m[1]!.toLowerCase().replace(/’/g, "'") : "";
}

function chatReplacement(word: string, text: string, after: number): string | undefined {
  const bare = word.replace(/['’‘`´]/g, "");
  if (bare === "its" && !word.includes("'")) return ITS_IS_IT_IS.has(nextWord(text, after)) ? "it's" : undefined;
  if (bare === "ur" && word === "ur") {
    const next = nextWord(text, after);
    return UR_IS_YOU_ARE.has(next) || /(ing|ed)$/.test(next) ? "you're" : "your";
  }
  // Only words written without an apostrophe are chat spellings ("won't" is already right).
  if (bare !== word) return undefined;
  return CHAT_WORDS[bare];
}

/**
 * Normalizes `text` (a sentence of the original), whose first unit is at `base` in the original.
 * Never throws: anything it does not recognise is copied through.
 */
export function normalize(text: string, base = 0): Normalized {
  // Most sentences need nothing but lower case: skip the per-character map when lowering keeps
  // every offset and no chat spelling, curly apostrophe or zero-width character is present.
  const lower = text.toLowerCase();
  if (lower.length === text.length && !NEEDS_MAP.test(text) && !CHAT_WORD.test(lower)) return { text: lower, base };
  const b = new Builder();
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = m[0].toLowerCase();
    const replacement = chatReplacement(word.replace(/[’‘`´]/g, "'"), text, end);
    if (replacement === undefined) continue;
    copyPlain(b, text, last, start, base);
    b.push(replacement, base + start, base + end);
    last = end;
  }
  copyPlain(b, text, last, text.length, base);
  return b.done(base);
}

/** Maps a normalized range back to the original: the smallest original range that produced it. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const last = n.text.length - 1;
  if (last < 0) return [n.base, n.base];
  const a = Math.max(0, Math.min(start, last));
  const b = Math.max(a, Math.min(end - 1, last));
  if (!n.origStart || !n.origEnd) return [n.base + a, end <= start ? n.base + a : n.base + b + 1];
  return [n.origStart[a]!, end <= start ? n.origStart[a]! : n.origEnd[b]!];
}
