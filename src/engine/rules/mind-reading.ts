import type { CategorySpec } from "../rule";

/** Sure-sounding adverbs that put a claim about someone's inner life beyond discussion. */
const SURE = "(just|only|clearly|obviously|simply|probably|secretly|really|actually)";

/** Feelings a hurt person may be told they "really" have. */
const ENVY = "(jealous|envious|bitter|threatened|intimidated|resentful|salty)";

/** Roles and payoffs someone may be accused of wanting. */
const PAYOFF =
  "(the victim|a victim|the martyr|the bad guy|the hero|the center of attention|the centre of attention|right|in control|mad|angry|upset|miserable|wronged|superior|the drama|drama|attention|the attention)";

export const mindReading: CategorySpec = {
  id: "mind-reading",
  name: "Mind-reading",
  description:
    "Telling them what they really want, mean or feel ('you just want to win', 'you did that on purpose', 'you don't care'). Assigning motives invites denial instead of understanding.",
  rules: [
    {
      name: "you-just-want",
      severity: "high",
      extendToClause: true,
      patterns: [
        "you (just|only|clearly|obviously|simply|always) (want|wanted|like|love|need) to [<verb>#Verb]",
        "you (want|wanted) to (win|hurt|punish|control|fight|argue|be right|make me|blame|start|be mad|be angry|be upset|stay mad|be the victim|play the victim)",
        "you are (just|only|clearly|obviously|simply)? (trying|looking|going out of your way) to [<verb>#Verb]",
        "you (only|just) (said|say|did|do|bring) (that|this|it) (because|to|so)",
        "you (are|were|have been)? %ADV% (looking|searching|itching|dying) for (a fight|an excuse|a reason|attention|drama|something to be mad about|a way out)",
        "you (have been|are|were) %ADV% (waiting|hoping|dying) for me to (mess up|screw up|slip up|fail|slip|make a mistake|get it wrong|give up|leave|break)",
        `you (are|were)? ${SURE}? (like|love|enjoy) (being|playing|feeling|to be|to play|to feel) ${PAYOFF}`,
        `you ${SURE}? (like|love|enjoy) (arguing|fighting|complaining|starting drama|picking fights|playing games|the drama|drama|the attention|to argue|to fight|to complain)`,
        "you (are|were) (only|just|actually|secretly) (upset|mad|angry|annoyed|hurt|sulking|doing this|saying this|saying that|doing that|acting like this|acting this way) (because|since|cause)",
        "you (are|were) (only|just|actually|secretly) (upset|mad|angry|annoyed|hurt|sulking|doing this|saying this|saying that|doing that|acting like this|acting this way) (because|since|cause) .{1,14}$",
        "you (only|just) (said|say|did|do|bring) (that|this|it) (up)? (because|since|cause) .{1,14}$",
        "(obviously|clearly|apparently|evidently)? you (would|will) (obviously|clearly|really|apparently|evidently|just)? rather [<verb>#Verb] .{0,6} than (me|us|be with me|be with us|be here|here|home|spend time with me|talk to me)",
        "(obviously|clearly|apparently|evidently) you would rather [<verb>#Verb]",
      ],
      exceptions: [
        "you (just|only)? (want|wanted|need|needed) to (be heard|feel heard|feel safe|feel loved|vent|talk|rest|sleep|relax|help|protect|be happy|be there)",
        "(if|when|whenever|unless|do|did|what|where|whether) you (just|only)? (want|need|like|would rather)",
        "(upset|mad|angry|hurt) because you (care|cared|love|loved)",
        "you are (just|only)? trying to (help|protect|understand|be|do|get|make sense|figure|sleep|work)",
        "trying to (hurt|punish|guilt|manipulate|control|embarrass|humiliate|trap|make me feel)",
        "(would|will) you rather",
      ],
      message: "Telling them their motive makes them defend who they are instead of saying what hurt.",
      suggestions: ["Help me understand what you need from me", "I want to understand what's going on for you right now"],
      examples: {
        flag: [
          "You just want to win.",
          "you only want to make me feel guilty",
          "You're just trying to start a fight.",
          "You're just looking for attention.",
          "you were probably searching for an excuse to leave",
          "You've been hoping for me to slip up all week.",
          "you love playing the martyr",
          "You're only mad because I won.",
          "Clearly you'd rather hang out with them than spend time with me.",
        ],
        pass: [
          "If you want to talk tonight, I'm here.",
          "You just want to be heard, and I get that.",
          "Do you want to grab dinner?",
          "Totally fine if you'd rather stay in.",
          "Would you rather go out than stay home?",
          "You're only upset because you care so much, and I get that.",
        ],
      },
    },
    {
      name: "on-purpose",
      severity: "high",
      extendToClause: true,
      patterns: [
        "you (did|do|said|say|are doing|forgot|left|ignored) (that|it|this)? (on purpose|deliberately|intentionally|to hurt me|to spite me|to get back at me)",
        "you (are|were)? (only|just)? (doing|saying|did|said|do|say) (this|that|it) (just|only)? to (hurt|punish|spite|annoy|upset|provoke|manipulate|guilt|get to|get back at|control|scare|embarrass|humiliate) me",
        "you (are|were) %ADV% (trying|out) to (hurt|punish|guilt|manipulate|control|embarrass|humiliate|trap|make me feel) (me)?",
        "you are (just)? (manipulating|guilt tripping|gaslighting|punishing|testing|baiting) me",
        "you %ADV% (want|wanted|need|needed) me to (feel|look|seem) (bad|guilty|stupid|small|terrible|awful|horrible|responsible|worthless|dumb|crazy|selfish|like crap|like dirt|like garbage)",
        "you %ADV% (want|wanted|need|needed) me to (feel|look|seem|be) like (the|a|an)? (bad guy|villain|monster|idiot|jerk|fool|failure|loser|criminal|bad person|terrible person)",
      ],
      exceptions: [
        "(did|do|are|were) you (do|doing|did|say|saying)? (that|it|this)? (on purpose|deliberately|intentionally)",
        "(do|did) you (just|only)? (want|need) me to",
      ],
      message: "Assuming they did it on purpose turns their hurt into an accusation they must answer.",
      suggestions: ["It felt deliberate to me, and I'd like to hear what was going on for you", "I'm confused about what happened, so help me understand"],
      examples: {
        flag: [
          "You did that on purpose.",
          "you're just trying to make me feel bad",
          "You're manipulating me.",
          "u just want me to feel like a failure",
          "You said it just to get to me.",
          "you only wanted me to look stupid in front of them",
        ],
        pass: ["Did you do that on purpose? It looks amazing!", "I did it on purpose, surprise!", "do u just want me to listen", "You want me to feel better, I know."],
      },
    },
    {
      name: "you-dont-care",
      severity: "high",
      extendToClause: true,
      patterns: [
        "you (do not|don't|dont|did not|didn't) (even)? (care|cared|give a|listen|love|respect|respected|appreciate|value) (about)? (me|us|how i feel|what i think|my feelings|anything)?",
        "you (obviously|clearly|just|probably)? (do not|don't|did not) (even|actually|really)? (care|love|respect|appreciate|value|trust) (about)? (me|my|us|our|how i|what i|anything i|this relationship)",
        "you (obviously|clearly)? (think|believe) (i am|i'm) (stupid|an idiot|dumb|worthless|a joke|useless)",
        "you (never|don't|do not) (really)? (cared|care) about (me|us|my feelings)",
        "(all|the only thing) you (care|cared|think) about is",
        "you (obviously|clearly|just|probably)? do not (even|actually|really|honestly) want (this|us|it|things|me|an answer|a solution|to fix|to work|to understand|to listen|to hear|to try)",
        "you (obviously|clearly|just|probably)? do not want (this to work|us to work|it to work|things to work|to fix this|to fix it|to understand|to listen|to hear me|an answer|a solution|to be with me|me here|me around)",
      ],
      exceptions: [
        "you (do not|don't) (have to|need to) (care|worry)",
        "(do|did) you (not|n't)? (care|listen|want)",
        "you (do not|don't) care (if|whether|which|what|when|where)",
        "(if|when|unless|whether) you (do not|did not) want",
      ],
      message: "Telling them what they feel invites a denial, and the real hurt gets lost.",
      suggestions: ["I'm feeling uncared for, and I want to understand what's happening", "I'd like to talk about what's going on between us"],
      examples: {
        flag: [
          "You don't care.",
          "you dont even care about me",
          "You obviously think I'm stupid.",
          "All you care about is work.",
          "You obviously don't value my opinion.",
          "you don't actually want to fix this",
        ],
        pass: [
          "You don't have to care about the details, I'll handle it.",
          "Do you care if we eat late?",
          "you don't care which movie, right?",
          "If you don't want to go, that's okay.",
          "You don't want dessert? More for me.",
        ],
      },
    },
    {
      name: "hidden-feelings",
      severity: "high",
      patterns: [
        `you are ${SURE} ${ENVY} .{0,10}$`,
        `you are ${ENVY} (that|of|because|since) .{0,10}$`,
        "you (did not|never) (like|want|trust|respect|love|believe|care about|liked|wanted|trusted|respected|loved|believed|cared about) .{0,4} from (the start|the beginning|day one|the first day|the get go) .{0,6}$",
        "you (did not|never) (like|want|trust|respect|love|believe|liked|wanted|trusted|respected|loved|believed) .{0,4} (all along|to begin with|in the first place) .{0,6}$",
        "(i can tell|i can see|i know|it is obvious|it is clear)? you (have|had) (already|clearly|obviously|just)? (made up your mind|made your mind up|written me off|given up on me|decided that i|decided i) .{0,6}$",
        "your mind is (already|clearly|obviously)? made up .{0,6}$",
      ],
      exceptions: [
        "(if|when|unless|whether|why|do|did|have) you (are|were|have|had|never|did not)? (already)? (jealous|envious|made up|decided|like|liked|trust|trusted)",
        "(it is|it's|it was) (okay|ok|normal|fine|natural) to (be|feel)",
      ],
      message: "Naming what they secretly feel, or have already decided, leaves them nothing to say but 'no I don't'.",
      suggestions: [
        "I'd like to hear how you're feeling about all this",
        "I might be reading this wrong, and I want to hear what's going on for you",
        "I'm worried about where we stand, and I want to talk about it",
      ],
      examples: {
        flag: [
          "you're just envious of my friends",
          "You never trusted me from day one.",
          "Honestly, you didn't want this job for me from the beginning.",
          "You've clearly made up your mind already.",
          "you're obviously threatened by her",
        ],
        pass: ["It's okay to feel jealous sometimes.", "Are you jealous? You can tell me.", "If you never liked the couch from the start, we can return it.", "I've already made up my mind about the couch."],
      },
    },
  ],
};
