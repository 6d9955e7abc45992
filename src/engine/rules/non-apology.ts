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
      ],
      exceptions: ["sorry (that)? you (feel|felt|are feeling) (so|this|that)? (alone|unheard|ignored|unseen|invisible|unsupported|lonely|left out|hurt by me|hurt by what i)"],
      message: "Apologising for their feelings, not for your part, can read as blaming them for being hurt.",
      suggestions: [
        "I'm sorry I hurt you",
        "I'm sorry for what I said. I can see it hurt",
        "I'm sorry. I'd like to understand what it was like for you",
      ],
      examples: {
        flag: ["I'm sorry you feel that way.", "im sorry u feel that way", "Sorry you took it that way.", "I'm sorry that you're upset."],
        pass: ["I'm sorry I hurt you.", "I'm so sorry you felt alone all week.", "the words 'I'm sorry you feel that way' are a classic non-apology"],
      },
    },
    {
      name: "sorry-if",
      severity: "high",
      patterns: [
        "(i am|i'm|im)? (so|really)? (sorry|apologize|apologise) if (you|that|it|this|anything|anyone|i|my|what i)",
        "my? apologies if (you|that|it|this|anything|anyone|i)",
        "if (i|that|it|this|anything) (hurt|upset|offended|bothered) you then? i am? sorry",
        "(sorry|i am sorry|i'm sorry) (or whatever|i guess|then)$",
      ],
      exceptions: [
        "sorry if (i am|i was) (late|a bit late|a little late|running late|slow|late replying|not making sense|rambling|unclear|bothering you|interrupting|being annoying|too much|spamming|a pain)",
        "sorry if (this|that|it) (is|sounds|seems|was) (a|dumb|silly|stupid|random|weird|obvious|too late|too early|a bother)",
        "sorry if (you|i) (already|missed|got this twice|get this twice)",
      ],
      message: "A conditional apology ('sorry if…') questions whether they were really hurt.",
      suggestions: [
        "I'm sorry I hurt you",
        "I'm sorry for my part in this",
        "I can see I hurt you, and I'm sorry",
      ],
      examples: {
        flag: ["Sorry if you were offended.", "I'm sorry if that hurt your feelings", "My apologies if anything I said upset you", "If I hurt you, I'm sorry."],
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
  ],
};
