/**
 * The acknowledgment helper: which feelings the other person's message names, and warm,
 * specific ways to say back that you heard them. Plain data and string work; no DOM.
 */

export interface Feeling {
  id: string;
  /** The word as it reads after "you felt ...": "hurt", "let down". */
  label: string;
  /**
   * Words and phrases that signal it, matched case-insensitively on word boundaries. A space
   * between words also matches a few intensifiers ("felt small" matches "felt really small").
   */
  words: readonly string[];
  /** A line that meets this feeling, said after naming it. */
  support: string;
  /** What they might need instead: "What would help you feel <need> right now?" */
  need?: string;
}

export const FEELINGS: readonly Feeling[] = [
  {
    id: "hurt",
    label: "hurt",
    words: ["hurt", "hurts", "hurting", "hurtful", "painful", "wounded", "upset", "upsetting", "heartbroken", "crushed", "stung", "cried", "crying", "in tears"],
    support: "Your feelings matter to me.",
  },
  {
    id: "overwhelmed",
    label: "overwhelmed",
    words: ["overwhelmed", "overwhelming", "too much", "drowning", "swamped", "can't cope", "cannot cope", "buried", "stretched thin", "can't keep up"],
    support: "That's a lot to carry, and you don't have to carry it alone.",
    need: "supported",
  },
  {
    id: "ignored",
    label: "ignored",
    words: [
      "ignored", "ignore me", "ignoring me", "invisible", "unheard", "don't listen", "never listen", "not listening",
      "doesn't listen", "didn't listen", "don't hear me", "never hear me", "brushed off", "brush me off", "brushed me off",
      "dismissed", "dismissive", "left on read", "no reply", "never replied", "didn't reply", "didn't even reply",
    ],
    support: "You matter to me, and I want to hear you.",
    need: "heard",
  },
  {
    id: "disrespected",
    label: "disrespected",
    words: [
      "disrespected", "disrespectful", "disrespect", "felt small", "made me feel small", "belittled", "belittling",
      "talked down", "talk down", "condescending", "patronizing", "patronising", "insulted", "insulting", "mocked",
      "like a child", "like an idiot", "like I'm stupid",
    ],
    support: "You deserve to be treated with respect.",
    need: "respected",
  },
  {
    id: "unappreciated",
    label: "unappreciated",
    words: [
      "unappreciated", "underappreciated", "not appreciated", "don't appreciate", "never appreciate", "taken for granted",
      "take me for granted", "undervalued", "unvalued", "thankless", "never thank", "never thanked", "didn't thank",
      "unnoticed", "don't notice", "never notice", "doesn't notice", "nobody notices", "no one notices",
      "nobody appreciates", "always the one",
    ],
    support: "I see how much you do, and I'm grateful for it.",
    need: "appreciated",
  },
  {
    id: "embarrassed",
    label: "embarrassed",
    words: [
      "embarrassed", "embarrassing", "humiliated", "humiliating", "ashamed", "mortified", "felt small",
      "made me feel small", "made a fool", "in front of everyone", "in front of", "so awkward",
    ],
    support: "That must have been really uncomfortable.",
  },
  {
    id: "lonely",
    label: "lonely",
    words: ["lonely", "alone", "isolated", "left out", "on my own", "by myself", "abandoned", "no one to talk to", "nobody to talk to", "excluded"],
    support: "You're not alone in this. I'm here.",
    need: "less alone",
  },
  {
    id: "scared",
    label: "scared",
    words: ["scared", "afraid", "frightened", "terrified", "fear", "frightening", "scary", "freaked out", "unsafe"],
    support: "That sounds frightening, and I'm here with you.",
    need: "safe",
  },
  {
    id: "frustrated",
    label: "frustrated",
    words: ["frustrated", "frustrating", "annoyed", "irritated", "angry", "mad", "furious", "pissed", "fed up", "sick of", "had enough", "sick and tired"],
    support: "Your frustration makes sense.",
  },
  {
    id: "let-down",
    label: "let down",
    words: [
      "let down", "let me down", "disappointed", "disappointing", "betrayed", "broke your promise", "you promised",
      "counted on you", "relied on you", "bailed", "flaked", "stood me up",
    ],
    support: "I understand why, and I want to make it right.",
  },
  {
    id: "anxious",
    label: "anxious",
    words: ["anxious", "anxiety", "worried", "worrying", "nervous", "stressed", "stressing", "on edge", "panicking", "panic", "uneasy", "freaking out"],
    support: "That sounds really stressful. I'm here.",
    need: "calmer",
  },
  {
    id: "exhausted",
    label: "exhausted",
    words: ["exhausted", "exhausting", "tired", "drained", "worn out", "burnt out", "burned out", "burnout", "running on empty", "no energy", "wiped out"],
    support: "You've been carrying so much.",
    need: "rested",
  },
];

/** Small words that may sit between a phrase's words: "felt really small", "so fed up". */
const FILLER = "(?:(?:really|so|very|pretty|kind of|kinda|totally|completely|just|a bit|a little|quite|too|even|ever|actually|always)\\s+)*";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A phrase as a pattern: any apostrophe, any run of spaces, and optional fillers between words. */
function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escape(word).replace(/'/g, "['’]"))
    .join(`\\s+${FILLER}`);
}

const PATTERNS: readonly { id: string; re: RegExp }[] = FEELINGS.map((f) => ({
  id: f.id,
  // Longest phrases first, so "made me feel small" is tried before "small"-less ones.
  re: new RegExp(
    `(?<![\\p{L}\\p{N}'’])(?:${[...f.words].sort((a, b) => b.length - a.length).map(phrasePattern).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  ),
}));

/** "not", "never", "n't", possibly with a filler, right before a match: "I'm not upset", "wasn't even mad". */
const NEGATED_BEFORE = new RegExp(`(?:\\bnot|\\bnever|n['’]t|\\bno longer)\\s+${FILLER}$`, "i");

/** Phrases whose own words carry the negation, so a "not"/"never" before them is not a denial. */
function selfNegating(match: string): boolean {
  return /^(?:not|never|no|don|doesn|didn)\b/i.test(match);
}

/** Everyday phrases that contain a feeling word without meaning it: "leave me alone", "alone time". */
const NOT_A_FEELING = /\bleave (?:me|us|it|him|her|them) alone\b|\balone time\b|\bfear not\b|\btoo much (?:fun|food|coffee)\b/giu;

function insideException(text: string, start: number, end: number): boolean {
  NOT_A_FEELING.lastIndex = 0;
  for (let m = NOT_A_FEELING.exec(text); m; m = NOT_A_FEELING.exec(text)) {
    if (m.index <= start && end <= m.index + m[0].length) return true;
  }
  return false;
}

/**
 * The feelings the text names, as FEELINGS ids in FEELINGS order. Matches words and phrases on
 * word boundaries, case-insensitively, with a few intensifiers allowed inside a phrase ("I felt
 * really small", "you never even listen to me"); a plainly negated word ("I'm not upset") does
 * not count.
 */
export function feelingsIn(text: string): string[] {
  const found: string[] = [];
  for (const { id, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (!selfNegating(m[0]) && NEGATED_BEFORE.test(before)) continue;
      if (insideException(text, m.index, m.index + m[0].length)) continue;
      found.push(id);
      break;
    }
  }
  return found;
}

function feelingById(id: string): Feeling | undefined {
  return FEELINGS.find((f) => f.id === id);
}

/** "hurt", "hurt and ignored", "hurt, ignored and let down". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? "";
  return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

function normalizeForCompare(s: string): string {
  return s.trim().replace(/\s+/g, " ").replace(/[’‘]/g, "'").toLowerCase();
}

/** Generic phrasings for when no feeling is chosen. */
const GENERIC = [
  "It sounds like this really hurt.",
  "I want to understand how this felt for you.",
  "Thank you for telling me. I'm listening.",
  "What would help most right now?",
];

/**
 * Ways to acknowledge the chosen feelings: the person's own phrasings first (as written), then
 * 3-6 built on the feeling words; without a chosen feeling, generic ones. No duplicates (compared
 * ignoring case, spacing and apostrophe style). Unknown ids are ignored.
 */
export function acknowledgmentsFor(feelings: string[], own: string[] = []): string[] {
  const chosen = [...new Set(feelings)].map(feelingById).filter((f): f is Feeling => f !== undefined);
  const built: string[] = [];
  if (chosen.length === 0) {
    built.push(...GENERIC);
  } else {
    const named = chosen.slice(0, 3);
    const [first, second] = named;
    built.push(`It sounds like you felt ${joinLabels(named.map((f) => f.label))}, and that makes sense.`);
    built.push(`I'm sorry I made you feel ${first!.label}. ${first!.support}`);
    if (second) built.push(`I can see why you'd feel ${second.label}. ${second.support}`);
    const needs = named.map((f) => f.need).filter((n): n is string => n !== undefined);
    built.push(needs.length > 0 ? `What would help you feel ${needs[0]} right now?` : "What would help most right now?");
    built.push(`Thank you for telling me you felt ${first!.label}. I want to understand it better.`);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const phrase of [...own, ...built]) {
    const key = normalizeForCompare(phrase);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(phrase.trim());
  }
  return out;
}
