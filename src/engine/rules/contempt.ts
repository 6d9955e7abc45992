import type { CategorySpec } from "../rule";

/** Sarcasm, mockery and scorn: speaking from above. */
export const contempt: CategorySpec = {
  id: "contempt",
  name: "Contempt and sarcasm",
  description:
    "Sarcasm, mockery and put-downs ('oh, poor you', 'must be nice', 'grow up'). Contempt says 'I am above you' and is one of the strongest predictors of a relationship going badly.",
  rules: [
    {
      name: "sarcasm",
      severity: "high",
      patterns: [
        "^(oh|aw|aww|awww)? (poor|poor little) (you|baby|thing|princess)",
        "(must be|must be so) (nice|great|wonderful|lovely)$",
        "(well|wow|oh)? (what a|such a) (surprise|shock|shocker)",
        "^(oh|well|wow)? (sorry|so sorry) (your majesty|princess|for existing|for breathing|i'm not perfect|i am not perfect)",
        "(sorry|so sorry) (for existing|for breathing|i'm not perfect|i am not perfect|your majesty|princess)",
        "(boo hoo|boohoo|cry me a river|waah+|wah wah|sure jan|okay boomer|ok boomer)",
        "(wow|oh)? (thanks|thank you) (a lot|so much)? (for nothing|captain obvious)",
        "(yeah|oh|ya)? (right|sure),? (because|like) (you|that|i)",
        "(good for you|congratulations|congrats) (i guess)?$",
        "(newsflash|news flash|reality check)",
        "whatever helps you sleep (at night)?",
        "(oh|wow) (great|perfect|wonderful|fantastic|brilliant|lovely),? (just|so|another)",
        "(here|there) (comes|goes) the (drama|waterworks|guilt trip|victim)",
        "(must be|it must be) (nice|great) to (be|have|never)",
      ],
      exceptions: [
        "(poor|poor little) (you|baby|thing) (are|have|had|must|sounds)? (so|really|sick|tired|exhausted|hurt|sounds)",
        "poor (you|baby|thing) (i'm|i am|that|that's) (so)? sorry",
        "(good for you|congratulations|congrats) (on|for|!)",
        "what a (surprise|shock) (party|visit|gift|trip|when|that you)",
      ],
      message: "Sarcasm tells them you're above their feelings; it is one of the hardest things to come back from.",
      suggestions: ["I'm frustrated, and I'm saying it badly", "I'm upset. Can we talk about what's really going on?"],
      examples: {
        flag: ["Oh, poor you.", "Must be nice.", "Wow, what a surprise.", "Boo hoo.", "Newsflash: not everything is about you"],
        pass: ["Oh poor you, you must be exhausted! Get some rest.", "Congratulations on the new job!", "What a surprise party, thank you!!"],
      },
    },
    {
      name: "put-down",
      severity: "high",
      patterns: [
        "(grow|man|toughen|wise) up",
        "(get|grow) a (life|grip|spine|thicker skin)",
        "(are you|you are) (seriously|kidding|for real|serious) (right now|me)?",
        "are you (kidding|serious) me",
        "(you are|you're|ur|youre) (pathetic|ridiculous|unbelievable|impossible|such a child|such a baby|a joke|a child|a baby|exhausting|too much|insufferable|crazy|psycho|stupid|an idiot|dumb|useless)",
        "(you are|you're) (so|such an?|being an?|acting like an?)? (idiot|moron|child|baby|brat|joke)",
        "(what is|what's) wrong with you",
        "(seriously|really)\\?+ this again",
        "(give me a|give me) break",
        "(i|we) (can not|can't) (believe|stand) (you|how you)",
        "(nobody|no one) (cares|asked)",
        "(who|what) (even)? (cares|asked)",
        "(you|you're|you are) (such a|a)? (drama queen|crybaby|cry baby|snowflake)",
        "(roll|rolling) my eyes|eye roll|🙄",
        "(so|how) (mature|adult|grown up) of you",
        "(wow|oh)? (real|very|so) (mature|nice|classy|helpful)$",
        "(get|got) over yourself",
      ],
      exceptions: [
        "(you are|you're) (so)? (too much|unbelievable|impossible|ridiculous) (lol|haha|in the best way|❤️|😂)",
        "(are you|you are) (seriously|for real|kidding|serious) (about|that|coming|getting|going|moving|engaged|pregnant|here|back|in town)",
        "(i can't|i can not) believe (you|how you) (did|made|got|remembered|found|pulled|planned)",
        "(who|what) cares (about|if|what)",
        "grow up (to|in|with|together)",
      ],
      message: "Put-downs attack who they are; they will defend themselves instead of hearing you.",
      suggestions: ["I'm really frustrated right now", "I'm upset, and I want to talk about this calmly"],
      examples: {
        flag: ["Grow up.", "Are you serious right now?", "You're pathetic.", "What is wrong with you?", "ugh 🙄"],
        pass: ["Are you serious about moving here?? Yay!", "You're unbelievable lol, thank you so much", "I can't believe you remembered!"],
      },
    },
  ],
};
