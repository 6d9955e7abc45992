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
        // Opening the floor to more grievances: "since you brought it up", "since we're being honest".
        "since (you are|we are|you have|your|you|we|we have) (bringing|brought|raising|raised|mentioning|mentioned|digging|dragging|dredging|dredged) (it|this|that|stuff|things|everything|old stuff|the past)? (up)? (let us|lets|what about|how about|i have|you|your|there is|remember|we should|i might as well|also|and|let)",
        "(let|lets) us? (also)? (talk|discuss|chat) about (what you did|what you said|the time you|that time you|the way you treated|the way you talked|the way you spoke|the way you acted|the way you behaved)",
        "(let|lets) us? (also)? (talk|discuss|chat) about your (attitude|behavior|behaviour|spending|drinking|mother|mom|tone|temper|habits|phone|friends|family|ex|lies|lying)",
        "(let|lets) us? (also)? (talk|discuss|chat) about how you (treated|talked|spoke|acted|behaved|handled|reacted|ignored|left|embarrassed|yelled|spent|lied|forgot|never|always|blew|bailed)",
        // Announcing that the list is long: "I could go on", "I have a whole list".
        "(i|we) could (go on|keep going|write a book|name more|name ten|name a dozen|list more|give you more)$",
        "(i|we) could (go on|keep going) (and on|all day|forever|about you|about your)",
        "and the list goes on",
        "the list goes on and on",
        "(i|we) (have|have got|got|keep|could make|could give you|could write) a (whole|long|running|entire|full)? list$",
        "(i|we) (have|have got|got|keep|could make|could give you|could write) a (whole|long|running|entire|full)? list of (things|complaints|grievances|reasons|examples|times|stuff)",
        "^(and)? (that is|this is) not (even)? (the worst part|the worst of it|the half of it|half of it|the only thing|the only time)",
        "^not only that (you|your|but you)",
        "(i have not|i did not|we have not) (even)? (mentioned|gotten to|started on|brought up|talked about|touched on) (your|how you|what you|when you|that time|the time you|last time)",
        "^speaking of (which|that|this) (you still|you never|you forgot|you owe|you also|you did not|you have not|your|what about|remember)",
      ],
      exceptions: [
        "another thing (to|i|we|on|for) (buy|get|bring|add|do|need|remember|pack|grab)",
        "not to mention (how|that) (great|amazing|good|kind|sweet|much)",
        "(are|is|was|were|decided|agreed|told|asked|promised|careful) not to mention",
        "(is|was|be|quite|entirely) another thing",
        "while (we are|were|i am|im) at it (i|we) (will|can|could|might|should|am going to|are going to)? (grab|get|pick|buy|book|order|fix|clean|do|make|check|call|send|bring|take|add)",
        "on the (subject|topic) of (dinner|lunch|breakfast|food|plans|the trip|the weekend|vacation|the party|birthdays|gifts)",
        "since you brought it up (yes|yeah|sure|i would love|i would like|i think|i am)",
        "(have not|did not) (even)? (mentioned|gotten to) the (best|good|fun|nicest|sweetest) (part|bit)",
      ],
      message: "Bringing in other grievances buries this one; none of them gets resolved.",
      suggestions: ["I'd like us to stay with this one thing for now", "I have other things on my mind too, but let's focus on this"],
      examples: {
        flag: [
          "Since you brought it up, what about your mother?",
          "oh and since ur bringing stuff up lets also talk about the bill",
          "Let's also talk about how you treated my friends.",
          "I could go on.",
          "And the list goes on.",
          "I have a whole list.",
          "Not only that, you lied about it.",
          "Speaking of which, you still haven't fixed the sink.",

          "And another thing, you never clean up.",
          "While we're at it, your car is still blocking the driveway.",
          "let's not forget the whole thing at the wedding",
          "Not to mention the time you forgot my birthday.",
          "and don't even get me started on your brother",
          "while I'm at it, you forgot to call the bank too",
          "On top of that, you were rude to my mom.",
        ],
        pass: [
          "Since you brought it up, yes, I'd love to go.",
          "Let's talk about how you're feeling.",
          "I could go on about how much I love this place.",
          "I have a list of restaurants to try.",
          "Not only that, she got the job!",
          "Speaking of which, did you book the flights?",
          "While we're on the subject of dinner, pizza?",

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
        "(this|it|that) is (just|exactly|precisely|literally) like (the|that|last|your|our) .{0,2} (trip|vacation|holiday|holidays|party|wedding|birthday|anniversary|christmas|thanksgiving|weekend|move|fight|incident|fiasco|disaster|mess|thing)",
        // Tying this to an older hurt: "this reminds me of the whole car thing", "just like you did with the rent".
        "(this|it|that) (reminds|is reminding) me (of)? (the whole|what you did|what you said|what happened|last time|exactly)",
        "(this|it|that) (reminds|is reminding) me (of)? (when you|the time you|that time you|how you) (forgot|left|lied|yelled|ignored|bailed|cancelled|canceled|ditched|embarrassed|blew|missed|walked out|stormed|screamed|flirted|hid|broke|ruined|abandoned|stood me up|humiliated|insulted|disappeared|ghosted|snapped|blamed|did not|never|refused|made fun|laughed at|criticized|criticised|hung up|went behind)",
        "(this|that|it) is the (second|third|fourth|fifth|sixth|tenth|umpteenth|nth|hundredth|millionth|100th) time (you|that you)",
        "(this|that|it) is the (second|third|fourth|fifth|sixth|tenth|umpteenth|nth|hundredth|millionth) time (this week|this month|this year|today|in a row)$",
        "you (did|pulled|said|do|pull) (this|that|it|the same thing|the exact same thing|the same) (at|on|last|with|in|during|when) .{0,4} (too|also|again)$",
        "(this|it|that) (happened|happens) (last|at|with|before|on) .{0,4} too$",
        "(just|exactly)? like you did (with|at|on|last|when|in|to|before|the) .{0,6}$",
        "same old (story|thing|song|pattern|crap|stuff|shit|routine|excuse|excuses|bs|you|nonsense|drama)",
        "(this|it|that) is (exactly|just|precisely)? what you did (at|on|with|last|when|in|to|before|the)",
        "remember (what|how) you (did|acted|behaved|treated|spoke|talked) (at|on|last|with|when|in|to|during|me)",
        "remember (when|the time|that time) you (forgot|left|lied|yelled|ignored|bailed|cancelled|canceled|ditched|embarrassed|blew|missed|walked out|stormed|screamed|flirted|hid|broke|ruined|abandoned|stood me up|humiliated|insulted|disappeared|ghosted|snapped|blamed|did not|never|refused|made fun|laughed at|criticized|criticised|hung up|went behind)",
      ],
      exceptions: [
        "remember (the|that) time (we|you) (went|laughed|met|danced|visited|saw|tried)",
        "like the time you (helped|saved|surprised|made me)",
        "(just|exactly) like (last|that|every) .{0,2} (so|such)? (fun|great|amazing|lovely|perfect|good)",
        "(same|exact same) thing .{0,5} (great|fun|amazing|perfect|awesome|worked|good|lovely)",
        "remember (what|how) you (said|did) .{0,5} (sweet|nice|cute|funny|kind|lovely|love|perfect)",
      ],
      message: "Linking this to past hurts makes it a verdict on the relationship instead of a problem you can solve now.",
      suggestions: ["Let's focus on what happened today", "I'd like us to talk about this time on its own"],
      examples: {
        flag: [
          "This reminds me of the whole car thing in 2019.",
          "It reminds me of when you lied about the money.",
          "This is the third time you've done this.",
          "You did this at Christmas too.",
          "Just like you did with the rent.",
          "Same old story with you.",
          "This is exactly what you did at my birthday.",
          "this is exactly like the Lisbon trip",

          "This is just like when you forgot my birthday.",
          "It's the same thing every time with you, just like last time.",
          "Same thing happened at your sister's party.",
          "it's just like last christmas with your mom",
          "This is exactly what happened with the rent.",
          "It's like the camping trip all over again.",
        ],
        pass: [
          "This reminds me of our first date, so sweet.",
          "It reminds me of when you taught me to swim.",
          "This is the third time this month the train was late.",
          "You did the same thing last year and it was great!",

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
        "^(and|plus|also|besides|oh|oh and|and also|oh and also|oh also|plus also|and plus|and oh) you (still|also|even|never)? (have not|has not|did not|do not|never|owe|forgot|left|ignored|blew|missed|broke|lied|yelled|called|flirted|bailed|cancelled|canceled|spent|took|ate|borrowed|lost) .{0,12}$",
        `(there is|there was|then there was|plus there is|plus there was|what about|and|plus|also|then there is|not to mention) the whole ${EPISODE} (with|at|about|from|when|on|last|in) .{0,10}$`,
      ],
      exceptions: ["(sorry|apologize|apologise|sorry again) (about|for) the whole"],
      message: "Adding another complaint to this one means neither gets heard; one at a time gives this one a chance.",
      suggestions: [
        "There's something else on my mind too, but it can wait until we've worked this out",
        "I have another thing I'd like to talk about later, once we've sorted this out",
      ],
      examples: {
        flag: [
          "Oh and also, you still owe me money.",
          "Plus there was the whole thing with your ex.",

          "Plus you still owe me for the concert.",
          "also u still haven't fixed the fence",
          "And then there's the whole mess with the rent last spring.",
        ],
        pass: [
          "Also, can you grab milk?",
"So sorry about the whole thing with your landlord.", "Also you're the best, thanks for today."],
      },
    },
  ],
};
