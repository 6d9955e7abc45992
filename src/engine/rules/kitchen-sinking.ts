import type { CategorySpec } from "../rule";

/** Past occasions a grievance gets tied to: "same as last summer", "just like every christmas". */
const OCCASION =
  "(time|week|month|year|summer|winter|spring|fall|autumn|christmas|thanksgiving|easter|birthday|anniversary|weekend|night|trip|holiday|holidays|vacation|party|wedding|#Date)";

/** Nouns for an old incident brought back up: "the whole thing with your ex". */
const EPISODE = "(thing|situation|mess|fiasco|saga|episode|business|drama|incident|disaster)";

export const kitchenSinking: CategorySpec = {
  id: "kitchen-sinking",
  name: "Kitchen-sinking",
  description:
    "Piling on other grievances ('and another thing', 'this is just like when you…'). Every issue gets added to the pile and none gets resolved.",
  rules: [
    {
      name: "and-another-thing",
      severity: "medium",
      extendToClause: true,
      patterns: [
        "(and|oh and|plus|also)? another thing",
        "(and|oh and|plus|also)? another thing .{1,15}$",
        "while (we are|were|i am|im) at it .{1,15}$",
        "since (we are|i am) (bringing things up|bringing stuff up|airing grievances|airing our grievances|airing) .{1,15}$",
        "while (we are|were|i am|im) (at it|on the subject|on the topic|talking about|bringing things up|bringing stuff up)",
        "not to mention (the time|when|how|that time|last)? (you|we|i|your)?",
        "(let|lets) us? not forget (the time|when|how|that time|last|the whole|about)?",
        "do not (even)? (get|let) me (get)? started (on|about|with)?",
        "(and|plus) (do not) (forget|get me started)",
        "since (we are|i am) (bringing things up|bringing stuff up|bringing up|airing grievances|airing our grievances|airing dirty laundry|airing|listing|on the subject|keeping score|counting)",
        "on top of (that|all that|all this|everything|this) (there is|you|your|what about|remember|the whole|let|let us|we have)",
      ],
      exceptions: [
        "another thing (to|i|we|on|for) (buy|get|bring|add|do|need|remember|pack|grab)",
        "not to mention (how|that) (great|amazing|good|kind|sweet|much)",
        "(are|is|was|were|decided|agreed|told|asked|promised|careful) not to mention",
        "(is|was|be|quite|entirely) another thing",
        "while (we are|were|i am|im) at it (i|we) (will|can|could|might|should|am going to|are going to)? (grab|get|pick|buy|book|order|fix|clean|do|make|check|call|send|bring|take|add)",
      ],
      message: "Bringing in other grievances buries this one; none of them gets resolved.",
      suggestions: ["I'd like us to stay with this one thing for now", "I have other things on my mind too, but let's focus on this"],
      examples: {
        flag: [
          "And another thing, you never clean up.",
          "While we're at it, your car is still blocking the driveway.",
          "let's not forget the whole thing at the wedding",
          "Not to mention the time you forgot my birthday.",
          "and don't even get me started on your brother",
          "while I'm at it, you forgot to call the bank too",
          "On top of that, you were rude to my mom.",
        ],
        pass: [
          "Another thing to add to the grocery list: milk.",
          "Not to mention how great the food was!",
          "While we're at it, we could grab lunch.",
          "On top of that, I had a headache all day.",
        ],
      },
    },
    {
      name: "just-like-when",
      severity: "medium",
      extendToClause: true,
      patterns: [
        "(this|it|that) is (just|exactly|always)? (like|the same as) (when|the time|that time|last time|what happened when) you",
        "(just|exactly) like (when|the time|that time|last time) you",
        "you did the (same|exact same) (thing)? (last|at|on|with|when)",
        "(remember|like) (the|that|last) time (when)? you",
        "(this|it) is (always|never) (the same|different) with you",
        "(this|it) is (the|a) (pattern|same old|same thing)",
        "this is happening (again|all over again)",
        `(same|just|exactly) (like|as) (last|that|every) ${OCCASION}`,
        "(same|the same|the exact same|exact same) thing (happened|went down) (at|with|on|last|when|during|after)",
        "(this|it|that) is (exactly|precisely) (what|like what) happened (with|at|on|last|when|after)",
        "(this|it|that) is the (same|exact same) thing that happened",
        "(this|it|that) is (that|this|it)? all over again",
        "(this|it|that) is (just|exactly)? like (the|that|last|your) .{1,3} all over again",
      ],
      exceptions: [
        "remember (the|that) time (we|you) (went|laughed|met|danced|visited|saw|tried)",
        "like the time you (helped|saved|surprised|made me)",
        "(just|exactly) like (last|that|every) .{0,2} (so|such)? (fun|great|amazing|lovely|perfect|good)",
      ],
      message: "Linking this to past hurts makes it a verdict on the relationship instead of a problem you can solve now.",
      suggestions: ["Let's focus on what happened today", "I'd like us to talk about this time on its own"],
      examples: {
        flag: [
          "This is just like when you forgot my birthday.",
          "It's the same thing every time with you, just like last time.",
          "Same thing happened at your sister's party.",
          "it's just like last christmas with your mom",
          "This is exactly what happened with the rent.",
          "It's like the camping trip all over again.",
        ],
        pass: [
          "Remember the time we went to Lisbon?",
          "This is just like when we were kids, so fun!",
          "The same thing happened to me last year, it's so frustrating.",
          "Just like last summer, so fun!",
        ],
      },
    },
    {
      name: "piling-on",
      severity: "medium",
      patterns: [
        "^(and|plus|also|besides|oh) (plus|also|and)? you (still|also) (have not|has not|did not|do not|never|owe|forgot|left|ignored|blew|missed|broke) .{0,12}$",
        `(there is|what about|and|plus|also|then there is|not to mention) the whole ${EPISODE} (with|at|about|from|when|on|last|in) .{0,10}$`,
      ],
      exceptions: ["(sorry|apologize|apologise|sorry again) (about|for) the whole"],
      message: "Adding another complaint to this one means neither gets heard; one at a time gives this one a chance.",
      suggestions: [
        "There's something else on my mind too, but it can wait until we've worked this out",
        "I have another thing I'd like to talk about later, once we've sorted this out",
      ],
      examples: {
        flag: [
          "Plus you still owe me for the concert.",
          "also u still haven't fixed the fence",
          "And then there's the whole mess with the rent last spring.",
        ],
        pass: ["So sorry about the whole thing with your landlord.", "Also you're the best, thanks for today."],
      },
    },
  ],
};
