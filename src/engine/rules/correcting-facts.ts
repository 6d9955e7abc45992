import type { CategorySpec } from "../rule";

/** Disputing the details, or the other person's reasoning, while they are hurting. */
export const correctingFacts: CategorySpec = {
  id: "correcting-facts",
  name: "Correcting the facts",
  description:
    "Arguing about the details ('that's not how it happened', 'technically…') or their reasoning ('you're being irrational'). Being right about the facts doesn't reach the feeling.",
  rules: [
    {
      name: "not-how-it-happened",
      severity: "medium",
      patterns: [
        "(that is|that's|this is|it is|it's) not (how|what) (it|that|this|things) (happened|went|went down|was)",
        "(that is|that's) not (what|how) (happened|i remember it|it went)",
        "you are %ADV% (remembering|recalling|telling) (it|this|that|things)? (wrong|incorrectly|differently)",
        "you (remember|remembered|recall) (it|that|this|things) (wrong|incorrectly|differently)",
        "(that|this) is not (what i said|what you said|what happened)",
        "(get|getting|got) your (facts|story) (straight|right|wrong)",
        "(let us|let's) (be clear|get the facts straight|stick to the facts)",
        "for the record",
        "you (are|'re) (twisting|rewriting|changing) (the story|history|my words|what happened|things)",
      ],
      notInTechnicalContext: true,
      message: "Correcting the record while they're hurting makes it a debate they have to win to be heard.",
      suggestions: ["I remember it differently, but I want to hear how it was for you", "Tell me how you experienced it"],
      examples: {
        flag: ["That's not how it happened.", "You're remembering it wrong.", "that is not what happened", "For the record, I was home by 9"],
        pass: ["That's not how it happened in the logs, the job failed at step 3.", "Tell me how it happened, I want to know."],
      },
    },
    {
      name: "technically-actually",
      severity: "medium",
      patterns: [
        "^(well|ok|okay|um|umm)? (technically|actually|to be fair|in fairness|to be clear|strictly speaking) (i|you|it was|that was|we|i was|you were|you said|i said|i did|i did not|you did|you did not|i never|you never|i only|you only)",
        "(technically|actually) (i|it|that|you) (said|did|was|were|is|never|didn't|did not|only)",
        "(i|i'm|i am) (just|only)? (stating|telling you|pointing out) (the)? (facts|a fact|the truth)",
        "(that|it) is (just|only|simply)? a fact",
      ],
      notInTechnicalContext: true,
      unlessAcknowledged: true,
      message: "'Technically' and 'actually' correct them while they're hurting; being right rarely helps them feel heard.",
      suggestions: ["I see it a little differently, and I still want to hear you", "Help me understand how it felt to you"],
      examples: {
        flag: ["Technically, I said I'd try to come.", "Actually, I was only 20 min late."],
        pass: ["Actually, the meeting is Tuesday.", "I'm actually so happy for you!"],
      },
    },
    {
      name: "being-irrational",
      severity: "high",
      patterns: [
        "you are %ADV% (being|acting|getting)? %ADV% (irrational|illogical|unreasonable|hysterical|crazy|insane|delusional|nuts|absurd|ridiculous)",
        "(be|being|stop being) (rational|logical|reasonable|realistic)",
        "(that|this|it) (makes|made) no sense",
        "(that|this|it) (does not|doesn't) make (any)? sense",
        "you are not making (any)? sense",
        "(use|using) (your|some) (logic|common sense|brain|head)",
        "(think|thinking) (about it)? (logically|rationally|clearly)",
      ],
      exceptions: ["you are not (being)? (irrational|unreasonable|crazy)", "(that|it|this) makes (total|complete|so much|perfect)? sense"],
      notInTechnicalContext: true,
      message: "Calling their feelings irrational tells them they have to argue their way to being heard.",
      suggestions: ["Help me understand what you're feeling", "I want to understand how you see it", "I can tell this is really upsetting"],
      examples: {
        flag: ["You're being irrational.", "youre being completely unreasonable", "That makes no sense.", "Be reasonable."],
        pass: ["You're not being unreasonable.", "That makes total sense.", "This function makes no sense: it returns null twice."],
      },
    },
  ],
};
