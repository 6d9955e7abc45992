import type { CategorySpec } from "../rule";

/**
 * "Always" and "never" used as criticism. Praise uses the same words ("you always make me laugh"),
 * so each rule carries the verbs that make an absolute kind rather than critical.
 */
const PRAISE =
  "(make me laugh|make me smile|make me happy|make me feel better|make me feel loved|make me feel safe|know what|know how|know just|help|support|cheer|brighten|care|take care|look|looked|show up|come through|remember|have my back|believe|get me|understand|surprise|inspire|amaze|impress|light up|put a smile|give the best|find a way|manage|lift|save|got my back|treat me|hear me out|make time|say the right|say the sweetest|say the nicest|make the best|make my day|bring|smell|sound)";

export const absolutes: CategorySpec = {
  id: "absolutes",
  name: "Absolutes",
  description:
    "Criticism with 'always' or 'never' ('you always…', 'you never…'). It turns one moment into a verdict on who they are, and invites them to argue about the exceptions.",
  rules: [
    {
      name: "you-always-never",
      severity: "medium",
      patterns: [
        "you (always|constantly|forever|continually|never|literally) (always|never|ever)? (#Adverb)? [<verb>#Verb]",
        "you (are|were) (always|constantly|forever|never) [<verb>(#Gerund|#Adjective|late|like this|on your phone|somewhere else|busy|the victim|right)]",
        "(every|each) (single)? time (you|we|i) [<verb>#Verb]",
        "you (do|pull) (this|that) (every|all the) (single)? (time|day)",
        "(this|it) (always|never) (happens|changes)",
        "(why|how come) (do|must) you always",
        "(why|how come) (can't|can not|won't|will not) you ever",
        "you (have|'ve) never (once)? (#Adverb)? [<verb>#Verb]",
      ],
      exceptions: [
        `you (always|never|constantly|forever) (#Adverb)? ${PRAISE}`,
        "you never (fail|failed|disappoint|disappointed|let me down|stop|complain|complained|judge|judged|give up|gave up|miss|missed|cease|forget) (to)?",
        "you (have|'ve) never (looked|been) (better|so happy|more beautiful)",
        "you (are|were) always (so|such|the)? (sweet|kind|right|welcome|there|here|good|great|amazing|lovely|thoughtful|generous|patient|funny|fun|supportive|helpful|beautiful|gorgeous|brilliant|honest|loyal|invited|the best|a joy)",
        "you (always|never) (know|knew) (it|this|that)",
        "(if|whether|when|unless|do|did|have|what|whenever) you (always|never)",
        "you never know",
        "you never (have to|need to|had to|needed to|should|should have)",
        "you always (can|could|have to|need to|should|will) (come|call|ask|text|stay|count|talk|rely|tell|reach|crash|borrow|use|cancel|change|reschedule)",
        "every (single)? time (i|we) (see|hear|talk|think|visit|hang)",
      ],
      extendToClause: true,
      message: "'Always' and 'never' turn one hurt into a judgement of who they are, and invite a debate about the exceptions.",
      suggestions: ["When you {verb:past}{rest}, I felt hurt", "It hurts me when you {verb}{rest}", "I felt hurt this time"],
      examples: {
        flag: ["You always do this.", "you never listen to me", "You're always late.", "Every single time you promise, you forget.", "YOU NEVER CALL"],
        pass: ["You always make me laugh.", "you never fail to cheer me up", "You always know what to say.", "I'm not saying you never help."],
      },
    },
  ],
};
