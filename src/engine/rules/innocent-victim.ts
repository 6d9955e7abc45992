import type { CategorySpec } from "../rule";

/** Making yourself the one who is wronged. */
export const innocentVictim: CategorySpec = {
  id: "innocent-victim",
  name: "Innocent victim",
  description:
    "Casting yourself as the one who is wronged ('it's not fair', 'after all I've done for you', 'I can never do anything right'). It asks them to comfort you instead of being heard.",
  rules: [
    {
      name: "not-fair",
      severity: "medium",
      patterns: [
        "^(it is|it's|this is|that is|that's)? (not|so not|just not) fair$",
        "(it is|it's|this is|that is|that's|so) (not|so not|just not|really not|totally not) fair (to me|on me|that i|that you|how you)",
        "(this is|that is|it is|that's|it's) (so|really|totally)? unfair (to me|on me)",
        "why (am i|is it) always (the one|me|the bad guy|blamed|to blame)",
        "why (is it|does it) always (have to be|be) (me|my fault)",
      ],
      exceptions: ["not fair (to you|on you|for you)", "(that|it) is not fair that you (had|have|were|got)"],
      message: "Saying it's unfair to you moves the focus from their hurt to yours.",
      suggestions: ["This is hard for me too, and I still want to hear you", "I want to understand your side first"],
      examples: {
        flag: ["That's not fair!", "it's not fair to me", "Why am I always the bad guy?"],
        pass: ["It's not fair to you, and I'm sorry.", "That's not fair that you had to wait so long, I'm sorry."],
      },
    },
    {
      name: "after-all-i-did",
      severity: "high",
      patterns: [
        "after (all|everything) (that)? i (have|'ve|had)? (done|did|sacrificed|given|gave) (for you|for this family|for us)?",
        "(this|that) is (the thanks|how you thank me|what i get)",
        "(this|that) is the thanks i get",
        "i (do|did|have done) (everything|so much|all of this|all this) for you",
        "(i give|i gave|i've given) (you)? (everything|so much|up so much)",
      ],
      message: "Listing what you've done for them turns their hurt into a debt they owe you.",
      suggestions: ["I care about you, and I want to understand why this hurt", "I hear you, and I want to get this right"],
      examples: {
        flag: ["After all I've done for you!", "after everything i did for you", "So this is the thanks I get.", "I do everything for you"],
        pass: ["After all you've done for me, I owe you dinner!", "I'd do everything for you, you know that ❤️"],
      },
    },
    {
      name: "never-good-enough",
      severity: "high",
      patterns: [
        "i (can|could) (never|not|not ever) (do|say|get) (anything|a thing|nothing) right",
        "(nothing|anything) i (do|did|say|said) (is|was)? (ever)? (good enough|enough|right)",
        "nothing i (do|did|say) (is|was)? ever (good enough|enough|right)",
        "(i guess|so|fine|ok|okay)? (i am|i'm) (the|a) (bad guy|villain|worst|monster|terrible person|horrible person|awful person|worst person|worst partner|worst boyfriend|worst girlfriend|worst husband|worst wife|worst friend|worst mom|worst dad|problem)",
        "(i guess|so|fine)? everything is (always)? my fault",
        "i (guess|suppose) i (just)? (ruin|ruined|mess up|messed up) everything",
        "i (always|just) (ruin|mess up|screw up) everything",
        "(you|you always) make me (out to be|feel like|look like) (the|a) (bad guy|villain|monster|terrible person|worst)",
        "(poor|sorry) me",
        "i (can not|can't) (win|do anything) with you",
        "(nothing|no matter what) i do (is|will be)? (ever)? (good enough|enough)?",
      ],
      message: "Saying you can never get it right asks them to reassure you, so their hurt goes unheard.",
      suggestions: ["I want to get this right. What would help?", "I hear that I hurt you, and I want to do better"],
      examples: {
        flag: ["I can never do anything right.", "Nothing I do is ever good enough for you.", "so i'm the bad guy now", "Fine, everything is my fault."],
        pass: ["I can't believe I got everything right on the test!", "You're not the bad guy here, I promise."],
      },
    },
  ],
};
