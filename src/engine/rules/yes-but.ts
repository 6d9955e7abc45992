import type { CategorySpec } from "../rule";

/** Agreeing in form, then disagreeing in substance. */
export const yesBut: CategorySpec = {
  id: "yes-but",
  name: "Yes, but",
  description: "Agreeing, then taking it back with 'but'. The 'but' erases what came before it, and what follows is heard as the real message.",
  rules: [
    {
      name: "yes-but",
      severity: "medium",
      patterns: [
        "^(yes|yeah|yea|yep|sure|ok|okay|right|fine|true|fair|agreed|totally|absolutely|i know|i get it|i get that|i understand|i see|i hear you|i see that|i know that|i understand that|i see your point|fair enough|you're right|you are right|that is true|that's fair|that is fair|ok i get it|i know i know) (but|though|however)",
        "^(yes|yeah|yea|sure|ok|okay|i know|i get it|i understand|i hear you|fair enough|you are right|that is true|that is fair) #Adverb? (#Noun|i|you|it|that)? #Verb? (but|however)",
      ],
      exceptions: [
        "but (can|could|would|will|shall|should|do|does|did|is|are|where|when|what|how|who|which|let's|lets|let us|let me|maybe|perhaps|please|remember|make sure|bring|call|text|i will|i'll|i can|i could|i'd|i would like|i need|i'm going to|i am going to|we need|we should|we could|we can|the|it starts|it's at|it closes|it opens|first|not until|only after|after|before|after that|next|#Value|#Date)",
      ],
      message: "'Yes, but' takes back the agreement; they will hear only the part after 'but'.",
      suggestions: ["You're right, and", "I hear you. And", "That's fair. I also"],
      examples: {
        flag: ["Yes, but you never told me.", "I know, but I was tired.", "i get it but u could have called", "You're right, but it's not like I did it on purpose."],
        pass: ["yes, but can we make it 7?", "I hear you, but I need a 20-minute break.", "Sure, but the store closes at 9.", "Yeah but first, how was your day?"],
      },
    },
  ],
};
