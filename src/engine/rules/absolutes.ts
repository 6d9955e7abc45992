import type { CategorySpec } from "../rule";

/**
 * "Always" and "never" used as criticism. Praise uses the same words ("you always make me laugh"),
 * so each rule carries the verbs that make an absolute kind rather than critical. Praise verbs
 * only rescue "always": "you never help" and "you never make me laugh anymore" are complaints.
 */
const PRAISE =
  "(make me laugh|make me smile|make me happy|make me feel better|make me feel loved|make me feel safe|make me feel at home|make me feel welcome|make me feel special|make me feel seen|know what|know how|know just|help|support|cheer|brighten|care|take care|look|looked|show up|come through|remember|have my back|believe|get me|understand|surprise|inspire|amaze|impress|light up|put a smile|give the best|find a way|find the best|find the perfect|pick the best|pick the perfect|have the best|manage|lift|save|got my back|treat me|hear me out|make time|say the right|say the sweetest|say the nicest|make the best|make my day|bring|smell|sound|go above|go out of your way|go the extra mile|listen to me|listen so|listen when|look out|have a place|have me|have a home|have a seat|have a room|have a bed|have my support|have my heart|have my love|have someone|have a friend|have us|have a way|have such|have good|have great|keep me|keep us|put others|put me first|put a smile|smile|laugh|give|share|try your best|do your best|do so much|do such|lift me|calm|ground|encourage|motivate|teach|show up for|stand up for|stick up for|defend me|protect|think of|think about others|remind me|notice|see the best|see the good|pick me up|check on|check in|ask how|pull through|deliver|nail|kill it|crush it|rock|shine|glow|answer|pick up|call back|text back|reply|respond|drop everything|ask about|ask me how|make sure|make room|stand by|back me up|take my side|hold my hand|hug|forgive|offer|find time|find the time|include|invite|welcome|keep your promises|keep your word|tell me the truth|follow through|take the time|take care|save the day|come to the rescue|make it work|figure it out|know exactly)";

/** Adverbs that may sit between "always"/"never" and the verb without changing the move. */
const MID = "(once|even|ever|really|just|actually|seriously|literally|still|truly)";

/**
 * Objects that end in "you", which the clause tail would cut off ("make everything about| you"),
 * so they are taken into the verb.
 */
const VERB = "[<verb>#Verb (thank you|everything about you|it about you|this about you|things about you|everything about yourself|it about yourself)?]";

/** What someone "is always"/"is never": a state or an ongoing action. */
const STATE =
  "(on time|on your phone|on my side|somewhere else|the victim|like this|like that|around|there|here|home|ready|available|late|busy|#Gerund|#Adjective)";

/** Things one may say "you're always/never ..." about kindly. */
const KIND_STATE =
  "(so|such|the)? (sweet|kind|right|welcome|there|here|good|great|amazing|lovely|thoughtful|generous|patient|funny|fun|supportive|helpful|beautiful|gorgeous|brilliant|honest|loyal|invited|the best|a joy|in my corner|on my side|calm|positive|cheerful|happy|smiling|laughing|helping|giving|caring|understanding|encouraging|welcoming|warm|gentle|strong|reliable|dependable|punctual|prepared|organized|organised|ready to help|ready to listen|up for|willing|there for|a phone call away|a call away|a text away|the first|radiant|polite|optimistic|upbeat|chill|wise|smart|creative|fair|humble|careful|considerate|respectful|attentive|nice|cute|brave|fearless|hardworking|working so hard|on top of|thinking of|looking out|the life of|my favorite|my favourite|my rock|my person|right there|available for me|game|down for|good with|good to|great with|great at|good at|the one who makes)";

/** The phrases talked about rather than used: "'you always' and 'you never' are ...", "it's not that you always ...". */
const MENTION = [
  "(you always|you never) (and|or) (you always|you never)",
  "(you always|you never) (are|is) (the|a|two|words|phrases|red flags)",
  "not (that|because) you (always|never|constantly|forever)",
];

export const absolutes: CategorySpec = {
  id: "absolutes",
  name: "Absolutes",
  description:
    "Criticism with 'always' or 'never' ('you always…', 'you never…'). It turns one moment into a verdict on who they are, and invites them to argue about the exceptions.",
  rules: [
    {
      name: "you-always",
      severity: "medium",
      patterns: [
        `you (always|constantly|forever|continually|literally) (always|constantly)? ${MID}? ${VERB}`,
        `(why|how come) (do|does|must) you (always|constantly) ${VERB}`,
        // "You've always put your friends first": a lifetime made into the verdict.
        "you (have|had) always [<verb>#Verb]",
      ],
      exceptions: [
        `you (always|constantly|forever|literally) (always)? (#Adverb)? ${PRAISE}`,
        "you (always|constantly) (#Adverb)? #Verb (the|such)? (best|perfect|nicest|greatest|coolest|sweetest|funniest|cutest|kindest|most)",
        "you (always|forever) (know|knew) (it|this|that)",
        "you always (can|could|have to|need to|should|will) (come|call|ask|text|stay|count|talk|rely|tell|reach|crash|borrow|use|cancel|change|reschedule)",
        "(if|whether|when|unless|what|whenever) you (always|constantly)",
        "you (always|constantly) .{1,8} (right|correct)$",
        "^(do|did|have|would|will) you (always|constantly)",
        "(!why) (do|did|have) you (always|constantly)",
        "you always (were|are|was|have been)",
        "(have|had) always been (so|such|really|very|truly)? #Adjective",
        "(have|had) always (made me|been there|been my|been so|been such|been the|been a|been kind|been good|been great|taken care|had my back|believed|supported|known|loved|looked out|shown up|come through|put me first|put us first|put family first|treated me well|treated me like|done your best|given|helped|cared|understood|got me|gotten me|stood by|protected|made time|made the best|made it|made everything|inspired|been there for)",
        "you (always|constantly|literally) (always)? do (this|that) thing (where|when)",
        ...MENTION,
      ],
      extendToClause: true,
      message: "'Always' turns one hurt into a judgement of who they are, and invites a debate about the exceptions.",
      suggestions: ["When you {verb:past}{rest}, I felt hurt", "It hurts me when you {verb:infinitive}{rest}", "I felt hurt this time"],
      examples: {
        flag: [
          "You've always been like this.",
          "You have always put your friends first.",
          "you always have an excuse",

          "You always do this.",
          "you constantly cut me off when I talk",
          "Why do you always turn everything into a fight?",
          "you literally always forget to text back",
        ],
        pass: [
          "You always go above and beyond.",
          "You always answer when I call.",
          "You always have a place here.",
          "You always take the early train, right?",
          "You always were the smart one.",

          "You always make me laugh.",
          "You always know what to say.",
          "you always pick the best movies",
          "Do you always take the early train?",
          "It's not that you always forget, this one just mattered.",
        ],
      },
    },
    {
      name: "you-never",
      severity: "medium",
      patterns: [
        `you (never|literally never) (ever)? ${MID}? ${VERB}`,
        `you (have|had) never ${MID}? [<verb>#Verb]`,
        `(why|how come) (can not|will not|do not|does not) you ever ${MID}? ${VERB}`,
        // "You can never just admit it", "you can't ever just say sorry", "why do you never listen".
        `you (can|could) (never|not ever) (just|even|once|simply|actually)? ${VERB}`,
        `(why|how come) (do|does|did) you never ${MID}? ${VERB}`,
        "^you (never|always) (do|did)?$",
        // "You have yet to admit it": never, said as still-pending.
        "you (have|had) (still)? yet to (once|even|ever)? [<verb>(admit|apologize|apologise|say|thank|ask|listen|acknowledge|own|take|show|lift|help|remember|call|follow)]",
      ],
      exceptions: [
        "you never (fail|failed|disappoint|disappointed|let me down|stop|complain|complained|judge|judged|give up|gave up|miss|missed|cease|forget|forgot|hesitate|hesitated|say no|said no|turn me away|turned me away|hold back|leave anyone out|make me feel|made me feel|raise your voice|raised your voice|lose your temper|lost your temper|lose your cool|get mad|got mad|yell|yelled|criticize|criticise|pressure|pressured|push me|pushed me|rush me|rushed me|brag|bragged|take me for granted|took me for granted|waver|doubt|doubted|run out of|ask for anything|asked for anything|expect anything|expected anything) (to)?",
        "you (always|never) .{1,8} (right|correct)$",
        "you (have|had) never (looked|been|sounded) (better|so happy|more beautiful)",
        "you (have|had) never (once|even|ever|really)? been",
        "you never (know|knew) (it|this|that)",
        // A relative clause names a thing, not a verdict: "the gym membership you never cancelled".
        // (Repeats in patterns are bounded, so a pattern's work from any word is bounded too.)
        "(the|a|that|those|these|my|your|our) #Noun{1,6} you (never|have never) #PastTense",
        "you never know",
        "you never (knew|know|could tell|can tell) (what|when|who|how|if|whether|where)",
        "you never (are|were|is) (late|wrong|alone|absent)",
        "you never (have to|need to|had to|needed to|should|should have)",
        // Consoling: "you never deserved that", "you never asked for any of this".
        "you (never|have never|had never) (did anything wrong|did anything to deserve|did nothing wrong|deserved|asked for|meant|wanted this to happen|had a chance|had a choice|stood a chance|owed|owe|have anything to|need anyone|once complained|complain|complained|lost|ceased|cease|gave up on|give up on|stopped believing|stop believing|doubted|left my side|leave my side|judged me|judge me|made me feel)",
        "(if|whether|when|unless|what|whenever) you (never|have never)",
        "^(do|did|have|would|will) you (never|ever)",
        "(!why) (do|did|have) you (never|ever)",
        "you (can|could) (never|not ever) (be|have|go wrong|lose|know|tell|get enough|have enough|say no|thank|repay|fail|disappoint|do wrong|do anything wrong|do no wrong|replace|really know)",
        ...MENTION,
      ],
      extendToClause: true,
      message: "'Never' turns one hurt into a judgement of who they are, and invites a debate about the one time they did.",
      suggestions: [
        "I felt hurt when you didn't {verb:infinitive}{rest}",
        "It would mean a lot to me if you {verb:past}{rest}",
        "I felt hurt this time",
        // "You never." on its own captures no verb, and every finding needs two suggestions.
        "I'd like us to talk about what happened this time",
      ],
      examples: {
        flag: [
          "You can never just admit you're wrong.",
          "Why do you never listen?",
          "You never say anything nice to me.",

          "you never listen to me",
          "YOU NEVER CALL",
          "u never help with the dishes",
          "You've never once apologized for that.",
          "Why can't you ever just text back?",
          "You never remember what I tell you.",
          "You have yet to apologize for any of it.",
        ],
        pass: [
          "You never deserved that.",
          "You never say no when I need help.",
          "You never make me feel stupid.",
          "You can never be too careful.",

          "you never fail to cheer me up",
          "u never forget my birthday, thank you",
          "You never know what you'll find there.",
          "You have yet to see the best part of the tour.",
          "The gym membership you never used is finally cancelled.",
          "I'm not saying you never help.",
          "Have you never tried sushi?",
        ],
      },
    },
    {
      name: "this-thing-you-do",
      severity: "medium",
      patterns: ["you (always|constantly|literally) (always)? do (this|that) thing (where|when)"],
      exceptions: [`(this|that) thing (where|when) you (#Adverb)? ${PRAISE}`],
      message: "'You always do this thing' turns one hurt into a verdict on who they are; naming how it lands on you keeps it talkable.",
      suggestions: ["It's hard for me when", "I feel stressed when", "I get frustrated when"],
      examples: {
        flag: ["You always do this thing where you promise and then forget.", "you literally always do that thing when you sulk"],
        pass: ["You always do this thing where you make me laugh at the worst time.", "I always do this thing where I overbook myself"],
      },
    },
    {
      name: "you-are-always",
      severity: "medium",
      patterns: [
        `you (are|were) (always|constantly|forever|permanently|perpetually|chronically|eternally|habitually) (so|too|just|really)? [<state>${STATE}]`,
        `you are the one (who is|that is|who was) (always|constantly|forever|permanently|perpetually|chronically|eternally|habitually) (so|too|just|really)? [<state>${STATE}]`,
        `(why|how come) (are|were) you (always|constantly|forever) (so|too|just|really)? [<state>${STATE}]`,
      ],
      exceptions: [`you (are|were) (always|constantly|forever) ${KIND_STATE}`, `(are|were) you (always|constantly|forever) ${KIND_STATE}`, ...MENTION],
      extendToClause: true,
      message: "'Always' turns one hurt into a judgement of who they are, and invites a debate about the exceptions.",
      suggestions: ["I felt hurt when you were {state}{rest}", "It hurt me that you were {state}{rest} this time", "I felt hurt this time"],
      examples: {
        flag: [
          "Why are you always so negative?",
"You're always late.", "you're constantly on your phone at dinner", "You're perpetually late to everything.", "You're the one who's chronically busy, not me.", "You were always so busy with work."],
        pass: [
          "You're always on my side.",
          "You're always so calm with the kids.",
          "You're constantly thinking of others, it's lovely.",
          "You're always smiling.",
"You're always there when I need you.", "you're always so sweet to my mom"],
      },
    },
    {
      name: "you-are-never",
      severity: "medium",
      patterns: [
        `you (are|were) never (really|even|ever)? [<state>${STATE}]`,
        `(why|how come) (are|were) you never (really|even|ever)? [<state>${STATE}]`,
        `you (have|had) never (really|even|once)? been [<state>${STATE}]`,
      ],
      exceptions: [
        "you (are|were) never (really|even)? (wrong|boring|late|rude|mean|unkind|alone|a bother|a burden|too much|in the way|too busy|too tired|too far|far|out of reach|judgmental|judgemental|impatient|cruel|harsh|short with|cold)",
        "you (have|had) never (really|even|once)? been (wrong|boring|late|rude|mean|unkind|alone|a bother|a burden|too much|in the way)",
        ...MENTION,
      ],
      extendToClause: true,
      message: "'Never' turns one hurt into a judgement of who they are, and invites a debate about the one time they were.",
      suggestions: ["I felt hurt when you weren't {state}{rest}", "It would mean a lot to me if you were {state}{rest}", "I felt hurt this time"],
      examples: {
        flag: [
          "Why are you never on time?",
"You're never on time for anything.", "ur never home anymore", "you were never there for me", "You've never really been there for me."],
        pass: [
          "You're never too busy for me.",
"You're never a bother, call anytime.", "You're never alone in this.", "wait, you've never been late before?"],
      },
    },
    {
      name: "every-time",
      severity: "medium",
      patterns: [
        "(every|each) single? time you [<verb>#Verb]",
        "(every|each) single? time [<when>(i|we) .{1,5}] you [<verb>#Verb]",
        "(every|each) single? time [<when>(i|we) #Verb you .{0,4}] you [<verb>#Verb]",
        "whenever [<when>(i|we) .{1,5}] you (always)? [<verb>#Verb]",
        "whenever [<when>(i|we) #Verb you .{0,4}] you (always)? [<verb>#Verb]",
        "^(and|yeah|yes|literally)? (every|each) single? time$",
        "you (do|pull|say) (this|that|it) (every|each|all the) single? (time|day)",
        "(this|it) (always|never) (happens|changes)",
      ],
      exceptions: [
        `you (always|really|#Adverb)? ${PRAISE}`,
        "(every|each) single? time you (want|need|feel like|get the chance|have time|are free|are ready|are in town|come over|visit)",
        "(whenever|every time|each time) .{1,6} you are (the first|the one|the only|the person|my|always there|right there|there for|here for|always the first)",
        "(every|each) single? time (you|i|we) .{1,6} (i|my heart|it|we) (smile|smiles|laugh|fall|melt|melts|light up|feel happy|feel better|feel lucky|feel loved|think of|remember|grin|swoon|get butterflies|get happy|am happy|feel so)",
        "(text|call|tell|ping|message|remind|know|update|wake|notify|show|email) me (every|each) single? time",
        "(this|it) always happens (when|if|whenever|after|before|on|in|at|to me|with the)",
        "(hope|wish|may|let|make sure|promise|swear|ensure|guarantee|see to it|so) (that)? (this|it) (never|always) (happens|changes)",
      ],
      notInTechnicalContext: true,
      extendToClause: true,
      message: "'Every time' turns one hurt into a pattern they have to defend, instead of a moment you can talk about.",
      suggestions: [
        "When {when} and you {verb:infinitive}{rest}, I feel hurt",
        "When you {verb:infinitive}{rest}",
        "I feel hurt when you {verb:infinitive}{rest}",
        "When this happens, I feel hurt",
        "This has happened before, and it hurts",
      ],
      examples: {
        flag: [
          "Whenever I need you, you're busy.",

          "Every single time you get stressed you take it out on me.",
          "every time we go out with your friends you ignore me",
          "Whenever I ask for help, you sigh at me.",
          "you do this every single time",
          "Every time.",
        ],
        pass: [
          "Every time you smile I fall for you again.",
          "Text me every time you land.",
          "I'll make sure it never happens again.",

          "Every single time I visit, you make me feel at home.",
          "Whenever I'm lost, you're the one I call first.",
          "every time i bring up the move, it's exhausting",
          "The error happens every time you call save() twice.",
          "Call me every time you need anything.",
        ],
      },
    },
    {
      name: "not-once",
      severity: "medium",
      patterns: [
        "^(and)? (not once|not one time|not one single time|not a single time|not even once|never once|not even one time) (in|over|for|since|during|after)? .{0,3} (have|did|has|had|do|does|would|will|were|are) you",
        // "All you ever do is moan", "nothing I do is ever good enough".
        "all (you|he|she|they) (ever|really|literally|seem to)? (do|did|does|talk about|think about|care about) (is|was) (#Verb|#Noun)",
        "nothing (i|we) (do|did|say|said|make|made|cook|cooked|try|tried|buy|bought) (is|was) ever (good enough|enough|right|okay|ok|good)",
        "nothing (is|was) ever (good enough|enough|right) (for you|with you|to you)?",
        "(it is|it was|it is always|it was always) (automatically|invariably|inevitably|somehow always) (my fault|on me|me to blame|me who|my problem)",
        "^(and)? without fail .{0,8} you",
        // The speaker cast as the one who always takes it: "I'm always the one getting blamed".
        "(i am|i was|i have) (always|forever|constantly|invariably|perpetually) (been)? the (one|only one|person|bad guy|villain) (who|that|getting|to blame|blamed|left|stuck|doing|apologizing|apologising|picking|cleaning|paying|cancelling|making)",
        // Nobody, ever: "nobody ever considers how I feel".
        "(nobody|no one) (ever|ever once|even once|once) #Verb (how i|what i|about me|about how i|about what i|if i|whether i|me|my)",
        // A whole kind of occasion judged at once: "every conversation with you turns into a fight".
        "(every|each) single? #Noun (with you|we have) (turns|turned|becomes|became|ends|ended|is|gets|goes|has to|devolves|descends|spirals)",
        "(it is|it has|it was|why is it) always (about you|your|you who|you that|what you want|how you feel|about what you want|about your|my fault|on me|me to blame)",
        "(it is|it has|it was) never (about me|my|about what i|what i|about my|me who|your fault)",
        "how many (more)? times (do|have|did|must|will|am|should) (i|we) (have to|got to|need to|gotta|going to|been)? (tell|ask|say|remind|explain|repeat|beg|told|asked|said|reminded|explained)",
        "for the (hundredth|millionth|thousandth|umpteenth|nth|zillionth|billionth|fiftieth|gazillionth|hundred) time",
        "^you .{1,7} all the time",
        "^you .{1,7} over and over",
        "^you .{1,7} again and again",
        "^you .{1,7} day in day out",
        "^you .{1,7} every single (day|night|week|morning|weekend)",
        "again (as usual|like always|as always|per usual|like usual|like every time)",
        "(as usual|like always|per usual|like usual) you (forgot|did not|never|failed|ignored|left|blew|bailed|cancelled|canceled|are late|were late|made it|got mad|have to|had to|just|only|did|do)",
        "(you have|you had|you) always been (like this|like that|this way|that way|so|too|such a|a|the)? (selfish|jealous|controlling|difficult|stubborn|lazy|late|critical|dismissive|cold|distant|busy|defensive|rude|mean|like this|like that|this way|that way|careless|inconsiderate|flaky|unreliable|self centered|self-centered)",
        "you (will|are) (never|not ever) (going to)? (change|grow up|learn|get it|understand|listen|admit|apologize|apologise|take responsibility|be satisfied|stop|be happy with|be on time)",
      ],
      exceptions: [
        `^you (really|just|honestly|literally|seriously|still)? ${PRAISE}`,
        "you (can|could|may|should|are welcome to|will|would|get to|deserve to) .{0,6} (all the time|over and over|again and again|nonstop|every single day)",
        "(all the time|over and over|again and again|every single day) .{0,4} (love|cute|sweet|thank|thanks|adorable|lol|haha|❤️)",
        "(have|had) always been (so|such a|a|the)? (kind|good|great|sweet|there|here|my|generous|patient|supportive)",
        "(not once|never once|not one time|not a single time) .{0,5} (have|did|has|had) you (made me feel|make me feel|let me down|complained|judged|failed|hesitated|doubted|raised your voice|lost your temper|given up|gave up|taken me for granted|made me doubt|held it against me)",
        "all (you|he|she|they) (ever|really|literally)? (do|did|does) is (help|give|care|love|support|smile|laugh|make me|show up|try|work|encourage|cheer)",
        "(you are never|you will never) (be alone|have to|need to|be a burden|be too much|lose me)",
        "(it is|it has|it was) always (about you|your) (that|who) (make|makes|made|cheer|cheers|brighten|brightens|lift|lifts|help|helps|get|gets)",
        "(every|each) single? #Noun (with you|we have) (is|becomes|turns into|feels like|gets) (a|an|such a|so|pure|even|more)? (gift|joy|blessing|adventure|pleasure|treat|dream|better|fun|delight|magic|magical|special|perfect|amazing|wonderful|lovely|great|sweeter|easier|happier|memorable|precious|new)",
        "(i am|i was) (always|forever) the (one|person) (who|that) (plans|organizes|organises|cooks|drives|brings|remembers|gets to)",
        ...MENTION,
      ],
      notInTechnicalContext: true,
      message: "'Not once', 'all the time', 'for the hundredth time' turn one hurt into a verdict about who they are, and invite a debate about the exceptions.",
      suggestions: ["This time it really hurt me", "I've been feeling this for a while, and this time it hurt", "I'd like us to talk about what happened this time"],
      examples: {
        flag: [
          "Not once have you asked how my day went.",
          "Not once in ten years did you thank my mother.",
          "all you ever do is criticize my cooking",
          "Nothing we cook is ever good enough for you.",
          "Somehow it's automatically my fault when the kids fight.",
          "Without fail, the second I relax you need something.",
          "not one time did u say thank you",
          "It's always about you.",
          "It's never about what I want.",
          "How many times do I have to tell you?",
          "For the hundredth time, put the lid down.",
          "You interrupt me all the time.",
          "late again, as usual",
          "You'll never change.",
          "Why is it always on me to fix things?",
          "I'm always the one left cleaning up after everyone.",
          "No one ever asks what I want.",
          "Every dinner with you ends in an argument.",
        ],
        pass: [
          "You make me laugh all the time.",
          "You can call me all the time, I love it.",
          "It's always a pleasure to see you.",
          "You've always been so kind to me.",
          "You'll never be alone in this.",
          "Not once in all these years have you made me feel unwelcome.",
          "All you ever do is help everyone, take a break.",
          "Nothing is ever certain with the weather.",
          "She calls her mum every Sunday without fail.",
          "I've told you a hundred times how much I love you.",
          "For the first time, I feel heard.",
          "Every day with you is a gift.",
          "Nobody ever expects the twist in that film.",
          "I'm always the one who plans the trips, and I love it.",
        ],
      },
    },
  ],
};
