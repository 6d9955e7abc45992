import type { CategorySpec } from "../rule";

/** Telling someone their feelings are too big, wrong, or not worth having. */
export const minimizing: CategorySpec = {
  id: "minimizing",
  name: "Minimizing",
  description:
    "Telling someone their reaction is too big or not valid ('calm down', 'you're overreacting'). It rarely calms anyone; it tells them they are not being heard.",
  rules: [
    {
      name: "calm-down",
      severity: "high",
      patterns: [
        // Said to them: an imperative, or "you need to …", or "can you …".
        "^(just|please|ok|okay|babe|dude|hey|omg|god|jeez|geez|seriously|oh|so|now|come on|honestly|well|look|listen|wow)? (just|please)? (calm|settle|cool|simmer) down",
        "(but|so|now|please|just|ok|okay|dude|babe|seriously) (calm|settle|cool|simmer) down",
        "you (need|have|got|gotta|should|must|really need|just need|seriously need) to (just)? (calm|settle|cool|simmer) down",
        "(can|could|would|will|why can not|why will not) you (just|please)? (calm|settle|cool|simmer) down",
        "^(just|please|ok|okay|babe|dude|hey|omg|god|jeez|geez|seriously|oh|so|now|come on|honestly|well|look|listen|wow)? (just|please)? (relax|chill out|chill|cool it|take a chill pill)",
        "you (need|have|got|gotta|should|must|really need|just need|seriously need) to (just)? (relax|chill|chill out|cool it)",
        "(can|could|would|will) you (just|please)? (relax|chill|chill out)",
      ],
      exceptions: [
        "(i|we|me|us|myself|ourselves|let) (need|needs|want|have|got|gotta|going|will|would|should|can|could|am|try|tried|trying|help|helps|helped|to)? (to)? (calm|settle|cool|relax|chill)",
        "(to|and|can|could|should|will|would|'ll) (relax|chill|calm down) (this|on|at|tonight|tomorrow|together|for|after|before|with|in)",
        "(i|we) (am|are|was|were|feel|felt) (calm|chill|relaxed)",
        "(once|after|when|until|before) (i|we|things|everything|everyone) (calm|calms|settle|settles|cool|cools) down",
        "chill (vibe|vibes|night|evening|weekend|day|place|spot|music|guy|person|movie|time)",
        "(relax|chill) (and|with|at|on|this|tonight|together)",
      ],
      message: "Being told to calm down tells someone their feelings are the problem, and usually makes them stronger.",
      suggestions: [
        "I can see how upset you are",
        "This really matters to you, and I'm listening",
        "Take whatever time you need. I'm here",
      ],
      examples: {
        flag: ["Calm down.", "Can you just calm down for a second?", "relax, it's fine", "ok chill"],
        pass: ["I need to calm down before we talk.", "Let's relax this weekend at the lake.", "she told me to calm down and it hurt", "It was a chill evening"],
      },
    },
    {
      name: "overreacting",
      severity: "high",
      patterns: [
        "you %ADV% (overreacting|overreacted|overreact|overthinking|overthink|overthought|exaggerating|exaggerate|exaggerated|freaking out|spiraling|spiralling|catastrophizing)",
        "you are %ADV% (overreacting|overthinking|exaggerating|freaking out|losing it|spiraling|spiralling|catastrophizing|making a scene|making a big deal)",
        "you are %ADV% blowing (this|it|things|everything|that) way? (out of proportion|up)",
        "you %ADV% (blew|blow) (this|it|things|that|everything) (out of proportion|up)",
        "you are %ADV% making (this|it|that|everything) (into)? (a big deal|such a big deal|a thing|a huge thing|about you|bigger than it is|a bigger deal)",
        "you are %ADV% making a (big deal|mountain out of a molehill|huge deal|scene) (out of|about|over)? (nothing|this|it)?",
        "(stop|quit) %ADV% (overreacting|overthinking|exaggerating|freaking out|making a big deal|making a scene|blowing this out of proportion)",
        "(that|this) is %ADV% (an overreaction|a huge overreaction|a bit much|way too much|so much)",
      ],
      exceptions: ["(nobody|no one|none of us|not one of us) (thinks|thought|believes|is saying|said|says|would say) (that)? (you|you are)"],
      message: "Calling a reaction too big tells them their feelings are wrong instead of asking what's behind them.",
      suggestions: [
        "I can see this really hurt you",
        "This clearly matters a lot to you. Help me understand why",
        "I didn't realize how big this felt for you",
      ],
      examples: {
        flag: ["You're overreacting.", "youre totally overreacting", "YOU'RE OVERREACTING", "You're blowing this way out of proportion.", "Stop making a big deal out of nothing"],
        pass: ["You're not overreacting.", "Am I overreacting?", "I don't think you're overreacting at all.", "my mom says I'm overreacting", "no one thinks you're overreacting, love"],
      },
    },
    {
      name: "too-sensitive",
      severity: "high",
      patterns: [
        "you are %ADV% (being|acting|getting)? %ADV% [<trait>(sensitive|dramatic|touchy|emotional|hysterical|oversensitive|hypersensitive|melodramatic|petty|childish|immature|paranoid|insecure|needy|clingy|crazy|ridiculous|silly|extra|a drama queen|a baby|a child|so much)]",
        "(do not|stop|quit) (be|being|acting|getting) (so|that|such a|this|too)? [<trait>(sensitive|dramatic|touchy|emotional|hysterical|oversensitive|melodramatic|petty|childish|immature|paranoid|insecure|needy|clingy|crazy|ridiculous|silly|extra|a baby|upset|mad|precious|difficult|sensitive about it)]",
        "(stop|quit) (being|acting) (so|that|such a|this|too)? #Adjective",
        "(why|how) are you (so|this|being so)? (sensitive|dramatic|touchy|emotional|upset) (about|over) (this|that|nothing|it)",
      ],
      exceptions: ["(do not|stop) be (so|too)? (hard|tough|rough|mean) on yourself", "stop being (so)? (hard|tough) on yourself", "(nobody|no one|none of us|not one of us) (thinks|thought|believes|is saying|said|says|would say) (that)? (you|you are)"],
      message: "Labelling their feelings as too much shuts the conversation down; it tells them to feel less, not that you hear them.",
      suggestions: [
        "I can see this really hurt you",
        "It makes sense that you feel this strongly",
        "I'm sorry this hurt so much",
      ],
      examples: {
        flag: ["You're being too sensitive.", "Don't be so dramatic.", "ur being so dramatic", "Stop being so touchy about it"],
        pass: ["You're not being dramatic.", "Don't be so hard on yourself.", "Am I being too sensitive?", "you're being so sweet today"],
      },
    },
    {
      name: "not-a-big-deal",
      severity: "medium",
      patterns: [
        "(it|that|this)? #Copula? (not|no|not such|hardly|never) (a|that|that big a|such a|that much of a|a very)? (big|huge|major|serious) deal",
        "no (big|huge|biggie) deal",
        "(it|that|this) #Copula? (not|hardly|no) (that|so|a) (big|bad|serious|deep)",
        "(it|that|this) #Copula (really|honestly|seriously|just|literally|truly|actually) (not|hardly) (that|so|a|such a) (big|bad|serious|deep|big deal|major)",
        "(it|that|this) #Copula? (not|hardly) the end of the world",
        "(it|that|this) #Copula (not|nothing) worth (getting|being) (upset|mad|angry|worked up) (over|about)?",
        "(why|how) is (this|that|it) (such|a|so) (a)? (big|huge) (deal)?",
        "(it|that|this) (was|is) (nothing|not a thing|no biggie)$",
        "you are %ADV% (upset|mad|angry|crying|sad|worked up) (over|about|for) (nothing|something so small|a little thing|a tiny thing|a stupid thing|a silly thing|this)",
      ],
      exceptions: [
        "(big|huge|serious) deal (if|whether|either|for me|to me|at all if|at all)",
        "(big|huge) deal (take|no rush|no worries|happens|do not worry|you can|just|honestly if|i can|reschedule|next time|another time)",
        "(big|huge) deal we can (always|just)? (reschedule|do it|go|try|meet|move|push|figure|talk|catch up|make it|get together|skip)",
        "(not|no) (a|such a|that)? (big|huge) deal (that|if) you",
        "(is|was) it a (big|huge) deal",
      ],
      message: "Telling them it's not a big deal says their feelings are out of proportion; it clearly is a big deal to them.",
      suggestions: [
        "I can see this is a big deal to you",
        "I didn't realize how much this mattered to you",
        "I'm sorry, I can see it matters",
      ],
      examples: {
        flag: ["It's not a big deal.", "its not that big a deal", "It's not the end of the world.", "You're upset over nothing", "it's honestly not that deep", "It's not a big deal, we can just buy a new one."],
        pass: ["No big deal if you can't come.", "it's no big deal, take your time", "Is it a big deal if I'm 10 minutes late?", "It's not a big deal for me to drive you.", "No big deal, we can reschedule."],
      },
    },
    {
      name: "take-a-joke",
      severity: "high",
      patterns: [
        "(can not|could not) you (just)? take a joke",
        "(learn|need) to take a joke",
        "(lighten|loosen) up",
        "where is your sense of (humor|humour)",
        "(it|that) #Copula (just|only) a? (joke|banter|teasing|a little teasing)",
        "you (have|got) no sense of (humor|humour)",
        "you can not take a joke",
        "(it|that) (was|is) (literally|obviously|clearly|totally|only|just)? (a|a harmless|a little|a stupid|a dumb|a silly) (joke|prank|gag)",
      ],
      exceptions: ["(a|the) joke (how|that|to|of|compared|right|was on)", "(was|is) (it|that) a joke"],
      message: "Asking them to take a joke says the hurt is a flaw in them, not in what was said.",
      suggestions: [
        "I can see it didn't feel like a joke to you, and I'm sorry",
        "That hurt you, and I'm sorry",
      ],
      examples: {
        flag: ["Can't you take a joke?", "cant u take a joke", "Lighten up!", "Where's your sense of humor?", "That was obviously a joke", "it was a harmless prank"],
        pass: ["My dad can't take a joke, she said, and laughed.", "You always know how to lighten the mood", "Loosen the screws first.", "It's a joke how little they pay you."],
      },
    },
    {
      name: "shouldnt-feel",
      severity: "high",
      patterns: [
        "you (should not|shouldn't|do not need to|don't need to|have no reason to|have no right to) (feel|be) (that way|like that|this way|so? #Adjective|upset|hurt|mad|angry|sad|jealous)",
        "there is (no|not any) (reason|need|point) (to be|in being|to get|getting) (so|this|that)? (upset|mad|angry|hurt|jealous|worked up|emotional)",
        "(it is|that is|it's|that's) (silly|ridiculous|stupid|crazy|absurd|irrational) to (feel|be|get) (that way|like that|upset|hurt|mad|jealous)",
        "(stop|quit) (crying|whining|complaining|sulking|pouting|moping|being upset|being mad|being sad)",
      ],
      message: "Their feelings are already there; being told not to have them tends to make people feel alone with them.",
      suggestions: [
        "It makes sense you feel this way",
        "I can see why you're upset",
        "I'm here. Tell me what's going on for you",
      ],
      examples: {
        flag: ["You shouldn't feel that way.", "There's no reason to be so upset.", "Stop crying.", "you don't need to be so upset"],
        pass: ["I hope you don't feel that way about the trip.", "Stop by whenever you like."],
      },
    },
    {
      // Medium, so that where a put-down rule reads the same words as contempt, contempt's finding stands.
      name: "get-over-it",
      severity: "medium",
      patterns: [
        "(get|got|getting) over (it|yourself|this|that) %ADV% (already)?",
        "(move|moving) on already",
        "you will (get|be) over (it|this|that)",
      ],
      exceptions: ["(i|we) (need to|have to|will|should|can|am going to|am trying to|just)? (get|got|getting) over (it|this|that)"],
      message: "Telling them to get over it asks them to drop the feeling before anyone has heard it.",
      suggestions: ["I can see this is still hurting you", "Take the time you need. I'm here when you want to talk"],
      examples: {
        flag: ["You'll get over it.", "just get over it already", "Can you move on already?"],
        pass: ["I'll get over it, don't worry", "I was so nervous but I got over it", "We're getting over the flu, finally."],
      },
    },
    {
      name: "just-one-thing",
      severity: "medium",
      patterns: [
        // "It was one course." "it was ONE beer" "It was five minutes."
        "(it|that|this) was (just|only|literally|like|barely|honestly|really)? (one|a single|#Value) (missed|little|tiny|small|short|quick|single|stupid|silly|dumb|harmless|minor|late)? #Noun (of #Noun)?$",
        // "it's one anniversary out of ten"
        "(it|that|this) (is|was) (just|only|literally|like|barely|honestly|really)? (one|a single|#Value) #Adjective? #Noun out of #Value",
        // "It was a tiny comment."
        "(it|that|this) (is|was) (just|only|literally|like|honestly|really)? a (tiny|small|little|minor|silly|stupid|harmless|throwaway|offhand|dumb|quick|single|stupid little|tiny little|silly little) (comment|remark|joke|mistake|thing|text|word|detail|scratch|dent|slip|typo|oversight|misunderstanding|accident|question|photo|picture|post)",
        // "it's not like I missed the whole dinner"
        // (compromise's fast tagger reads "it's not" as "it has not")
        "(it|that) (is|has) not like (i|we) %ADV% (#PastTense|did|was|were|had|forgot|missed) (the whole|the entire|all of|every|your whole|your entire|anything|everything|a lot|that much)",
        "(it|that) (is|has) not like (i|we) %ADV% (cheated|cheated on you|killed|murdered|slept with|stole|hit|robbed|wrecked|crashed)",
      ],
      exceptions: [
        "(small|little|tiny|quick|minor) (thing|question) (but|and|i|could|can|if)",
        "(it|that|this) (is|was) (just|only)? (a|one) (quick|small) question",
      ],
      extendToClause: true,
      message: "Shrinking what happened ('it was one beer') tells them their hurt is too big for it; the size of the thing is not the size of the feeling.",
      suggestions: ["I can see it mattered to you", "It was important to you, and I get that", "I can see it hurt, whatever the size of it"],
      examples: {
        flag: ["It was one glass of wine.", "it was literally two minutes", "That was a stupid little comment, honestly.", "It's not like I ate the whole cake.", "it's not like i cheated on you"],
        pass: ["It was one of the best nights of my life.", "It's a small thing, but could you close the door?", "It was a quick question about dinner.", "It's not like you to be late, everything ok?"],
      },
    },
    {
      name: "being-unreasonable",
      severity: "medium",
      patterns: ["(being|acting) %ADV% (irrational|unreasonable|illogical|unhinged|insane|nuts)"],
      exceptions: [
        "(not|never) (being|acting) %ADV% (irrational|unreasonable|illogical|unhinged|insane|nuts)",
        "(i|we|am i|was i) (am|was|were)? (being|acting)",
        "(nobody|no one|none of us) (thinks|thought|believes|is saying|said|says) (that)? (you|you are|you were)",
      ],
      extendToClause: true,
      message: "Calling their reaction unreasonable tells them the feeling has to be argued down before it counts.",
      suggestions: ["really upset{rest}, and I want to understand why", "clearly hurt{rest}. Help me see it the way you do"],
      examples: {
        flag: ["You're being so unreasonable about the car.", "you are acting completely irrational right now"],
        pass: ["You're not being unreasonable about the car.", "I was being unreasonable yesterday, sorry."],
      },
    },
    {
      name: "spare-me-the-drama",
      severity: "medium",
      patterns: [
        "(spare|save) me (the|your|all the|all your) (drama|theatrics|hysterics|waterworks|tears|sob story|pity party|crocodile tears)",
        "(cut|stop|quit|enough with|enough of|knock off|save) (the|your|all the|all this|this) (drama|theatrics|hysterics|waterworks|crocodile tears|sob story|pity party)",
      ],
      exceptions: ["drama (class|club|teacher|department|program|programme|series|show|lessons|school|camp)"],
      message: "Calling their hurt 'drama' tells them it is a performance, not a feeling worth hearing.",
      suggestions: ["I can see how much this hurt you", "This clearly matters to you. Tell me what's going on"],
      examples: {
        flag: ["Spare me the drama.", "cut the theatrics, please", "Enough with the waterworks"],
        pass: ["The show had enough drama for one season.", "She cut the drama class this year."],
      },
    },
  ],
};
