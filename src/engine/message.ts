/**
 * The draft as a whole: whether it defends without ever meeting the other person's feelings, and
 * the message-level suggestions (an opener, a curious question, a repair line).
 */
import type { Finding, MessageSuggestion, Severity } from "./types";

export const UNACKNOWLEDGED = {
  rule: "unacknowledged/explains-without-acknowledging",
  category: "unacknowledged" as const,
  severity: "medium" as Severity,
  message:
    "This explains your side at length but never names how they feel; reasons land better after they feel heard.",
};

/**
 * How much explaining makes a draft "defending at length": a causal link (2) plus the writer's
 * own past actions or circumstances (1 each), summed over the draft.
 */
const EXPLANATION_NEEDED = 4;
const WORDS_NEEDED = 12;

export interface SentenceFacts {
  start: number;
  end: number;
  explains: number;
}

/** Whether the text has at least `n` words, without splitting all of it. */
function hasWords(text: string, n: number): boolean {
  const word = /[\p{L}']+/gu;
  let count = 0;
  while (word.exec(text)) if (++count >= n) return true;
  return false;
}

/**
 * The finding for a draft that explains itself at length and acknowledges nothing, if it is one.
 * `explaining` holds the draft's sentences that explain (score > 0), in order; the caller has
 * already checked that no sentence acknowledges.
 */
export function unacknowledgedFinding(text: string, explaining: readonly SentenceFacts[], findings: readonly Finding[]): Finding | undefined {
  const score = explaining.reduce((sum, f) => sum + f.explains, 0);
  if (score < EXPLANATION_NEEDED || !explaining.some((f) => f.explains >= 2)) return undefined;
  if (!hasWords(text, WORDS_NEEDED)) return undefined;
  // A defence is about oneself, to someone: prose that explains events in the third person is not.
  if (!/\b(?:i|i'm|i've|i'd|me|my|we|us|our|you|your)\b/i.test(text)) return undefined;
  // Findings are sorted by start: walk both lists once.
  let i = 0;
  const target = explaining.find((f) => {
    while (i < findings.length && findings[i]!.end <= f.start) i++;
    const next = findings[i];
    return !next || next.start >= f.end;
  });
  if (!target) return undefined;
  let end = target.end;
  while (end > target.start && /[\s.,;:!?…]/.test(text[end - 1]!)) end--;
  const excerpt = text.slice(target.start, end);
  return {
    ...UNACKNOWLEDGED,
    start: target.start,
    end,
    excerpt,
    suggestions: [
      { text: `I'm sorry this hurt you. ${excerpt}`, label: "Lead with their feelings, then explain" },
      { text: "I can see why you're upset, and I want to hear you out before I explain myself", label: "Listen first" },
    ],
  };
}

const FEELINGS =
  /\b(hurt|upset|angry|mad|frustrated|sad|disappointed|overwhelmed|ignored|annoyed|stressed|embarrassed|jealous|lonely|anxious|scared|unheard|left out|let down|betrayed|worried|exhausted|humiliated|dismissed)\b/i;

/** Message-level suggestions for a draft with findings; the person's own openers come first. */
export function messageSuggestions(text: string, findings: readonly Finding[], ownAcknowledgments: readonly string[] = []): MessageSuggestion[] {
  if (findings.length === 0) return [];
  const feeling = FEELINGS.exec(text)?.[1]?.toLowerCase();
  const openers: MessageSuggestion[] = ownAcknowledgments
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: "opener", text: t, label: "Your own words" }));
  openers.push({
    kind: "opener",
    text: feeling
      ? `It sounds like you're feeling really ${feeling}, and that matters to me.`
      : "I can hear how much this hurt you, and I'm sorry.",
    label: "Start by naming what they feel",
  });
  const suggestions: MessageSuggestion[] = [
    ...openers,
    { kind: "question", text: "What was the hardest part of this for you?", label: "Get curious" },
    { kind: "question", text: "What would help most from me right now?", label: "Ask what they need" },
  ];
  if (findings.some((f) => f.severity !== "low")) {
    suggestions.push({
      kind: "repair",
      text: "I think I got defensive just now. I'd really like to understand how this felt for you.",
      label: "Name it and come back",
    });
  }
  return suggestions;
}
