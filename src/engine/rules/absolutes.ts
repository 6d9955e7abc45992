import type { CategorySpec } from "../rule";

/**
 * "Always" and "never" used as criticism. Praise uses the same words ("you always make me laugh"),
 * so each rule carries the verbs that make an absolute kind rather than critical. Praise verbs
 * only rescue "always": "you never help" and "you never make me laugh anymore" are complaints.
 */
const PRAISE =
  "(make me laugh|make me smile|make me happy|make me feel better|make me feel loved|make me feel safe|make me feel at home|make me feel welcome|make me feel special|make me feel seen|know what|know how|know just|help|support|cheer|brighten|care|take care|look|looked|show up|come through|remember|have my back|believe|get me|understand|surprise|inspire|amaze|impress|light up|put a smile|give the best|find a way|find the best|find the perfect|pick the best|pick the perfect|have the best|manage|lift|save|got my back|treat me|hear me out|make time|say the right|say the sweetest|say the nicest|make the best|make my day|bring|smell|sound)";

/** Adverbs that may sit between "always"/"never" and the verb without changing the move. */
const MID = "(once|even|ever|really|just|actually|seriously|literally|still|truly)";

/**
 * Objects that end in "you", which the clause tail would cut off ("make everything about| you"),
 * so they are taken into the verb.
 */
const VERB = "[<verb>#Verb (thank you|everything about you|it about you|this about you|things about you|everything about yourself|it about yourself)?]";

/** What someone "is always"/"is never": a state or an ongoing action. */
const STATE =
  "(on time|on your phone|on my side|somewhere else|the victim|like this|like that|around|there|here|home|ready|available|late|busy|#Gerund|#Adjective)";

/** Things one may say "you're always/never ..." about kindly. */
const KIND_STATE =
  "(so|such|the)? (sweet|kind|right|welcome|there|here|good|great|amazing|lovely|thoughtful|generous|patient|funny|fun|supportive|helpful|beautiful|gorgeous|brilliant|honest|loyal|invited|the best|a joy|in my corner)";

/** The phrases talked about rather than used: "'you always' and 'you never' are ...", "it's not that you always ...". */
const MENTION = [
  "(you always|you never) (and|or) (you always|you never)",
  "(you always|you never) (are|is) (the|a|two|words|phrases|red flags)",
  "not (that|because) you (always|never|constantly|forever)",
];

export const absolutes: CategorySpec = {
  id: "absolutes",
  name: "Absolutes",
  description:
    "Criticism with 'always' or 'never' ('you always…', 'you never…'). It turns one moment into a verdict on who they are, and invites them to argue about the exceptions.",
  rules: [
    {
      name: "you-always",
      severity: "medium",
      patterns: [
        `you (always|constantly|forever|continually|literally) (always|constantly)? ${MID}? ${VERB}`,
        `(why|how come) (do|does|must) you (always|constantly) ${VERB}`,
      ],
      exceptions: [
        `you (always|constantly|forever|literally) (always)? (#Adverb)? ${PRAISE}`,
        "you (always|constantly) (#Adverb)? #Verb (the|such)? (best|perfect|nicest|greatest|coolest|sweetest|funniest|cutest|kindest|most)",
        "you (always|forever) (know|knew) (it|this|that)",
        "you always (can|could|have to|need to|should|will) (come|call|ask|text|stay|count|talk|rely|tell|reach|crash|borrow|use|cancel|change|reschedule)",
        "(if|whether|when|unless|what|whenever) you (always|constantly)",
        "^(do|did|have|would|will) you (always|constantly)",
        "(!why) (do|did|have) you (always|constantly)",
        "you (always|constantly|literally) (always)? do (this|that) thing (where|when)",
        ...MENTION,
      ],
      extendToClause: true,
      message: "'Always' turns one hurt into a judgement of who they are, and invites a debate about the exceptions.",
      suggestions: ["When you {verb:past}{rest}, I felt hurt", "It hurts me when you {verb:infinitive}{rest}", "I felt hurt this time"],
      examples: {
        flag: [
          "You always do this.",
          "you constantly cut me off when I talk",
          "Why do you always turn everything into a fight?",
          "you literally always forget to text back",
        ],
        pass: [
          "You always make me laugh.",
          "You always know what to say.",
          "you always pick the best movies",
          "Do you always take the early train?",
          "It's not that you always forget, this one just mattered.",
        ],
      },
    },
    {
      name: "you-never",
      severity: "medium",
      patterns: [
        `you (never|literally never) (ever)? ${MID}? ${VERB}`,
        `you (have|had) never ${MID}? [<verb>#Verb]`,
        `(why|how come) (can not|will not|do not|does not) you ever ${MID}? ${VERB}`,
      ],
      exceptions: [
        "you never (fail|failed|disappoint|disappointed|let me down|stop|complain|complained|judge|judged|give up|gave up|miss|missed|cease|forget|forgot) (to)?",
        "you (have|had) never (looked|been|sounded) (better|so happy|more beautiful)",
        "you (have|had) never (once|even|ever|really)? been",
        "you never (know|knew) (it|this|that)",
        "you never know",
        "you never (knew|know|could tell|can tell) (what|when|who|how|if|whether|where)",
        "you never (are|were|is) (late|wrong|alone|absent)",
        "you never (have to|need to|had to|needed to|should|should have)",
        "(if|whether|when|unless|what|whenever) you (never|have never)",
        "^(do|did|have|would|will) you (never|ever)",
        "(!why) (do|did|have) you (never|ever)",
        ...MENTION,
      ],
      extendToClause: true,
      message: "'Never' turns one hurt into a judgement of who they are, and invites a debate about the one time they did.",
      suggestions: [
        "I felt hurt when you didn't {verb:infinitive}{rest}",
        "It would mean a lot to me if you {verb:past}{rest}",
        "I felt hurt this time",
      ],
      examples: {
        flag: [
          "you never listen to me",
          "YOU NEVER CALL",
          "u never help with the dishes",
          "You've never once apologized for that.",
          "Why can't you ever just text back?",
          "You never remember what I tell you.",
        ],
        pass: [
          "you never fail to cheer me up",
          "u never forget my birthday, thank you",
          "You never know what you'll find there.",
          "I'm not saying you never help.",
          "Have you never tried sushi?",
        ],
      },
    },
    {
      name: "this-thing-you-do",
      severity: "medium",
      patterns: ["you (always|constantly|literally) (always)? do (this|that) thing (where|when)"],
      exceptions: [`(this|that) thing (where|when) you (#Adverb)? ${PRAISE}`],
      message: "'You always do this thing' turns one hurt into a verdict on who they are; naming how it lands on you keeps it talkable.",
      suggestions: ["It's hard for me when", "I feel stressed when", "I get frustrated when"],
      examples: {
        flag: ["You always do this thing where you promise and then forget.", "you literally always do that thing when you sulk"],
        pass: ["You always do this thing where you make me laugh at the worst time.", "I always do this thing where I overbook myself"],
      },
    },
    {
      name: "you-are-always",
      severity: "medium",
      patterns: [`you (are|were) (always|constantly|forever) (so|too|just|really)? [<state>${STATE}]`],
      exceptions: [`you (are|were) always ${KIND_STATE}`, ...MENTION],
      extendToClause: true,
      message: "'Always' turns one hurt into a judgement of who they are, and invites a debate about the exceptions.",
      suggestions: ["I felt hurt when you were {state}{rest}", "It hurt me that you were {state}{rest} this time", "I felt hurt this time"],
      examples: {
        flag: ["You're always late.", "you're constantly on your phone at dinner", "You were always so busy with work."],
        pass: ["You're always there when I need you.", "you're always so sweet to my mom"],
      },
    },
    {
      name: "you-are-never",
      severity: "medium",
      patterns: [`you (are|were) never (really|even|ever)? [<state>${STATE}]`, `you (have|had) never (really|even|once)? been [<state>${STATE}]`],
      exceptions: [
        "you (are|were) never (really|even)? (wrong|boring|late|rude|mean|unkind|alone|a bother|a burden|too much|in the way)",
        "you (have|had) never (really|even|once)? been (wrong|boring|late|rude|mean|unkind|alone|a bother|a burden|too much|in the way)",
        ...MENTION,
      ],
      extendToClause: true,
      message: "'Never' turns one hurt into a judgement of who they are, and invites a debate about the one time they were.",
      suggestions: ["I felt hurt when you weren't {state}{rest}", "It would mean a lot to me if you were {state}{rest}", "I felt hurt this time"],
      examples: {
        flag: ["You're never on time for anything.", "ur never home anymore", "you were never there for me", "You've never really been there for me."],
        pass: ["You're never a bother, call anytime.", "You're never alone in this.", "wait, you've never been late before?"],
      },
    },
    {
      name: "every-time",
      severity: "medium",
      patterns: [
        "(every|each) single? time you [<verb>#Verb]",
        "(every|each) single? time [<when>(i|we) .{1,5}] you [<verb>#Verb]",
        "(every|each) single? time [<when>(i|we) #Verb you .{0,4}] you [<verb>#Verb]",
        "whenever [<when>(i|we) .{1,5}] you (always)? [<verb>#Verb]",
        "^(and|yeah|yes|literally)? (every|each) single? time$",
        "you (do|pull|say) (this|that|it) (every|each|all the) single? (time|day)",
        "(this|it) (always|never) (happens|changes)",
      ],
      exceptions: [
        `you (always|really|#Adverb)? ${PRAISE}`,
        "(every|each) single? time you (want|need|feel like|get the chance|have time|are free|are ready|are in town|come over|visit)",
      ],
      notInTechnicalContext: true,
      extendToClause: true,
      message: "'Every time' turns one hurt into a pattern they have to defend, instead of a moment you can talk about.",
      suggestions: [
        "When {when} and you {verb:infinitive}{rest}, I feel hurt",
        "When you {verb:infinitive}{rest}",
        "I feel hurt when you {verb:infinitive}{rest}",
        "When this happens, I feel hurt",
        "This has happened before, and it hurts",
      ],
      examples: {
        flag: [
          "Every single time you get stressed you take it out on me.",
          "every time we go out with your friends you ignore me",
          "Whenever I ask for help, you sigh at me.",
          "you do this every single time",
          "Every time.",
        ],
        pass: [
          "Every single time I visit, you make me feel at home.",
          "every time i bring up the move, it's exhausting",
          "The error happens every time you call save() twice.",
          "Call me every time you need anything.",
        ],
      },
    },
  ],
};
