import type { CategorySpec } from "../rule";

/** Flatly rejecting the complaint, or being outraged by it. */
export const denial: CategorySpec = {
  id: "denial",
  name: "Denial",
  description:
    "Flatly rejecting what they said ('I never said that', 'that's not true') or taking offence at being told ('how dare you'). Even when the facts are on your side, it tells them their experience doesn't count.",
  rules: [
    {
      name: "never-said",
      severity: "high",
      patterns: [
        "i (never|did not|didn't|would never) (said|say|says|do|did|done) (that|it|this|anything like that|any such thing|anything of the sort|such a thing|that to you)",
        "i (never|did not) (yelled|yell|lied|lie|ignored|ignore|cheated|cheat|forgot|forget|raised|raise) (at you|to you|you|my voice|anything)?",
        "(that|it) (never|did not|didn't) (happened|happen)",
        "i (have|'ve)? never (once)? (done|said|did) (that|anything|such a thing)",
        "i (would|could) never (do|say|have said|have done) (that|something like that|such a thing)",
      ],
      exceptions: ["never said that (i|we) (would|will|could|can|had|was|were)"],
      notInTechnicalContext: true,
      message: "A flat denial tells them their memory or experience is wrong, which they will defend.",
      suggestions: [
        "I don't remember it that way, but I can see it hurt you",
        "Can you tell me what you heard? I want to understand",
        "I'm sorry it came across like that",
      ],
      examples: {
        flag: ["I never said that!", "i never said that", "That never happened.", "I would never do that."],
        pass: ["I never said that I'd be there before 7, right?", "She said I never said that, but I did."],
      },
    },
    {
      name: "not-true",
      severity: "high",
      patterns: [
        "^(that|this|it)? is? (not|so not|absolutely not|simply not|just not) (true|accurate)$",
        "(that|this|it) is (not|so not|absolutely not|simply not|just not) (true|accurate)",
        "(that is|that's) (a lie|a complete lie|total bs|bs|bullshit|ridiculous|nonsense|crazy|insane|absurd|false|untrue|unfair|completely unfair)",
        "you are %ADV% (lying|making stuff up|imagining things|imagining it|delusional|wrong)",
        "you are %ADV% making (this|that|it|things|stuff) up",
        "(you|you've) (made|make) (that|this|it) up",
        "(i|i am|i'm) not (the one who|the problem|guilty|wrong here)",
      ],
      exceptions: [
        "(that is|that's|it is) not (true|right|accurate) (for|about|of) (me|you|everyone|all)",
        "not fair (to you|on you|that you|for you)",
        "you are (not)? wrong (about|that) (the|this) (time|date|address|place|number)",
      ],
      notInTechnicalContext: true,
      message: "Calling it untrue turns their hurt into a debate about facts; they came to be heard, not judged.",
      suggestions: [
        "I see it differently, but I want to understand how it looked to you",
        "I can tell this really hurt you",
        "Can you help me see it from your side?",
      ],
      examples: {
        flag: ["That's not true.", "thats not true!!", "You're lying.", "That's a complete lie"],
        pass: ["Is that true?", "That's not true for everyone, but it's true for me.", "It's not fair to you, and I'm sorry."],
      },
    },
    {
      name: "how-dare-you",
      severity: "high",
      patterns: [
        "how dare you",
        "(who|what) do you think you are",
        "i? (can not|cannot) believe you would (say|think|accuse|suggest|even)",
        "(how|why) (could|would|can) you (even)? (say|think|accuse|suggest) (that|this|such a thing|something like that)",
        "(are you|you are) (seriously|really)? accusing me",
        "(i am|i'm) (offended|insulted|appalled|shocked) (that|by|you would|you'd)",
        "you have (some|a lot of) nerve",
        "the (nerve|audacity) (of you)?",
      ],
      message: "Outrage at being told puts your feelings in the centre and leaves theirs unanswered.",
      suggestions: [
        "That's hard to hear, but I want to understand it",
        "I'm feeling defensive, and I still want to hear you",
      ],
      examples: {
        flag: ["How dare you!", "HOW DARE YOU", "Who do you think you are?", "I can't believe you would say that."],
        pass: ["I can't believe you would do all this for me, thank you!", "I can't believe you would drive all that way for me."],
      },
    },
  ],
};
