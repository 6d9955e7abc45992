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
        "(i am)? %ADV% (sorry|sry|srry|soz) (that)? you (are|were|got|feel|felt|have been|get) %ADV% (hurt|upset|offended|bothered|mad|angry|annoyed|triggered|butthurt) (by|about|over) (what i said|what i did|what i wrote|it|that|this|me|my words|my comment|my joke|my text|my message|the joke|the comment|something i said|anything i said)",
        "(i am)? %ADV% (sorry|sry|srry|soz) (that)? you (got|get|were|are) %ADV% (hurt|upset|offended|bothered|mad|triggered|butthurt)$",
        "(sorry|sry|srry|soz) (that)? (your|ur) feelings (got|get|were|are|have been) hurt",
        "(sorry|sry|srry|soz) (that)? you (see|saw|took|take|read|heard) it (that way|like that|this way|wrong|the wrong way)",
        // Sorry for how they received it: "sorry that's how you feel / took it", "sorry you took offense".
        "(sorry|sry|srry|soz|apologize|apologise) (that is|this is|it is|that was|it was) how you (feel|felt|see it|saw it|took it|take it|heard it|read it|chose to take it|want to see it|interpreted it|are feeling)",
        "(sorry|sry|srry|soz|apologize|apologise) (that)? you (took|take|are taking|have taken) (offense|offence|it personally|it so personally|it badly|it so badly|it the wrong way|it wrong|it that way|it like that)",
        "(sorry|sry|srry|soz|apologize|apologise) (that)? you (were|are|feel|felt|got) (offended|insulted|triggered|butthurt)",
        // Sorry for their view of you: "I'm sorry you feel like I don't care", "sorry you think I'm selfish".
        "(sorry|sry|srry|soz) (that)? you (feel|felt|think|thought|believe|are thinking) (like|that)? (i|i am|i was|i have|i do not|i did not|i never|i don't|i didn't)",
        // Sorry for how they feel, or for whatever it was: "I apologize for how you feel", "sorry for whatever I did".
        "(sorry|sry|apologize|apologise|apologies) (for|about) (how|the way) you (feel|felt|took it|take it|see it|saw it|reacted|are feeling|heard it|read it)",
        "(sorry|sry|apologize|apologise|apologies) for .{0,4} whatever",
        // "ur hurt" is read as "your hurt" by the normalizer.
        "(sorry|sry|srry|soz) (that)? your (hurt|upset|mad|offended|angry|feeling hurt|feeling upset|feeling some)",
        "(sorry|sry|srry|soz) (that)? you are (feeling)? (some|a certain) (type|kind|sort) of way",
        "(sorry|sry|srry|soz|apologize|apologise) (that)? you (misunderstood|misread|misinterpreted|got the wrong idea|got the wrong impression|misheard)",
        "i regret (that)? (you|your|things|it|stuff|the conversation|the evening|the night|the situation) (feel|felt|were|are|took|feelings|got|went|became|escalated|turned)",
        // Regret for how things fell short of their hopes, not for your part: "I regret the evening didn't live up to what you'd pictured".
        "(sorry|regret|apologize|apologise) (that)? .{1,5} (did|was|could|failed) (not|to) (live|meet|match|measure) (up)? (to)? (your|what)",
      ],
      exceptions: [
        "sorry (that)? you (feel|felt|are feeling) (so|this|that)? (alone|unheard|ignored|unseen|invisible|unsupported|lonely|left out|hurt by me|hurt by what i)",
        "sorry you (were|got) hurt (in|at|during|playing|on the|at work|in the)",
        // Consoling: a feeling that is not about the speaker.
        "sorry (that)? you (feel|felt|are feeling|were feeling|are|were) (so|really|very|still|a bit|a little)? (sick|unwell|ill|under the weather|awful|terrible|crappy|rough|run down|exhausted|tired|stressed|overwhelmed|anxious|nervous|scared|sad|down|low|homesick|stuck|not feeling well|going through|having)",
        "sorry (that)? you (think|thought|feel|felt) (like)? (i am|i was) (mad|angry|upset|annoyed) (at|with) you",
      ],
      message: "Apologising for their feelings, not for your part, can read as blaming them for being hurt.",
      suggestions: [
        "I'm sorry I hurt you",
        "I'm sorry for what I said. I can see it hurt",
        "I'm sorry. I'd like to understand what it was like for you",
      ],
      examples: {
        flag: ["I'm sorry you feel that way.", "im sorry u feel that way", "Sorry you took it that way.", "I'm sorry that you're upset.", "I'm sorry you got so offended by my joke.", "sorry ur feelings were hurt", "sry you were upset by it", "sorry ur hurt.", "sorry you took offense", "I'm sorry that's how you feel.", "I'm sorry you feel like I don't care.", "I apologize for how you feel.", "Sorry for whatever I did.", "sorry for my part in whatever happened", "I regret that things got heated.", "i regret that it escalated like that", "I'm sorry the weekend didn't live up to your expectations."],
        pass: ["I'm sorry I hurt you.", "I'm so sorry you felt alone all week.", "the words 'I'm sorry you feel that way' are a classic non-apology", "I'm so sorry you got hurt at practice, how's your knee?", "I'm so sorry you feel sick, rest up.", "I'm sorry you're going through this, love.", "I regret that I didn't call you back.", "I regret that I said it, and I'm sorry."],
      },
    },
    {
      name: "sorry-if",
      severity: "high",
      patterns: [
        "(i am|i|we)? (so|really)? (sorry|apologize|apologise|sry|srry|soz|my bad) if (you|that|it|this|anything|anyone|i|my|what i)",
        "my? apologies if (you|that|it|this|anything|anyone|i)",
        "if (i|that|it|this|anything) (hurt|upset|offended|bothered) you then? i am? sorry",
        "(sorry|i am sorry|i'm sorry) (or whatever|i guess|then)$",
        // A conditional about how it was received, with any subject: "I apologise if the feedback felt harsh".
        "(sorry|apologize|apologise|apologies|sry|srry) if (the|my|our|some|someone|people|anyone|anybody|any of|what|something|your) .{0,5} (felt|came|sounded|seemed|hurt|upset|offended|bothered|stung|rubbed|struck|landed|read|looked|appeared)",
        // The condition first, the apology after: "If I offended you, I apologize", "if you were offended then im sorry".
        "if (i|that|it|this|anything|something|what i said|my words|my comment|my joke|my text) (hurt|upset|offended|bothered|insulted|came|sounded|seemed) .{0,5} (sorry|apologize|apologise|regret)",
        "if (you|anyone|anybody|somebody) (were|are|was|got|felt|feel|get|took) (offended|hurt|upset|bothered|insulted|uncomfortable|offense|offence|it personally|it the wrong way) .{0,4} (sorry|apologize|apologise)",
        "if (i|that|it|this|you|anything|my) .{1,6} apologies$",
        // Sorry only for the delivery, conditionally: "sorry if the way I said it wasn't perfect".
        "(sorry|apologize|apologise|apologies|sry|srry|my bad) if (the way i|the way it|how i|how it|my tone|my delivery|my wording|my phrasing)",
      ],
      exceptions: [
        "sorry if (i am|i was) (late|a bit late|a little late|running late|slow|late replying|not making sense|rambling|unclear|bothering you|interrupting|being annoying|too much|spamming|a pain)",
        "sorry if (this|that|it) (is|sounds|seems|was) (a|dumb|silly|stupid|random|weird|obvious|too late|too early|a bother)",
        "sorry if (you|i) (already|missed|got this twice|get this twice)",
        "sorry if (the|this|my|our) (wait|delay|line|food|room|place|traffic|weather|music|noise|message|email|text|question|reply|call|formatting|link|photo|picture) (is|was|seems|sounds|took|takes|comes)? (long|late|slow|loud|cold|short|confusing|dumb|silly|obvious|random|blurry|too|a|a bit|a little|twice|through)",
        "if (you|i) (need|want|get|have|are late|am late|can not|cannot|miss)",
      ],
      extendToClause: true,
      message: "A conditional apology ('sorry if…') questions whether they were really hurt.",
      suggestions: [
        "I'm sorry I hurt you",
        "I'm sorry for my part in this",
        "I can see I hurt you, and I'm sorry",
      ],
      examples: {
        flag: ["Sorry if you were offended.", "I'm sorry if that hurt your feelings", "My apologies if anything I said upset you", "If I hurt you, I'm sorry.", "srry if my text came off rude", "I apologise if the feedback felt harsh to some people.", "If I offended you, I apologize.", "if you were offended then im sorry", "my bad if that came off cold", "Apologies if my reply read as curt.", "If my comment upset you, I regret it.", "Sorry if my tone was a bit off, but the plan stands.", "I apologise if the way I put it was clumsy."],
        pass: ["Sorry if I'm late, traffic is bad!", "I'm sorry I hurt your feelings.", "Sorry if the wait was long, the kitchen is slammed.", "If you need anything, I'm here. Sorry again about the mess.", "Sorry if the tone of the meeting invite confused anyone about the dress code."],
      },
    },
    {
      name: "sorry-but",
      severity: "high",
      patterns: [
        "(i am|i'm|im)? (so|really|truly)? (sorry|apologize|apologise) but",
        "(i am|i'm)? sorry (ok|okay|alright)? but",
        // A name or endearment between: "I'm sorry, Jess, but ...", "sorry babe but ...".
        "(i am|i)? (so|really|truly)? (sorry|apologize|apologise) (#Person|#ProperNoun|babe|baby|honey|hon|love|dude|man|bro|mom|mum|dad|sis|girl|sweetie|darling|dear|okay|ok|alright|really|truly|though) but",
        "(sorry|i am sorry|i apologize|i apologise) (that|if)? .{1,6} but i (stand by|still think|still believe|meant|am not sorry|will not|won't|do not regret|don't regret)",
        "(sorry|apologize|apologise) (not sorry|but not sorry)",
        // An apology for something, then "but" and the defence: "I'm sorry I yelled, but you kept pushing".
        // "I'm" belongs to the apology: the rewrite replaces it too, or "I'm I'm sorry" follows.
        "(i am|i'm|im|i)? (so|really|truly)? (sorry|apologize|apologise|my bad) (for|about|that|i|my|it|the|your|what|how) .{1,8} but (most people|everyone else|everybody else|other people|nobody else|no one else|i am not going to|i will not|you|u|i was|i had|i needed|it was|it is|honestly|in my defense|in my defence|to be fair|come on|seriously|what did|what was|how was|i only|i just|i did)",
        "^my bad (ok|okay|alright)? but",
      ],
      exceptions: [
        "sorry but (can|could|would|do|did|is|are|where|when|what|how|who|the)",
        "sorry but (i|we) (can not|cannot|will not|am not|are not) (make|come|be there|be able|do|join|attend|go)",
        "sorry but (i|we) (need|have|got) to (leave|go|cancel|reschedule|run|work|head|pick|move|push)",
        "sorry but (i am|i will|we will|we are) (running|going to be|be) late",
        "but (i|we) (want|will|am going to|promise|love|care|should|was wrong|know|understand|hear|get|can see|see|mean it|really|also|still love|still care|take)",
        "but (that|it) (is|was) (no|not an|not a good) excuse",
        "but (it|that) was (wrong|not ok|not okay|not fair|unfair|on me|my fault|mean|unkind)",
        "but you (deserved|deserve|did not deserve|didn't deserve|are right|were right|have every right)",
      ],
      // The rewrite replaces the whole "but" clause: keeping it would keep the cancelled apology.
      extendToClause: true,
      message: "The 'but' cancels the apology; what follows is heard as the real message.",
      suggestions: ["I'm sorry", "I'm sorry, and I want to hear how this was for you"],
      examples: {
        flag: ["I'm sorry, but you were the one who left.", "im sorry but you knew i was busy", "Sorry, but you overreacted.", "I'm sorry, Jess, but you knew I had work that night.", "sorry babe but you knew i had work", "I'm sorry that it hurt, but I stand by what I said.", "sorry not sorry", "I'm sorry I yelled, but you kept pushing me.", "my bad but you never said it was important", "Sorry my text came off short, but everyone else got the joke.", "I'm sorry it got to this point, but you pushed me.", "I'm sorry the party upset you, but it was her decision.", "I'm sorry I upset you, but you're overreacting."],
        pass: ["Sorry, but can we move it to 7?", "I'm sorry, but I can't make it tonight.", "I'm sorry that hurt you.", "I'm sorry I yelled. I was stressed, but that's no excuse.", "I'm sorry I snapped, but I want to make it right.", "I'm sorry for the mess, but you deserved a nicer evening.", "Sorry it took so long, but I will make it up to you."],
      },
    },
    {
      name: "sorry-for-any",
      severity: "medium",
      patterns: [
        "(i am|i|we|my|our)? (sorry|apologize|apologise|apologies) for any (offense|offence|hurt|upset|hurt feelings|harm|pain|distress)",
        "(i am|i|we|my|our)? (sorry|apologize|apologise|apologies) for any #Noun (my|i|that|this|it|the) .{0,3} (may|might|could) have (caused|created)",
        // Regret with nobody doing anything: "mistakes were made", "to the extent my message caused distress, I regret that".
        "mistakes (were|have been|had been|got) made",
        "(to the extent|insofar as|in so far as|inasmuch as) .{1,8} (regret|sorry|apologize|apologise|apologies)",
      ],
      message: "'Any confusion I may have caused' or 'mistakes were made' apologises for a maybe, with nobody doing anything; naming what you did and how it hurt is what lands.",
      suggestions: ["I'm sorry for what I said and how it hurt you", "I'm sorry. My comments hurt you, and that's on me"],
      examples: {
        flag: ["I apologize for any offense my words caused.", "sorry for any misunderstanding my message might have created", "Mistakes were made on both sides.", "To the extent that my comment upset you, I apologize."],
        pass: ["Sorry for any typos, I'm on my phone.", "I apologize for the delay, the file is attached.", "I made mistakes and I'm sorry.", "To the extent that I can, I will help you move."],
      },
    },
    {
      name: "grudging-sorry",
      severity: "medium",
      patterns: [
        "^(fine|ok fine|okay fine|whatever|jeez|geez|god|ugh|alright alright|ok ok|okay okay|ok then|okay then|there) (i am)? (sorry|sry)$",
        "i (already|just|literally) (said|told you) (i am)? sorry",
        "i (said|have said|told you) (i am)? sorry (ok|okay|already|twice|like|a hundred|a million|what more|how many|#Value)",
        "^i (said|told you) (i am)? sorry$",
        "(i|we) (apologized|apologised) (already|twice|like|a hundred|a million)",
        // Apology as a chore done: "how many times do I have to say sorry", "I've apologized three times".
        "how many (times|more times) (do|does|will|must) (i|we) (have to|need to|gotta|got to)? (say sorry|say i am sorry|tell you i am sorry|apologize|apologise|keep apologizing|keep saying sorry)",
        "(i have|we have|i've) (already)? (apologized|apologised|said sorry|said i am sorry|said i'm sorry) (already|twice|#Value|a million|a hundred|like|so many|multiple|enough|more than)",
        "^there i (said it|said sorry|said i am sorry|apologized|apologised)",
        "(sorry|i am sorry|apologized|apologised|apologize|apologise) (ok|okay|alright)? (happy now|satisfied|are you happy now|you happy now|is that what you want|is that what you wanted|is that enough|is that better|good enough)",
        "^(i am)? sorry (ok|okay|alright|geez|jeez|already|god)$",
        "(i do not know|idk|i don't know|dunno) what (else|more) (you want|do you want) (me to say|from me)",
        "what (else|more) do you want me to (say|do)",
        "(i said|i told you|i already said|i already told you) (that)? (i was|i am|i'm) sorry",
        "^(i guess|guess|i suppose|well) (i am)? sorry",
        "(sorry|i am sorry|apologies) (i suppose|or something)$",
      ],
      message: "An apology said through gritted teeth ('Fine, I'm sorry') tells them you're apologising to end it, not because you see the hurt.",
      suggestions: ["I'm sorry I hurt you", "I'm sorry. I can see this really hurt you"],
      examples: {
        flag: ["Okay fine, I'm sorry!", "ugh, I'm sorry", "I already said I'm sorry, what more do you want?", "I apologized like five times", "I said I'm sorry.", "How many times do I have to say sorry?", "I've apologized three times already.", "Sorry, happy now?", "I'm sorry, ok?", "i'm sorry ur upset. idk what else u want me to say", "I already told you I was sorry.", "I guess I'm sorry then."],
        pass: ["Fine by me, sorry for the wait!", "I said sorry to your mom for being late."],
      },
    },
    {
      name: "sarcastic-sorry",
      severity: "high",
      patterns: [
        "(sorry|sry) (that)? i am (such|so)? (a|an)? (disappointment|failure|letdown|let down|terrible person|horrible person|awful person|monster|bad person|bad partner|terrible partner|horrible partner|bad boyfriend|bad girlfriend|bad husband|bad wife|bad friend|bad son|bad daughter|bad mom|bad dad|terrible boyfriend|terrible girlfriend|terrible husband|terrible wife|terrible friend)",
        "(sorry|sry) (that)? i am not (good enough|smart enough|a mind reader|a saint)",
        "(sorry|sry) (that)? i am not (the|your|a|an)? (perfect|ideal|flawless|model|dream) (son|daughter|partner|husband|wife|boyfriend|girlfriend|friend|mother|father|mom|mum|dad|parent|sister|brother|person|employee|colleague|housemate|flatmate|roommate|human)",
        // Refusing the apology outright: "I'm not going to apologise for seeing my friends".
        "i (am not|will not|refuse to) (going to|gonna)? (apologize|apologise|say sorry|be sorry) for (having|being|seeing|wanting|needing|living|spending|going|caring|saying|telling|doing|taking|enjoying|asking|standing)",
        "(sorry|sry|apologize|apologise) for (having feelings|having an opinion|having needs|being human|existing|breathing|being alive|being born|being me|living|being such a burden|ruining everything|ruining your life|not being perfect|being the worst)",
        "(sorry|sry) (that)? i (exist|can not do anything right|can't do anything right|never do anything right|am not perfect|am the worst|ruin everything|ruined everything|can not read your mind|can't read your mind)",
        "(i would|i'd) (apologize|apologise|say sorry|be sorry) if i (had|did|thought|actually|was|were)",
      ],
      exceptions: ["sorry i am (such|so)? (a|an)? (mess|wreck) (today|tonight|right now|lately)"],
      message: "A sarcastic apology ('sorry I'm such a disappointment') turns their hurt into an attack on you, so they end up comforting you.",
      suggestions: ["I'm sorry I hurt you", "I'm sorry. I can hear how disappointed you are, and I want to understand"],
      examples: {
        flag: ["Sorry I'm such a terrible girlfriend.", "sorry i'm not a mind reader", "Sorry for having feelings, I guess.", "I'm sorry I'm not perfect.", "Sorry for existing.", "I'd apologize if I'd done something wrong.", "Sorry I'm not the perfect girlfriend you wanted.", "I apologise for having needs, clearly.", "I won't apologise for wanting a night out."],
        pass: ["I'm sorry I let you down, and I want to make it right.", "I'm not perfect, and I'm sorry I hurt you.", "Sorry I'm not a big fan of sushi.", "I won't apologise for the delay twice, it's in the email."],
      },
    },
  ],
};
