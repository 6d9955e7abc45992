import type { CategorySpec } from "../rule";

/** Explaining what you meant before meeting how it landed. */
export const intentOverImpact: CategorySpec = {
  id: "intent-over-impact",
  name: "Intent over impact",
  description:
    "Explaining what you meant before acknowledging how it landed. The hurt is about the impact; an explanation first can sound like 'your feelings are a misunderstanding'.",
  rules: [
    {
      name: "not-what-i-meant",
      severity: "high",
      patterns: [
        "(that|this|it)? #Copula? (not|never) what i (meant|mean|said|intended|was saying|was trying to say|was going for)",
        "(that|this|it) #Copula not how i meant (it|that|this)",
        "i did not mean it (like that|that way|the way you|how you|in that way)",
        "i did not mean (it|that) like (that|this)",
        // Other verbs of intending: "that's not what I was getting at / implying / going for".
        "(that|this|it)? #Copula? (not|never) what i (was getting at|was implying|implied|was driving at|had in mind|was thinking|was suggesting|was going for|was aiming for)",
        // "I didn't mean it in a bad way / that way / literally / as an insult".
        "i (did not|never) mean (it|that|this|anything) (in a bad way|in a mean way|in that way|in a negative way|that way|literally|personally|negatively|as an insult|as a dig|as criticism|as an attack|the way it sounded|the way you took it|how it sounded|how you took it)",
        "you know (that is not|that was not|that isn't|that wasn't) what i (meant|mean|was saying)",
        "you know (i did not|i didn't|i never) mean (it|that|this)",
        "you know what i meant",
      ],
      exceptions: ["what i (meant|mean) to (order|buy|get|send|pick|book|bring|make|cook|download|click|type|press|select|attach)"],
      notInTechnicalContext: true,
      unlessAcknowledged: true,
      message: "Correcting what you meant can tell them their hurt is a misunderstanding; meet the impact first.",
      suggestions: [
        "I'm so sorry that hurt you. It wasn't what I intended",
        "I can see that landed badly, and I'm sorry",
        "I hear that it hurt. Can you tell me how it came across?",
      ],
      examples: {
        flag: ["That's not what I meant!", "thats not what i meant", "That was not what I was trying to say.", "I didn't mean it like that.", "that's not what i was implying at all", "I didn't mean it in a bad way.", "You know that's not what I meant.", "ugh u know what i meant"],
        pass: ["Not what I meant: the function should return null.", "That's not what I meant to order, the waiter brought the wrong dish.", "You know what I mean?", "I'm so sorry that hurt you. That's not what I meant to do.", "Is that what you meant?"],
      },
    },
    {
      name: "took-it-wrong",
      severity: "high",
      patterns: [
        "you %ADV% (took|take|are taking|were taking|always take) (it|this|that|me|what i said|everything|things) (the wrong way|wrong|out of context|too personally|personally|literally|too seriously|so seriously)",
        "you %ADV% (misunderstood|misread|misinterpreted|misunderstand|misinterpret) (me|it|that|this|what i said|my words|everything)?",
        "you (just|totally|completely|are|are totally|are completely)? (twisted|twist|twisting) (me|it|that|this|what i said|my words|everything|things)",
        "you are %ADV% (reading|read) (way|too|so)? (too|so)? much into (it|this|that|everything)",
        "you %ADV% (read|reading) (it|that|this) wrong",
        "you are %ADV% taking (it|this|that|everything|things) (the wrong way|wrong|out of context)",
        "you are %ADV% taking (it|this|that|everything|things) (way|too|so|very|really|a|bit|little){0,3} (personally|seriously|literally)",
        "you %ADV% (took|take) (it|this|that|everything|things|me) (way|too|so|very|really|a|bit|little){0,3} (personally|seriously|literally)",
        "you are %ADV% taking (it|this|that|everything|things|me|what i said|my words) (completely|totally|entirely|all|so|really|just)? the wrong way",
        "you (took|take|always take) (it|this|that|everything|things|me|what i said|my words) (completely|totally|entirely|all|so|really|just)? the wrong way",
        "you are %ADV% taking (it|this|that|everything|things|me) (completely|totally|entirely|all|so|really|just)? out of context",
        "you (are|were)? %ADV% (reading|read|reading way) (too much|way too much|so much|a lot)? into (it|this|that|things|everything|what i said|my words|one text|one comment|a text|a comment|nothing) (way too much|too much|so much|a lot|way too far)?",
        "you are %ADV% (misreading|misunderstanding|misinterpreting|twisting|misconstruing|misquoting|mishearing) (me|it|this|that|what i said|my words|my tone|my message|my text|everything|things)? (completely|totally|entirely|again)?",
        "you %ADV% (misread|misheard|misconstrued|misquoted) (me|it|this|that|what i said|my words|my tone|my message|my text|everything|things)? (completely|totally|entirely|again)?",
        // "you read way more into that than was there"
        "you %ADV% (read|reading|are reading|were reading) (way|a lot|so much|much|far)? (more|too much|way too much|so much|a lot) into",
        // Words they heard that you didn't say.
        "you (are|were)? (putting|put) words in my mouth",
        "you (heard|hear|are hearing|read) (something|things|stuff|what) i (never|did not) (said|say|mean|meant|write|wrote)",
        // Telling them how to receive it: "don't take it personally".
        "(do not|don't|try not to) take (it|this|that|everything|things|me|what i said) (so|too|that|this)? (personally|the wrong way|wrong|seriously|literally|to heart)",
      ],
      exceptions: ["(sorry|sry|apologize|apologise) (that)? you (took|take|are taking)", "(personally|to heart) if", "take (it|this|that) (so|too)? seriously (if|at|when|next)"],
      unlessAcknowledged: true,
      message: "Saying they took it the wrong way puts the problem in how they heard you, not in what happened to them.",
      suggestions: [
        "I can see how that came across, and I'm sorry it hurt",
        "Can you tell me how it sounded to you?",
        "I'm sorry. I want to understand how that landed for you",
      ],
      examples: {
        flag: ["You took it the wrong way.", "you're taking this way too personally", "You misunderstood me", "you're reading way too much into it", "you're taking it totally out of context", "ur reading into things again", "You're misinterpreting my message completely.", "You read way more into that than was there.", "you're putting words in my mouth", "You heard something I never said.", "don't take it so personally"],
        pass: ["Did I take it the wrong way?", "Please don't take it personally if I'm quiet today, I'm just tired.", "I think I misunderstood you, sorry.", "You took the wrong exit lol", "You're reading a great book, I saw it on the shelf."],
      },
    },
    {
      name: "just-trying-to",
      severity: "medium",
      patterns: [
        // No trailing "(you|him|up)?": matches step over commas, so "trying to help, you took it…"
        // would run into the next clause. The clause extension adds those words anyway.
        "i was %ADV% trying to [<verb>(#Verb|#Adjective)]",
        "i (just|only|simply) (wanted|meant|tried) to [<verb>#Verb]",
        "i (just|only) (had|have) your best interests? at heart",
      ],
      exceptions: [
        "(wanted|meant) to (say|tell you) (thank|thanks|sorry|i love|i am proud|how proud|how much i|happy|good luck|congrat|i have noticed|i noticed|well done|i miss|hi|hello)",
        "trying to (reach|call|get ahold|get hold|get through|contact|text|find|catch|sleep|finish|work|figure out|decide|book|buy|pay|park|leave|load|open|log|print|send|upload|download|save money|lose weight|quit|get there|make it|remember|get home)",
      ],
      extendToClause: true,
      unlessAcknowledged: true,
      message: "Leading with your good intentions asks them to set aside how it felt.",
      suggestions: [
        "I'm sorry I hurt you when I was trying to {verb}{rest}",
        "I'm sorry it didn't feel like help. What would have helped?",
        "I can see it didn't land the way I hoped, and I'm sorry",
      ],
      examples: {
        flag: ["I was just trying to help!", "i was only trying to protect you", "I was just trying to help, you took it the wrong way.", "I just wanted to make things easier for you.", "I was honestly just trying to be nice"],
        pass: ["I'm sorry I hurt you. I was trying to help, but I got it wrong.", "I was trying to reach you all day, call me when you can?"],
      },
    },
    {
      name: "just-being-honest",
      severity: "medium",
      patterns: [
        "i was (honestly|really|literally|truly)? (just|only|simply|merely)? (being|trying to be) (nice|helpful|honest|supportive|protective|friendly|polite|realistic|practical|careful|thorough|real|direct|truthful|a good friend|playful|funny|cute|sweet|thoughtful|considerate|encouraging|constructive|romantic|spontaneous|generous|caring|efficient|responsible|transparent|upfront|blunt)",
        // "I was just curious", "i was only venting", "I was just thinking out loud"
        "i was (honestly|really|literally|truly)? (just|only|simply|merely) (curious|venting|wondering|thinking out loud|thinking aloud|talking|chatting|observing|brainstorming|checking|checking in|playing|making small talk|trying to talk|making a point|being curious)",
        "i was (honestly|really|literally|truly)? (just|only|simply|merely)? looking out for (you|us|your|the)",
        "i was %ADV% (trying|doing) my (best|hardest|very best)",
        "i (honestly|really|truly)? (tried|did) my (best|hardest|very best)",
        "i was (honestly|really|literally|truly)? (just|only|simply|merely) (giving|offering|sharing|voicing) (feedback|advice|my opinion|an opinion|a suggestion|suggestions|constructive criticism|my honest opinion|my thoughts|notes|a tip|tips|my two cents)",
        "i was (honestly|really|literally|truly)? (just|only|simply|merely) (saying|asking|stating|pointing out|mentioning|commenting|making a point|making conversation|making an observation|making a suggestion|making a comment|expressing|telling you|asking a question|stating a fact)",
      ],
      exceptions: [
        "(saying|telling you) (hi|hello|goodnight|good night|bye|i love you|that i love you|i miss you|that i miss you|congrats|thanks|thank you)",
        "(asking|mentioning) (if|whether|when|where|what time|for|about dinner|about the)",
        "(curious|wondering|checking) (if|whether|when|where|what time|how long|about the|about dinner|on the|in on the)",
        "(playing|talking|chatting) (with|to|on|at|in|a|the|games|cards|soccer|football|music)",
      ],
      extendToClause: true,
      unlessAcknowledged: true,
      message: "Pointing to your good reason ('I was just being honest') asks them to set aside how it felt.",
      suggestions: [
        "I can see how that landed, and I'm sorry it hurt",
        "I'm sorry that hurt. Can you tell me how it came across?",
        "I care more about how it felt to you than about what I meant",
      ],
      examples: {
        flag: ["I was just being honest!!", "i was only giving my opinion", "I was literally just making conversation", "I was simply pointing out the obvious.", "I was doing my best, ok?", "i honestly tried my hardest", "Mom, I was just curious what spice you used.", "i was only venting", "I was being playful."],
        pass: ["I was just curious whether the store is open on Sunday.", "I was just talking to Sam about the trip, he says hi!","I was just saying hi to your mom", "I was just asking if you wanted pizza", "I'm sorry. I was only being honest, but I said it in a hurtful way."],
      },
    },
    {
      name: "wasnt-trying-to",
      severity: "medium",
      patterns: [
        "(i was not|i was never|i never was|i never|nobody was|no one was|nobody is|no one is|nobody here was) %ADV% trying to [<verb>#Verb]",
        "i (was not|was never|never was|never) %ADV% (meaning|going) to [<verb>#Verb]",
      ],
      exceptions: ["(trying|going) to (reach|call|get ahold|get hold|get through|contact|text|find|catch|sleep|finish|work|figure out|decide|book|buy|pay|park|leave work|leave home|leave early|leave the|leave now|leave town|load|open|log|print|send|upload|download|make it|get home|go|come|be there)"],
      extendToClause: true,
      unlessAcknowledged: true,
      message: "Saying what you weren't trying to do answers a charge; they are telling you how it felt.",
      suggestions: [
        "I can see how it felt like I was trying to {verb}{rest}, and I'm sorry",
        "I'm sorry it came across like I was trying to {verb}{rest}",
        "I'm sorry it came across that way",
        "I can see it hurt, and I'm sorry",
      ],
      examples: {
        flag: ["I wasn't trying to embarrass you.", "i wasnt trying to start a fight", "I was never trying to control you, I just worry.", "Nobody was trying to leave you out.", "no one was trying to embarrass you"],
        pass: ["I wasn't trying to reach you, I called Sam by mistake.", "Nobody was trying to reach the summit that day.", "I'm sorry I hurt you. I wasn't trying to, but I did."],
      },
    },
    {
      name: "meant-as",
      severity: "medium",
      patterns: [
        "(it|that|this) was %ADV% (meant|supposed|intended) (to be|as) (a|an)? (surprise|compliment|gift|favor|favour|kind gesture|nice gesture|nice thing|good thing|nice|kind|sweet|helpful|positive|harmless|innocent|friendly|lighthearted|light hearted)",
        "i meant (it|that|this) as (a|an)? (compliment|good thing|nice thing|positive|kindness|favor|favour|gift|gesture|observation|suggestion|question)",
        // "I meant the haircut thing as a compliment": any object, then "as" + the charitable reading.
        "i (only|just|really|honestly|totally|literally|genuinely|actually)? meant .{1,5} as (a|an)? (compliment|joke|good thing|nice thing|positive|kindness|favor|favour|gift|gesture|observation|suggestion|question|tease|joke|bit of fun|compliment honestly)",
        // "It wasn't meant that way", "it wasnt meant to hurt you", "that wasn't supposed to sound harsh".
        "(it|that|this|my comment|my text|my message|the comment|the joke)? (was not|is not|was never|never was) (meant|supposed|intended) (that way|like that|in that way|personally|as an insult|as a dig|as criticism|as an attack|in a bad way|to be taken that way|to be taken like that|to be taken seriously|literally)",
        "(it|that|this|my comment|my text|my message|the comment|the joke) (was not|is not|was never|never was) (meant|supposed|intended) to (hurt|upset|offend|insult|embarrass|sting|be hurtful|be mean|be rude|be harsh|be personal|be taken|be an insult|be a dig|be critical|be offensive|be nasty|be snarky|be condescending|sound|come across|come off|read|land|seem)",
        "i (was not|wasn't|never) %ADV% (going|sneaking|doing anything) behind your back",
        // What you were aiming at, set against them: "the comment was aimed at the process, not at you".
        "(comment|point|joke|remark|text|message|email|criticism|feedback|question|note|post|dig) .{0,5} (was|is) (about|aimed|directed|pointed|meant) (at|for|as)? .{1,6} (not|never) (a dig at|a jab at|a shot at|a swipe at|an attack on|a criticism of|a comment on|aimed at|directed at|at|about|for|towards|toward)? (you|u|your)",
        // Your aim, stated in its place: "my aim was to help, not make you feel useless", "all I was going for was a laugh".
        "my (aim|intention|intent|goal|point|whole point|only aim) (was|is) (to|about|just|only|simply|never) .{1,8} not (to)? (make|hurt|upset|offend|embarrass|attack|criticize|criticise|undermine|belittle|judge|blame|control|take|step|exclude|insult|question)",
        "all i (was going for|was trying to do|was trying to say|was aiming for|meant|was doing|was saying|was asking) (was|is)",
        // Where your mind was, set against them: "I was thinking about the car space, not about you".
        "i was (thinking|talking|worried|focused|concerned|thinking more) (about|of|on) .{1,5} (not|never) (about|of|on|at)? (you|u|your)",
        // Summing up the aim after the fact: "that's literally all I was going for".
        "(that is|that was|this is|this was) %ADV% all (i|we) (was going for|were going for|was trying to do|was aiming for|meant|was trying to say|wanted to do)",
        "i (was not|wasn't) %ADV% (hiding|keeping) (anything|it|that|this) from you",
      ],
      exceptions: ["(surprise|gift) (party|but|until|and|for the|for her|for him|for them)"],
      unlessAcknowledged: true,
      message: "Saying what it was meant to be tells them how they should have taken it, not that you see how it felt.",
      suggestions: [
        "I can see it didn't feel that way to you, and I'm sorry",
        "I'm sorry it landed so differently from what I hoped",
      ],
      examples: {
        flag: ["It was meant to be a nice gesture!", "That was supposed to be a compliment.", "i meant it as a compliment", "I wasn't sneaking behind your back.", "I meant the haircut thing as a compliment, honestly.", "It wasn't meant that way.", "it wasnt meant to hurt you", "That wasn't supposed to come across as criticism.", "wasnt meant as an insult!", "The joke at dinner was aimed at your brother, not at you.", "my text was meant as a question, never a dig at you", "That comment was meant as a heads-up about the deadline, not a criticism of your work.", "that is honestly all i was going for", "I was thinking about the budget, not about you.", "That was all I meant.", "My intention was to make it easier, not to take over.", "All I was going for was a bit of fun.", "All I was saying was that it's late."],
        pass: ["It wasn't supposed to rain today.", "He meant it as a compliment and I took it that way.", "The cake was meant to be a surprise, don't tell her!", "It was meant to be a surprise party but Sam spilled it.", "The memo was aimed at the whole team, not just the managers.", "My goal is to finish the marathon, not to win it.", "All I wanted was to go home and sleep.", "The email is about the schedule, not the budget.", "That is all I want for my birthday.", "I was thinking about the trip, not the money.", "The restructure was about the budget, not about you.", "I'm sorry it hurt. It was meant to be a surprise, but I see it felt like a secret."],
      },
    },
    {
      name: "only-meant",
      severity: "medium",
      patterns: ["i (really|honestly|truly)? (only|just|simply|merely) meant (that|it|to|the|you|we|i|this|he|she|they)"],
      extendToClause: true,
      unlessAcknowledged: true,
      message: "Explaining what you 'only meant' corrects how they heard it before meeting how it felt.",
      suggestions: ["I'm sorry that hurt. I meant{rest}, and I see it came across differently", "I can see that hurt, and I'm sorry"],
      examples: {
        flag: ["I only meant that the restaurant was loud.", "i just meant it was a lot of money"],
        pass: ["I'm sorry, I just meant to ask about the time.", "I only mean the best for you."],
      },
    },
    {
      name: "only-joking",
      severity: "medium",
      patterns: [
        "i was %ADV% (joking|kidding|teasing|messing around|messing with you|being sarcastic|being funny|playing around|having fun|fooling around|goofing around|goofing off|being silly|being goofy|being cheeky|being facetious|joshing|pulling your leg|winding you up|just playing)",
        "(it|that) was %ADV% (meant as a joke|supposed to be funny|supposed to be a joke|banter)",
        // "it was meant as a bit of teasing", "it was supposed to be playful": the playful reading offered in its place.
        "(it|that|this) was %ADV% (meant as|meant to be|supposed to be|intended as|intended to be) (a|an)? (bit of|little)? (teasing|tease|banter|playful|humour|humor|joke|friendly teasing|wind up)",
        "^(just|only) (joking|kidding)",
        "(jk|jkjk|just kidding) (lol|haha|relax)?",
        "it was meant to be funny",
      ],
      unlessAcknowledged: true,
      message: "Calling it a joke after it hurt tells them the problem is their sense of humour.",
      suggestions: [
        "I'm sorry. It wasn't funny to you, and that matters more",
        "I can see that joke hurt, and I'm sorry",
        "That came out meaner than I meant, and I'm sorry",
      ],
      examples: {
        flag: ["I was only joking.", "It was meant as a joke!", "i was kidding 🙄", "It was supposed to be funny", "That was meant as a little friendly teasing.", "it was supposed to be playful!!"],
        pass: ["I'm sorry, that joke hurt you. I was joking, but it wasn't funny.", "Are you joking? That's amazing news!", "The party was supposed to be lighthearted, but the speeches ran long."],
      },
    },
    {
      name: "didnt-mean-to",
      severity: "medium",
      patterns: [
        "i (did not|never) (mean|meant|intend|intended) to [<verb>#Verb]",
        "i (did not|never) (mean|meant|intend|intended) (it|that|any harm|anything by it|to)",
        "it (was not|wasn't) (on purpose|intentional|deliberate)",
      ],
      exceptions: ["(mean|meant|intend|intended) to (wake|bother|interrupt|disturb) you"],
      extendToClause: true,
      unlessAcknowledged: true,
      message: "Saying you didn't mean to centres your intent; naming what happened and owning it lands better.",
      suggestions: [
        "I'm sorry I {verb:past}{rest}",
        "I {verb:past}{rest}, and I'm sorry",
        "I'm sorry. I can see it hurt you",
        "I'm sorry that hurt you",
      ],
      examples: {
        flag: ["I didn't mean to yell at you.", "i didnt mean to hurt u", "I never meant to make you feel bad", "I didn't mean it."],
        pass: ["I'm sorry I yelled. I didn't mean to yell, and it wasn't okay.", "I didn't want to go to the party anyway.", "I didn't mean to wake you, go back to sleep!"],
      },
    },
    {
      name: "not-my-intention",
      severity: "medium",
      patterns: [
        "(that|it|this) (was not|was never|is not|is never) (my intention|my intent|my goal|my plan|my aim|the spirit of it|the spirit behind it|the spirit i meant|the spirit it was|the intention|the intent)",
        "(that|it|this) (was never|never was) (the|my) (plan|idea|point|goal|aim|intention)",
        "(i|we) never (meant|intended|planned) (for)? (it|that|this|you) to (feel|be|come across|sound|seem|look|happen)",
        "my (intention|intentions|intent) (was|were) (good|never|not|only|just|pure)",
        "i had (good|the best|nothing but good) intentions",
        "i meant (well|no harm|nothing by it|it as a compliment)",
      ],
      unlessAcknowledged: true,
      message: "Your intention matters, but said first it can sound like their hurt doesn't count.",
      suggestions: [
        "I'm so sorry that hurt you. It wasn't my intention",
        "I can see it hurt, even though I didn't intend it",
      ],
      examples: {
        flag: ["That was never my intention.", "My intentions were good.", "I meant well", "That was never the point.", "I never meant for it to sound that way", "That wasn't the spirit of it at all."],
        pass: ["I'm so sorry that hurt you. That wasn't my intention.", "It sounds like you're hurt, and that wasn't my intention.", "Was that the plan all along?", "This is not the spirit of the game, says the referee."],
      },
    },
    {
      name: "wasnt-attacking",
      severity: "medium",
      patterns: [
        // First person, negated progressive, a verb of attack: "I wasn't criticizing you", "I was never judging your cooking".
        "i (was not|was never|never was|never) %ADV% (criticizing|criticising|attacking|insulting|judging|mocking|blaming|accusing|shaming|lecturing|nagging|belittling|bashing|trashing|dissing|targeting|picking on|making fun of|laughing at|having a go at|ganging up on|coming after|going after|questioning|calling) (you|your|anyone|anybody)",
        "i am not %ADV% (attacking|criticizing|criticising|insulting|mocking|having a go at|coming after|going after) (you|your)",
      ],
      extendToClause: true,
      unlessAcknowledged: true,
      message: "Saying what you weren't doing answers a charge; they are telling you how it felt.",
      suggestions: [
        "I can see it felt like criticism, and I'm sorry",
        "I'm sorry it came across that way. Tell me how it felt",
      ],
      examples: {
        flag: ["Mom, I wasn't criticizing your cooking.", "i wasnt attacking you, i was asking a question", "I was never judging you.", "I'm not attacking you."],
        pass: ["I was never judging the contest, I was just a volunteer.", "I'm sorry I hurt you. I wasn't criticizing you, but I see it felt that way."],
      },
    },
    {
      name: "meant-no-harm",
      severity: "medium",
      patterns: [
        // What was (not) behind it: malice, intent, harm.
        "(there was|there is|there was absolutely|there is absolutely) (no|zero) (malice|ill will|bad intent|bad intention|harm|offense|offence|hidden meaning|agenda|subtext|shade|meanness) (behind|in|meant|intended)?",
        "no (offense|offence|harm|malice|disrespect) (was|is)? (meant|intended)",
        "i (meant|intended) (no|zero) (harm|offense|offence|malice|disrespect)",
        // Where it came from: "my heart was in the right place", "it came from a good place".
        "my heart (was|is) in the right place",
        "(it|that|this|i) (came|was coming|come|comes|am coming) from a (good|kind|loving|caring|well meaning|positive|genuine) place",
        "(it|that|this|i) (came|was coming|come|comes|did it|said it) (from|out of) (a place of)? (love|concern|care|kindness)",
        // "It wasn't a dig", "it wasn't about you", "it had nothing to do with you".
        "(it|that|this|the comment|the joke|my comment) (was not|was never|never was) (a dig|an insult|a jab|a shot|a swipe|a criticism|criticism|an attack|personal|aimed at you|directed at you|about you|meant for you)",
        "(it|that|this|the comment|the joke|my comment) (had|has) nothing to do with you",
        "(it|that|this|the comment|the joke|my comment) (is not|is never) (a dig|an insult|a jab|a shot|a swipe|an attack|aimed at you|directed at you|personal)",
        // Doing it out of love: "I did it because I love you", "I only said it because I care".
        "i (only|just)? (did|said|do|say|mentioned|brought up) (it|that|this) (because|since|cause) i (love|care|worry|was worried|am worried|care about|wanted the best)",
        "i (only|just)? (did|said) (it|that|this) (for your own good|out of love|out of concern|for you|for us)",
        "i did not (do|say) (it|that|this) to (hurt|upset|embarrass|annoy|spite|punish|offend|provoke|humiliate|get at|attack) you",
      ],
      exceptions: ["nothing to do with you (personally|guys)? (and|but) (everything|all)"],
      notInTechnicalContext: true,
      unlessAcknowledged: true,
      message: "Vouching for what was behind it asks them to set aside how it landed.",
      suggestions: [
        "I can see it hurt you anyway, and I'm sorry",
        "Whatever I intended, it hurt you, and I'm sorry",
      ],
      examples: {
        flag: ["There was zero malice behind it.", "No offense was intended.", "No harm meant, honestly.", "My heart was in the right place.", "It came from a good place.", "It wasn't a dig at you.", "it had nothing to do with you", "I did it because I love you.", "i only said it because i care about you", "i didnt do it to hurt you"],
        pass: ["It had nothing to do with the weather, the engine just died.", "My heart was racing the whole time.", "I'm so sorry it hurt you. There was no malice behind it, but it still hurt, and I get that."],
      },
    },
    {
      name: "thought-youd-want",
      severity: "medium",
      patterns: [
        // The reaction you expected, offered instead of the one they had.
        "i (thought|figured|assumed|hoped) you would (want to know|like to know|want to hear it|appreciate it|appreciate the help|appreciate the honesty|appreciate the heads up|appreciate my honesty|appreciate the feedback|find it funny|think it was funny|laugh|be happy about it|be glad|be flattered|take it as a compliment|see the humor|get the joke)",
        "i (thought|figured|assumed) (it|that|this) (would be|was going to be) (funny|helpful|harmless|a nice surprise|a compliment|a joke|sweet|romantic|flattering|a nice gesture|obvious|appreciated)",
      ],
      exceptions: ["want to know (the score|the time|the results|the news|about the|what time|where|when)"],
      unlessAcknowledged: true,
      message: "Explaining the reaction you expected tells them theirs was the wrong one.",
      suggestions: [
        "I can see it didn't land the way I hoped, and I'm sorry",
        "I'm sorry. I should have asked how you'd feel about it",
      ],
      examples: {
        flag: ["I meant well!! I figured you'd want to know before everyone else found out", "I thought you'd want to know.", "i thought you would find it funny", "I figured it was going to be a nice surprise."],
        pass: ["I thought you'd want to know the score, we won 3-1!", "I thought it would be fun to go bowling on Friday."],
      },
    },
    {
      name: "let-me-explain",
      severity: "medium",
      patterns: [
        "(if you|can you|would you)? (would|could|just)? let me explain",
        "you (have|need|got) to understand",
        "what i (meant|was trying to say|was saying|said) (was|is)",
        "all i (said|meant|did|was saying) was",
        "you (are not|aren't) (listening|hearing me|getting it)",
        // Asking for the floor before they feel heard: "hear me out", "let me finish".
        "(just|please|can you|could you|will you|would you)? hear me out",
        "(just|please|if you would|if you will|can you|could you|would you)? let me (finish|talk|speak|get a word in)",
        "you (are not|aren't|never|won't|will not|do not) (letting|let) me (explain|finish|talk|speak|get a word in)",
      ],
      exceptions: ["let me explain (the|a|an|our|how the|what the|this new|how to|how it works)"],
      notInTechnicalContext: true,
      unlessAcknowledged: true,
      message: "Explaining before they feel heard tends to make them explain their hurt louder.",
      suggestions: [
        "I want to hear you first. What was it like for you?",
        "I'm listening. Tell me more about how it felt",
      ],
      examples: {
        flag: ["If you would just let me explain.", "You have to understand, work was crazy", "What I meant was that you could have called", "All I said was that it was late", "Just hear me out.", "If you'd let me finish, I'd explain.", "you're not letting me explain"],
        pass: ["Let me explain the new schedule: Tuesdays are pick-up days.", "I hear you. When you're ready, can I explain what happened?"],
      },
    },
  ],
};
