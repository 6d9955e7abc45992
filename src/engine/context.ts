/**
 * Reading a match in its sentence: the checks that keep the engine from crying wolf when the words
 * of a defensive move appear but the person is not making it.
 * All functions take the normalized sentence (lower case, standard contractions).
 */

/** Someone else's words reported, or the phrase itself talked about: "she told me ...", "never say ...". */
const REPORTING =
  /(?:^|[^\p{L}'])((?:[\p{L}']+)\s+)?(says|said|say|saying|tells|told|tell|telling|asked|asks|wrote|writes|texted|texts|yelled|screamed|replied|posted|keeps saying|kept saying|called it|the phrase|phrases like|the words|words like|the word|line like|lines like|hearing|heard)\s+((?:me|us|him|her|them|you|people|someone|everyone)\s+)?(?:that\s+)?((?:[\p{L}']+\s+){0,2})$/u;

/** First-person reporting ("I told you I was joking") is the speaker's own move, not a quotation. */
const SPEAKER = new Set(["i", "i've", "i'd", "i'm", "we", "just", "already", "literally"]);

export function isReportedOrMentioned(sentence: string, matchStart: number): boolean {
  const prefix = sentence.slice(Math.max(0, matchStart - 80), matchStart);
  const m = REPORTING.exec(prefix);
  if (!m) return false;
  const subject = m[1]?.trim();
  if (subject && SPEAKER.has(subject)) return false;
  // "I can tell you're upset" is noticing, not reporting.
  if (m[2] === "tell" && (subject === "can" || subject === "could")) return false;
  // "...said it's fine, but you're overreacting": a clause break means the match is the speaker's.
  return !/[,;]|\b(but|and|so)\b/.test(m[4] ?? "");
}

/** "I don't think you're overreacting", "I'm not saying calm down", "it's not that you never help". */
const NEGATED_FRAME =
  /(?:\b(?:do not|does not|did not|don't|doesn't|didn't|never|not|wouldn't|would not|won't|will not)\s+(?:\w+\s+)?(?:think|believe|say|saying|said|mean|meant|feel|claim|claiming|suggest|suggesting|imply|implying|accuse|accusing)|\b(?:it|that) (?:is not|isn't|wasn't|was not|'s not) (?:that|because)|\bit's not that|\bnot that|\bnot because|\b(?:no one|nobody|noone) (?:is saying|said|says|thinks|thought|believes|is calling you|called you)|\bi (?:never|didn't|did not) (?:say|said|call|called you))\s+(?:that\s+)?(?:[\p{L}']+\s+){0,1}$/u;

export function isNegatedFrame(sentence: string, matchStart: number): boolean {
  return NEGATED_FRAME.test(sentence.slice(Math.max(0, matchStart - 60), matchStart));
}

/** A question the writer asks about themselves: "am I overreacting?", "was I being unfair?". */
export function isSelfQuestion(sentence: string): boolean {
  return /\?[\p{Extended_Pictographic}\s]*$/u.test(sentence) &&
    /^\W*(?:(?:ok(?:ay)?|so|honestly|wait|hmm+|um+),?\s+)?(?:am i|was i|do i|did i|have i|had i|should i|could i|would i|is it (?:just )?me|was it me|i wonder if i|do you think i|did you think i|am i the)\b/u.test(sentence);
}

// Words of systems and code only: "your job", "your version of events", "the report" and "the
// slides" are as often the subject of a hurt as of work, so they do not make a sentence technical.
const TECHNICAL_WORDS =
  /\b(?:function|functions|return|returns|null|undefined|bug|bugs|error|errors|log|logs|build|builds|deploy|deployed|commit|commits|pr|merge|merged|branch|query|column|columns|row|rows|api|config|server|code|file|files|variable|script|ticket|spec|param|params|field|fields|endpoint|regex|string|array|spreadsheet|formula|cell|cells|database|db|table|schema|stack|crash|crashed|pipeline|repo|docs|documentation|staging|prod|production|migration|cron|cache|test suite|unit test)\b/;

/** Code in the sentence: call parentheses, operators, file names, snake_case. */
export function looksLikeCode(sentence: string): boolean {
  return /\w\(\)|[=<>{}]|\b\w+_\w+\b|\b\w+\.(?:js|ts|py|json|md|txt|csv|html|css|sql|yml|yaml|sh|java|go|rs)\b|\bnull\b|\bundefined\b/.test(sentence);
}

/**
 * Work talk where "that's not what I meant" clarifies a thing rather than defends a self: a colon
 * introducing the correction, code-like tokens, or vocabulary of documents and systems.
 */
export function isTechnical(sentence: string, matchEnd: number): boolean {
  if (/^\s*:/.test(sentence.slice(matchEnd))) return true;
  if (/[=(){}<>\[\]_]|\w\.\w|\b[a-z]+[A-Z]\w*\b/.test(sentence)) return true;
  return TECHNICAL_WORDS.test(sentence);
}

/** Where the clause that a match starts ends: the object of the verb, not the next thought. */
export function clauseEnd(sentence: string, from: number): number {
  const tail = sentence.slice(from);
  // "so" joins clauses only before a new subject ("…, so I left"); "so much", "so tired" go on.
  const m = /[,;:.!?…()"“”]|\s(?:but|and|because|cause|though|although|since|when|whenever|if|while|or|just|then|until|unless)\b|\sso(?= (?:i|you|we|they|he|she|it|that|this|now|then)\b)|\p{Extended_Pictographic}/u.exec(tail);
  const end = Math.min(m ? from + m.index : sentence.length, from + 60);
  // The cap must not fall between the two halves of an astral character such as an emoji.
  return isLowSurrogate(sentence.charCodeAt(end)) && isHighSurrogate(sentence.charCodeAt(end - 1)) ? end - 1 : end;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The sentence is only this move, give or take an interjection and punctuation ("Fine." "ok whatever"). */
export function isWholeSentence(sentence: string, start: number, end: number): boolean {
  const outside = (sentence.slice(0, start) + " " + sentence.slice(end)).replace(/[^\p{L}\p{N}' ]/gu, " ");
  return outside.split(/\s+/).every((w) => w === "" || /^(ok|okay|oh|well|yeah|yes|sure|god|omg|ugh|wow|then|just|so|jeez|geez|lol|k)$/.test(w));
}

/** An acknowledgment of the other person's feelings, or ownership of one's own part. */
const ACKNOWLEDGMENT = new RegExp(
  [
    String.raw`\bi(?:'m| am) (?:so |really |truly |very |deeply |genuinely )*sorry(?!,? but\b)(?! (?:if|you feel|you felt|that you feel|you're upset|you are upset|you think|you thought)\b)(?:,? (?:that|for|i|about|it|we|my|this|what)\b|\s*$|[.!])`,
    String.raw`\bi apologi[sz]e (?:for|that)\b`,
    String.raw`\b(?:my|our) apologies\b(?! if)`,
    String.raw`\bi hear (?:you|that|how|what)\b`,
    String.raw`\bi (?:can |totally |completely |really )?(?:understand|see|get) (?:why|how|that you|what you|that this|that it)\b`,
    String.raw`\b(?:that|this|it) (?:must|sounds|must've|must have)(?: have)? (?:been|be|felt|feel|sound)\b`,
    String.raw`\b(?:that|this|it) would(?: have)? (?:been|be|feel|make anyone feel) (?:so |really |incredibly |very )?(?:hard|awful|painful|frustrating|upsetting|scary|lonely|hurtful|embarrassing|humiliating|exhausting|infuriating|confusing|terrible|horrible|devastating|overwhelming|stressful|disappointing|unfair)\b`,
    String.raw`\bit sounds like you\b`,
    String.raw`\bit (?:seems|looks) like you(?:'re| are| were| felt)\b`,
    String.raw`\byou(?:'re| are) (?:absolutely |totally |completely )?right\b`,
    String.raw`\byou have every right\b`,
    String.raw`\b(?:your|those) feelings (?:are|make)\b`,
    String.raw`\bthat makes (?:total |complete |so much )?sense\b`,
    String.raw`\bi (?:hurt|upset|let down|disappointed|ignored|dismissed) you\b`,
    String.raw`\bi (?:was wrong|messed up|screwed up|dropped the ball|should have|should've|shouldn't have)\b`,
    String.raw`\bthank you for (?:telling|sharing|being honest|letting me know)\b`,
    String.raw`\bthat's on me\b|\bthat was on me\b|\bmy fault\b(?<!not my fault)`,
    String.raw`\bwhat do you need\b|\bhelp me understand\b|\bwhat(?:'s| is) the hardest part\b`,
    String.raw`\bi can (?:tell|see) (?:you(?:'re| are)|how|this|that)\b`,
  ].join("|"),
);

export function acknowledges(sentence: string): boolean {
  // "I'm sorry if I ignored you" owns nothing: the condition takes it back.
  if (/\b(?:sorry|apologi[sz]e|apologies)\s+if\b/.test(sentence)) return false;
  return ACKNOWLEDGMENT.test(sentence) && !/\bnot my fault\b/.test(sentence);
}

/**
 * Reasons and circumstances offered in one's own defence, scored per sentence: causal links
 * ("because", "that's why", ", so"), the writer's own actions in the past tense ("I was", "I had
 * to", "I figured"), and things that happened to them ("the train was delayed", "my phone died").
 */
const CAUSAL =
  /\b(?:because|bc|cuz|cause|the reason|that's why|that is why|which is why|by the time|so what happened|what happened was)\b|(?:,|\band) (?:so|then)\b|\bso (?:i|we)\b|\bthen (?:i|we|the|my)\b|\bsince (?:i|we|it|the|my|he|she|they)\b/g;
const OWN_PAST =
  /\b(?:i|we)(?: (?:just|only|already|even|literally|actually|really|also|then|had|was|never|did not|didn't))? (?:[a-z]+ed|was|were|had|did|didn't|couldn't|wasn't|went|got|left|ran|sent|said|thought|wrote|kept|made|took|came|saw|knew|told|gave|found|fell|paid|put|spent|brought|bought|caught|meant|heard|forgot|ate|sat|stood|drove|cc'd|'d)\b/;
const CIRCUMSTANCE =
  /\b(?:the|my|our|his|her|their) [\p{L}']+(?: [\p{L}']+)? (?:was|were|had|died|broke|went|came|changed|moved|took|ran|got|said|sold|closed|stopped|missed|messed|decided)\b/u;

export function explanationScore(sentence: string): number {
  const causal = Math.min(2, sentence.match(CAUSAL)?.length ?? 0);
  if (causal === 0 && !OWN_PAST.test(sentence) && !CIRCUMSTANCE.test(sentence)) return 0;
  return causal * 2 + (OWN_PAST.test(sentence) ? 1 : 0) + (CIRCUMSTANCE.test(sentence) ? 1 : 0);
}
