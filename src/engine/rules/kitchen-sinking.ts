import type { CategorySpec } from "../rule";

/** Piling old grievances onto the current one. */
export const kitchenSinking: CategorySpec = {
  id: "kitchen-sinking",
  name: "Kitchen-sinking",
  description:
    "Piling on other grievances ('and another thing', 'this is just like when you…'). Every issue gets added to the pile and none gets resolved.",
  rules: [
    {
      name: "and-another-thing",
      severity: "medium",
      patterns: [
        "(and|oh and|plus|also)? another thing",
        "while (we are|we're|were) (at it|on the subject|on the topic|talking about)",
        "(not to mention|don't get me started on|do not get me started on|let's not forget|let us not forget|lets not forget) (the time|when|how|that time|last)?",
        "(and|plus) (don't|do not) (forget|get me started)",
        "since (we are|we're) (bringing things up|airing|listing|on the subject)",
        "(same|just) (like|as) (last|every) (time|week|month|year|christmas|birthday|weekend)",
      ],
      exceptions: ["another thing (to|i|we|on|for) (buy|get|bring|add|do|need|remember|pack|grab)", "not to mention (how|that) (great|amazing|good|kind|sweet|much)"],
      message: "Bringing in other grievances buries this one; none of them gets resolved.",
      suggestions: ["Can we stay with this one thing for now?", "I have other things on my mind too, but let's focus on this"],
      examples: {
        flag: ["And another thing, you never clean up.", "While we're at it, what about the money?", "Not to mention the time you forgot my birthday."],
        pass: ["Another thing to add to the grocery list: milk.", "Not to mention how great the food was!"],
      },
    },
    {
      name: "just-like-when",
      severity: "medium",
      patterns: [
        "(this|it|that) is (just|exactly|always)? (like|the same as) (when|the time|that time|last time|what happened when) you",
        "(just|exactly) like (when|the time|that time|last time) you",
        "you did the (same|exact same) (thing)? (last|at|on|with|when)",
        "(remember|like) (the|that|last) time (when)? you",
        "(this|it) is (always|never) (the same|different) with you",
        "(this|it) is (the|a) (pattern|same old|same thing)",
        "(here|there) (we|you) go again",
        "(you|this) (is|are) (happening)? (again|all over again)",
      ],
      exceptions: ["remember (the|that) time (we|you) (went|laughed|met|danced|visited|saw|tried)", "like the time you (helped|saved|surprised|made me)"],
      message: "Linking this to past hurts makes it a verdict on the relationship instead of a problem you can solve now.",
      suggestions: ["Let's focus on what happened today", "Can we talk about this time on its own?"],
      examples: {
        flag: ["This is just like when you forgot my birthday.", "Here we go again.", "It's the same thing every time with you, just like last time."],
        pass: ["Remember the time we went to Lisbon?", "This is just like when we were kids, so fun!"],
      },
    },
  ],
};
