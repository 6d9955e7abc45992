import type { CategorySpec } from "../rule";

/** Answering a complaint with a complaint. */
export const counterAttack: CategorySpec = {
  id: "counter-attack",
  name: "Counter-attack",
  description:
    "Answering their complaint with one of your own ('well, you…', 'what about when you…'). Two hurts then compete and neither is heard.",
  rules: [
    {
      name: "well-you",
      severity: "high",
      patterns: [
        "^(well|ok well|okay well|yeah well|well then|oh well) (you|your|maybe you|you're|you are)",
        "^maybe (you|if you) (should|could|would|need to|ought to) (look at yourself|stop|try|think|not|have|listen|be)",
        "you are? (the one|the only one) (who|that) (started|started it|yelled|left|forgot|said|did|was|made|ignored|lied|brought it up)",
        "you started (it|this|this whole thing)",
        "(you|you are|you're) (were|are)? (just as|even more|way more|more) (bad|guilty|rude|selfish|late|to blame)",
        "it (takes|took) two",
      ],
      exceptions: ["^well you (are|were|did|do|have|make|made|deserve|always|look|sound|know|can|should have|got) (right|great|amazing|beautiful|good|lovely|so sweet|it|this|a point|every right)"],
      message: "Turning it back on them makes it a contest; they will defend instead of hearing you.",
      suggestions: [
        "I hear you. Can we talk about what I did first?",
        "You're right that this hurt you. I want to understand it",
        "I have feelings about this too, but I want to hear yours first",
      ],
      examples: {
        flag: ["Well, you yelled first.", "well u never call me either", "You're the one who left early!", "Maybe you should look at yourself."],
        pass: ["Well, you look amazing in that photo", "Well, you have every right to be upset."],
      },
    },
    {
      name: "what-about-you",
      severity: "high",
      patterns: [
        "what about (when|the time|that time|last week when|yesterday when|all the times|how) you (#PastTense|were|did|had|never|always|forgot|yelled|said)",
        "what about (you|your) (#Noun|#Verb|yelling|forgetting|being late|lying|screaming)",
        "(you|you have|you've) (do|did|done|does) (it|that|this|the same|the same thing) (too|all the time|to me|yourself|as well|constantly|every day|first)",
        "you (are|were|are just|are literally) (as|just as|no better|worse)",
        "you are one to talk",
        "look who is talking",
        "(pot|kettle) (calling|black)",
        "(like|as if) you have? (never|do not|did not) (do|did|done|make|made|forget|forgot|been|were|are|yell|yelled) (it|that|the same|mistakes|late|rude|wrong)?",
        "you (are|are the) (not|no) (saint|angel|perfect|innocent) (either|yourself)?",
        "(so|well) do you",
        "(neither|nor) do you",
        "you (also|too|yourself) (did|said|yelled|forgot|do|were) (it|that|the same)",
      ],
      exceptions: ["you (do|did) (it|that|this) too (well|good|perfectly|beautifully|nicely)"],
      message: "Bringing up what they did changes the subject from their hurt to their faults.",
      suggestions: [
        "Let's focus on this first. I hear that it hurt you",
        "I want to understand what this was like for you",
      ],
      examples: {
        flag: ["What about when you forgot my birthday?", "You do it too!", "you're one to talk", "Look who's talking.", "Like you've never been late"],
        pass: ["What about when you visit next month, want to stay with us?", "You do it too well, honestly, teach me"],
      },
    },
  ],
};
