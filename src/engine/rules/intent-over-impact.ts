import type { CategorySpec } from "../rule";

/** Explaining what you meant before meeting how it landed. */
export const intentOverImpact: CategorySpec = {
  id: "intent-over-impact",
  name: "Intent over impact",
  description:
    "Explaining what you meant before acknowledging how it landed. The hurt is about the impact; an explanation first can sound like 'your feelings are a misunderstanding'.",
  rules: [
    {
      name: "not-what-i-meant",
      severity: "high",
      patterns: [
        "(that|this|it)? #Copula? (not|never) what i (meant|mean|said|intended|was saying|was trying to say|was going for)",
        "(that|this|it) #Copula not how i meant (it|that|this)",
        "i did not mean it (like that|that way|the way you|how you|in that way)",
        "i did not mean (it|that) like (that|this)",
      ],
      notInTechnicalContext: true,
      unlessAcknowledged: true,
      message: "Correcting what you meant can tell them their hurt is a misunderstanding; meet the impact first.",
      suggestions: [
        "I'm so sorry that hurt you. It wasn't what I intended",
        "I can see that landed badly, and I'm sorry",
        "I hear that it hurt. Can you tell me how it came across?",
      ],
      examples: {
        flag: ["That's not what I meant!", "thats not what i meant", "That was not what I was trying to say.", "I didn't mean it like that."],
        pass: ["Not what I meant: the function should return null.", "I'm so sorry that hurt you. That's not what I meant to do.", "Is that what you meant?"],
      },
    },
    {
      name: "took-it-wrong",
      severity: "high",
      patterns: [
        "you %ADV% (took|take|are taking|were taking|always take) (it|this|that|me|what i said|everything|things) (the wrong way|wrong|out of context|too personally|personally|literally|too seriously|so seriously)",
        "you %ADV% (misunderstood|misread|misinterpreted|twisted|twist|misunderstand|misinterpret) (me|it|that|this|what i said|my words|everything)?",
        "you are %ADV% (reading|read) (way|too|so)? (too|so)? much into (it|this|that|everything)",
        "you %ADV% (read|reading) (it|that|this) wrong",
        "you are %ADV% taking (it|this|that|everything|things) (the wrong way|wrong|out of context)",
        "you are %ADV% taking (it|this|that|everything|things) (way|too|so|very|really|a|bit|little){0,3} (personally|seriously|literally)",
        "you %ADV% (took|take) (it|this|that|everything|things|me) (way|too|so|very|really|a|bit|little){0,3} (personally|seriously|literally)",
      ],
      unlessAcknowledged: true,
      message: "Saying they took it the wrong way puts the problem in how they heard you, not in what happened to them.",
      suggestions: [
        "I can see how that came across, and I'm sorry it hurt",
        "Can you tell me how it sounded to you?",
        "I'm sorry. I want to understand how that landed for you",
      ],
      examples: {
        flag: ["You took it the wrong way.", "you're taking this way too personally", "You misunderstood me", "you're reading way too much into it"],
        pass: ["Did I take it the wrong way?", "I think I misunderstood you, sorry.", "You took the wrong exit lol"],
      },
    },
    {
      name: "just-trying-to",
      severity: "medium",
      patterns: [
        "i was %ADV% trying to [<verb>#Verb]",
        "i (just|only|simply) (wanted|meant|tried) to [<verb>#Verb]",
        "i was %ADV% (being|looking out for) (nice|helpful|honest|supportive|you|protective)",
        "i (just|only) (had|have) your best interests? at heart",
        "i was (just|only) (being|looking out for) [<verb>#Noun]",
      ],
      exceptions: [
        "trying to (reach|call|get ahold|get hold|get through|contact|text|find|catch|sleep|finish|work|figure out|decide|book|buy|pay|park|leave|load|open|log|print|send|upload|download|save money|lose weight|quit|get there|make it|remember|get home)",
      ],
      extendToClause: true,
      unlessAcknowledged: true,
      message: "Leading with your good intentions asks them to set aside how it felt.",
      suggestions: [
        "I'm sorry I hurt you when I was trying to {verb}{rest}",
        "I'm sorry it didn't feel like help. What would have helped?",
        "I can see it didn't land the way I hoped, and I'm sorry",
      ],
      examples: {
        flag: ["I was just trying to help!", "i was only trying to protect you", "I just wanted to make things easier for you.", "I was honestly just trying to be nice"],
        pass: ["I'm sorry I hurt you. I was trying to help, but I got it wrong.", "I was trying to reach you all day, call me when you can?"],
      },
    },
    {
      name: "only-joking",
      severity: "medium",
      patterns: [
        "i was %ADV% (joking|kidding|teasing|messing around|messing with you|being sarcastic|being funny|playing around|having fun)",
        "(it|that) was %ADV% (meant as a joke|supposed to be funny|supposed to be a joke|banter)",
        "^(just|only) (joking|kidding)",
        "(jk|jkjk|just kidding) (lol|haha|relax)?",
        "it was meant to be funny",
      ],
      unlessAcknowledged: true,
      message: "Calling it a joke after it hurt tells them the problem is their sense of humour.",
      suggestions: [
        "I'm sorry. It wasn't funny to you, and that matters more",
        "I can see that joke hurt, and I'm sorry",
        "That came out meaner than I meant, and I'm sorry",
      ],
      examples: {
        flag: ["I was only joking.", "It was meant as a joke!", "i was kidding 🙄", "It was supposed to be funny"],
        pass: ["I'm sorry, that joke hurt you. I was joking, but it wasn't funny.", "Are you joking? That's amazing news!"],
      },
    },
    {
      name: "didnt-mean-to",
      severity: "medium",
      patterns: [
        "i (did not|never) (mean|meant|intend|intended) to [<verb>#Verb]",
        "i (did not|never) (mean|meant|intend|intended) (it|that|any harm|anything by it|to)",
        "it (was not|wasn't) (on purpose|intentional|deliberate)",
      ],
      extendToClause: true,
      unlessAcknowledged: true,
      message: "Saying you didn't mean to centres your intent; naming what happened and owning it lands better.",
      suggestions: [
        "I'm sorry I {verb:past}{rest}",
        "I {verb:past}{rest}, and I'm sorry",
        "I'm sorry. I can see it hurt you",
        "I'm sorry that hurt you",
      ],
      examples: {
        flag: ["I didn't mean to yell at you.", "i didnt mean to hurt u", "I never meant to make you feel bad", "I didn't mean it."],
        pass: ["I'm sorry I yelled. I didn't mean to yell, and it wasn't okay.", "I didn't want to go to the party anyway."],
      },
    },
    {
      name: "not-my-intention",
      severity: "medium",
      patterns: [
        "(that|it|this) (was not|was never|is not|is never) my (intention|intent|goal|plan|aim)",
        "my (intention|intentions|intent) (was|were) (good|never|not|only|just|pure)",
        "i had (good|the best|nothing but good) intentions",
        "i meant (well|no harm|nothing by it|it as a compliment)",
      ],
      unlessAcknowledged: true,
      message: "Your intention matters, but said first it can sound like their hurt doesn't count.",
      suggestions: [
        "I'm so sorry that hurt you. It wasn't my intention",
        "I can see it hurt, even though I didn't intend it",
      ],
      examples: {
        flag: ["That was never my intention.", "My intentions were good.", "I meant well"],
        pass: ["I'm so sorry that hurt you. That wasn't my intention.", "It sounds like you're hurt, and that wasn't my intention."],
      },
    },
    {
      name: "let-me-explain",
      severity: "medium",
      patterns: [
        "(if you|can you|would you)? (would|could|just)? let me explain",
        "you (have|need|got) to understand",
        "what i (meant|was trying to say|was saying|said) (was|is)",
        "all i (said|meant|did|was saying) was",
        "you (are not|aren't) (listening|hearing me|getting it)",
      ],
      exceptions: ["let me explain (the|a|an|our|how the|what the|this new|how to|how it works)"],
      notInTechnicalContext: true,
      unlessAcknowledged: true,
      message: "Explaining before they feel heard tends to make them explain their hurt louder.",
      suggestions: [
        "I want to hear you first. What was it like for you?",
        "I'm listening. Tell me more about how it felt",
      ],
      examples: {
        flag: ["If you would just let me explain.", "You have to understand, work was crazy", "What I meant was that you could have called", "All I said was that it was late"],
        pass: ["Let me explain the new schedule: Tuesdays are pick-up days.", "I hear you. When you're ready, can I explain what happened?"],
      },
    },
  ],
};
