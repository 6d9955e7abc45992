import type { CategorySpec } from "../rule";

/** Telling them what they really want, think or feel. */
export const mindReading: CategorySpec = {
  id: "mind-reading",
  name: "Mind-reading",
  description:
    "Telling them what they really want, mean or feel ('you just want to win', 'you did that on purpose', 'you don't care'). Assigning motives invites denial instead of understanding.",
  rules: [
    {
      name: "you-just-want",
      severity: "high",
      patterns: [
        "you (just|only|clearly|obviously|simply|always) (want|wanted|like|love|need) to [<verb>#Verb]",
        "you (want|wanted) to (win|hurt|punish|control|fight|argue|be right|make me|blame|start)",
        "you are (just|only|clearly|obviously|simply)? (trying|looking|going out of your way) to [<verb>#Verb]",
        "you (only|just) (said|say|did|do|bring) (that|this|it) (because|to|so)",
        "you are? (just|only)? looking for (a fight|an excuse|a reason|attention|drama|something to be mad about)",
      ],
      exceptions: [
        "you (just|only)? (want|wanted|need|needed) to (be heard|feel heard|feel safe|feel loved|vent|talk|rest|sleep|relax|help|protect|be happy|be there)",
        "(if|when|whenever|unless|do|did|what|where|whether) you (just|only)? (want|need|like)",
        "you are (just|only)? trying to (help|protect|understand|be|do|get|make sense|figure|sleep|work)",
      ],
      message: "Telling them their motive makes them defend who they are instead of saying what hurt.",
      suggestions: ["Help me understand what you need from me", "What's going on for you right now?"],
      examples: {
        flag: ["You just want to win.", "you only want to make me feel guilty", "You're just trying to start a fight.", "You're just looking for attention."],
        pass: ["If you want to talk tonight, I'm here.", "You just want to be heard, and I get that.", "Do you want to grab dinner?"],
      },
    },
    {
      name: "on-purpose",
      severity: "high",
      patterns: [
        "you (did|do|said|say|are doing|forgot|left|ignored) (that|it|this)? (on purpose|deliberately|intentionally|to hurt me|to spite me|to get back at me)",
        "you (are doing|did|do) (this|that|it) (just)? to (hurt|punish|spite|annoy|upset|provoke|manipulate|guilt) me",
        "you (are|were) %ADV% (trying|out) to (hurt|punish|guilt|manipulate|control|embarrass|humiliate|trap|make me feel) (me)?",
        "you are (just)? (manipulating|guilt tripping|gaslighting|punishing|testing|baiting) me",
        "you (want|wanted) me to (feel|look) (bad|guilty|stupid|like the bad guy)",
      ],
      exceptions: ["(did|do|are|were) you (do|doing|did|say|saying)? (that|it|this)? (on purpose|deliberately|intentionally)"],
      message: "Assuming they did it on purpose turns their hurt into an accusation they must answer.",
      suggestions: ["It felt like that to me. Can you tell me what was going on for you?", "I'm confused about what happened. Help me understand"],
      examples: {
        flag: ["You did that on purpose.", "you're just trying to make me feel bad", "You're manipulating me."],
        pass: ["Did you do that on purpose? It looks amazing!", "I did it on purpose, surprise!"],
      },
    },
    {
      name: "you-dont-care",
      severity: "high",
      patterns: [
        "you (do not|don't|dont|did not|didn't) (even)? (care|cared|give a|listen|love|respect|respected|appreciate|value) (about)? (me|us|how i feel|what i think|my feelings|anything)?",
        "you (obviously|clearly|just)? (do not|don't) (even)? (care|love me|respect me|appreciate me)",
        "you (obviously|clearly)? (think|believe) (i am|i'm) (stupid|an idiot|dumb|worthless|a joke|useless)",
        "you (never|don't|do not) (really)? (cared|care) about (me|us|my feelings)",
        "(all|the only thing) you (care|cared|think) about is",
      ],
      exceptions: ["you (do not|don't) (have to|need to) (care|worry)", "(do|did) you (not|n't)? (care|listen)", "you (do not|don't) care (if|whether|which|what|when|where)"],
      message: "Telling them what they feel invites a denial, and the real hurt gets lost.",
      suggestions: ["I'm feeling uncared for, and I want to understand what's happening", "Can we talk about what's going on between us?"],
      examples: {
        flag: ["You don't care.", "you dont even care about me", "You obviously think I'm stupid.", "All you care about is work."],
        pass: ["You don't have to care about the details, I'll handle it.", "Do you care if we eat late?", "you don't care which movie, right?"],
      },
    },
  ],
};
