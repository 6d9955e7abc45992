import type { CategorySpec } from "../rule";

/** Apologies that put the problem in the other person's feelings, or take themselves back. */
export const nonApology: CategorySpec = {
  id: "non-apology",
  name: "Non-apology",
  description:
    "An apology that apologises for their feelings ('I'm sorry you feel that way'), is conditional ('sorry if'), or is cancelled by what follows ('I'm sorry, but').",
  rules: [
    {
      name: "sorry-you-feel",
      severity: "high",
      patterns: [
        "(i am|i'm|im)? (so|really|truly)? (sorry|apologize|apologise) (that)? you (feel|felt|are feeling|were feeling|think|thought|see it|took it|are upset|were upset|got upset|are offended|were offended|got hurt|are hurt|feel hurt|are mad|are angry) (that way|like that|this way|so|that|offended|hurt|upset)?",
        "(i am|i'm|im)? (so|really)? sorry (that)? (it|this|that) (upset|offended|bothered) you (so much)?",
        "sorry (that)? you (see|saw|took) it that way",
        "sorry for your (feelings|hurt feelings)",
        "(i am)? %ADV% (sorry|sry|srry|soz) (that)? you (are|were|got|feel|felt|have been|get) %ADV% (hurt|upset|offended|bothered|mad|angry|annoyed|triggered|butthurt) (by|about|over) (what i said|what i did|what i wrote|it|that|this|me|my words|my comment|my joke|my text|my message|the joke|the comment|something i said|anything i said)",
        "(i am)? %ADV% (sorry|sry|srry|soz) (that)? you (got|get|were|are) %ADV% (hurt|upset|offended|bothered|mad|triggered|butthurt)$",
        "(sorry|sry|srry|soz) (that)? (your|ur) feelings (got|get|were|are|have been) hurt",
        "(sorry|sry|srry|soz) (that)? you (see|saw|took|take|read|heard) it (that way|like that|this way|wrong|the wrong way)",
      ],
      exceptions: [
        "sorry (that)? you (feel|felt|are feeling) (so|this|that)? (alone|unheard|ignored|unseen|invisible|unsupported|lonely|left out|hurt by me|hurt by what i)",
        "sorry you (were|got) hurt (in|at|during|playing|on the|at work|in the)",
      ],
      message: "Apologising for their feelings, not for your part, can read as blaming them for being hurt.",
      suggestions: [
        "I'm sorry I hurt you",
        "I'm sorry for what I said. I can see it hurt",
        "I'm sorry. I'd like to understand what it was like for you",
      ],
      examples: {
        flag: ["I'm sorry you feel that way.", "im sorry u feel that way", "Sorry you took it that way.", "I'm sorry that you're upset.", "I'm sorry you got so offended by my joke.", "sorry ur feelings were hurt", "sry you were upset by it"],
        pass: ["I'm sorry I hurt you.", "I'm so sorry you felt alone all week.", "the words 'I'm sorry you feel that way' are a classic non-apology", "I'm so sorry you got hurt at practice, how's your knee?"],
      },
    },
    {
      name: "sorry-if",
      severity: "high",
      patterns: [
        "(i am|i|we)? (so|really)? (sorry|apologize|apologise|sry|srry|soz) if (you|that|it|this|anything|anyone|i|my|what i)",
        "my? apologies if (you|that|it|this|anything|anyone|i)",
        "if (i|that|it|this|anything) (hurt|upset|offended|bothered) you then? i am? sorry",
        "(sorry|i am sorry|i'm sorry) (or whatever|i guess|then)$",
      ],
      exceptions: [
        "sorry if (i am|i was) (late|a bit late|a little late|running late|slow|late replying|not making sense|rambling|unclear|bothering you|interrupting|being annoying|too much|spamming|a pain)",
        "sorry if (this|that|it) (is|sounds|seems|was) (a|dumb|silly|stupid|random|weird|obvious|too late|too early|a bother)",
        "sorry if (you|i) (already|missed|got this twice|get this twice)",
      ],
      extendToClause: true,
      message: "A conditional apology ('sorry if…') questions whether they were really hurt.",
      suggestions: [
        "I'm sorry I hurt you",
        "I'm sorry for my part in this",
        "I can see I hurt you, and I'm sorry",
      ],
      examples: {
        flag: ["Sorry if you were offended.", "I'm sorry if that hurt your feelings", "My apologies if anything I said upset you", "If I hurt you, I'm sorry.", "srry if my text came off rude"],
        pass: ["Sorry if I'm late, traffic is bad!", "I'm sorry I hurt your feelings."],
      },
    },
    {
      name: "sorry-but",
      severity: "high",
      patterns: ["(i am|i'm|im)? (so|really|truly)? (sorry|apologize|apologise) but", "(i am|i'm)? sorry (ok|okay|alright)? but"],
      exceptions: [
        "sorry but (can|could|would|do|did|is|are|where|when|what|how|who|the)",
        "sorry but (i|we) (can not|cannot|will not|am not|are not) (make|come|be there|be able|do|join|attend|go)",
        "sorry but (i|we) (need|have|got) to (leave|go|cancel|reschedule|run|work|head|pick|move|push)",
        "sorry but (i am|i will|we will|we are) (running|going to be|be) late",
      ],
      message: "The 'but' cancels the apology; what follows is heard as the real message.",
      suggestions: ["I'm sorry", "I'm sorry, and I want to hear how this was for you"],
      examples: {
        flag: ["I'm sorry, but you were the one who left.", "im sorry but you knew i was busy", "Sorry, but you overreacted."],
        pass: ["Sorry, but can we move it to 7?", "I'm sorry, but I can't make it tonight.", "I'm sorry that hurt you."],
      },
    },
    {
      name: "sorry-for-any",
      severity: "medium",
      patterns: [
        "(i am|i|we|my|our)? (sorry|apologize|apologise|apologies) for any (offense|offence|hurt|upset|hurt feelings|harm|pain|distress)",
        "(i am|i|we|my|our)? (sorry|apologize|apologise|apologies) for any #Noun (my|i|that|this|it|the) .{0,3} (may|might|could) have (caused|created)",
      ],
      message: "'Any confusion I may have caused' apologises for a maybe; naming what you did and how it hurt is what lands.",
      suggestions: ["I'm sorry for what I said and how it hurt you", "I'm sorry. My comments hurt you, and that's on me"],
      examples: {
        flag: ["I apologize for any offense my words caused.", "sorry for any misunderstanding my message might have created"],
        pass: ["Sorry for any typos, I'm on my phone.", "I apologize for the delay, the file is attached."],
      },
    },
    {
      name: "grudging-sorry",
      severity: "medium",
      patterns: [
        "^(fine|ok fine|okay fine|whatever|jeez|geez|god|ugh|alright alright|ok ok|okay okay|ok then|okay then|there) (i am)? (sorry|sry)$",
        "i (already|just|literally) (said|told you) (i am)? sorry",
        "i (said|have said|told you) (i am)? sorry (ok|okay|already|twice|like|a hundred|a million|what more|how many|#Value)",
        "^i (said|told you) (i am)? sorry$",
        "(i|we) (apologized|apologised) (already|twice|like|a hundred|a million)",
      ],
      message: "An apology said through gritted teeth ('Fine, I'm sorry') tells them you're apologising to end it, not because you see the hurt.",
      suggestions: ["I'm sorry I hurt you", "I'm sorry. I can see this really hurt you"],
      examples: {
        flag: ["Okay fine, I'm sorry!", "ugh, I'm sorry", "I already said I'm sorry, what more do you want?", "I apologized like five times", "I said I'm sorry."],
        pass: ["Fine by me, sorry for the wait!", "I said sorry to your mom for being late."],
      },
    },
    {
      name: "sarcastic-sorry",
      severity: "high",
      patterns: [
        "(sorry|sry) (that)? i am (such|so)? (a|an)? (disappointment|failure|letdown|let down|terrible person|horrible person|awful person|monster|bad person|bad partner|terrible partner|horrible partner|bad boyfriend|bad girlfriend|bad husband|bad wife|bad friend|bad son|bad daughter|bad mom|bad dad|terrible boyfriend|terrible girlfriend|terrible husband|terrible wife|terrible friend)",
        "(sorry|sry) (that)? i am not (good enough|smart enough|a mind reader|a saint)",
        "(sorry|sry) for (having feelings|having an opinion|having needs|being human)",
      ],
      exceptions: ["sorry i am (such|so)? (a|an)? (mess|wreck) (today|tonight|right now|lately)"],
      message: "A sarcastic apology ('sorry I'm such a disappointment') turns their hurt into an attack on you, so they end up comforting you.",
      suggestions: ["I'm sorry I hurt you", "I'm sorry. I can hear how disappointed you are, and I want to understand"],
      examples: {
        flag: ["Sorry I'm such a terrible girlfriend.", "sorry i'm not a mind reader", "Sorry for having feelings, I guess."],
        pass: ["I'm sorry I let you down, and I want to make it right.", "I'm not perfect, and I'm sorry I hurt you."],
      },
    },
  ],
};
