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
        // Getting worked up: "why are you getting so worked up", "you're getting all bent out of shape".
        "(you|you are|why are you|why do you|why you) (getting|get|got|being)? (so|all|this|that|even)? (worked up|bent out of shape|riled up|wound up|het up|hot and bothered)",
        "why (are|do) you (getting|get|being)? (so|this|that|all) (upset|mad|angry|emotional|defensive|offended|triggered|bothered|hurt|heated|dramatic)",
        "(do not|don't|stop|quit|no need to) (get|getting) (so|all|this)? (worked up|bent out of shape|riled up|wound up|your panties in a twist|your knickers in a twist)",
        // Making it bigger: "you took a small thing and made it huge", "making something out of nothing".
        "you %ADV% (took|take|are taking) (a|this|one) (small|little|tiny|minor|silly|stupid) (thing|issue|mistake|comment|moment|detail) and (made|make|turned|turn|blew|blow|are making|are turning)",
        "you are %ADV% making (something|a lot|so much|a big thing|a huge thing|a whole thing|a fuss|drama|an issue|a big issue|a federal case|a scene) (out of|over|about) (nothing|so little|a|one|this|that|it|something)",
        "you are %ADV% making (this|it|that|everything) (into)? (a whole thing|a whole big thing|a drama|an issue|a big issue|a federal case|a production|a saga|a huge issue|a fuss|a crisis|a catastrophe|a tragedy|a disaster)",
        "(why are you|stop|quit|no need to|you are|you keep) (making|kicking up|creating|causing) (such|so much)? (a fuss|a big fuss|a scene|a stink|a big stink|drama|a big thing|a song and dance)",
        // Treating the reaction as out of scale: "you're acting like it's the end of the world".
        "you %ADV% (act|acting|are acting|talk|are talking|react|are reacting|make it sound|are making it sound) like (it is|it's|it was|this is|this was) (the end of the world|a tragedy|a crime|a disaster|a catastrophe|life or death|a huge deal|a big deal)",
        "you %ADV% (act|acting|are acting|talk|are talking|react|are reacting|make it sound|are making it sound) like i (killed|murdered|cheated|committed a crime|robbed|stabbed|ran over|burned|burnt|torched|wrecked|destroyed|set fire|kicked your dog|killed your dog|betrayed you|did something terrible|ruined your life|ruined everything|committed murder)",
        // Turning something small into a case: "can we not turn one text into a whole federal case?"
        "(turn|turning|turned|make|making|blow|blowing) .{1,5} into (a|an|such a|this) (whole|big|huge|massive|full|full blown)? (federal case|drama|saga|crisis|production|big deal|whole thing|big thing|huge thing|scandal|soap opera)",
        // A question that asks them to see it as too much: "don't you think you're blowing this up?", "aren't we getting worked up?"
        "(do not you think|are not|is not) (you|we|this|it) (are|is)? %ADV% (overreacting|blowing|worked up|overthinking|dramatic|excessive|over the top|extreme|an overreaction|much|too much)",
      ],
      exceptions: ["(nobody|no one|none of us|not one of us) (thinks|thought|believes|is saying|said|says|would say) (that)? (you|you are)"],
      message: "Calling a reaction too big tells them their feelings are wrong instead of asking what's behind them.",
      suggestions: [
        "I can see this really hurt you",
        "This clearly matters a lot to you. Help me understand why",
        "I didn't realize how big this felt for you",
      ],
      examples: {
        flag: ["You're overreacting.", "youre totally overreacting", "YOU'RE OVERREACTING", "You're blowing this way out of proportion.", "Stop making a big deal out of nothing", "why r u getting so worked up over a text", "You're getting all worked up over nothing.", "Honestly it feels like you took a small thing and made it huge.", "You're making something out of nothing.", "Why are you making such a fuss?", "You're acting like it's the end of the world.", "You act like I killed someone.", "You're acting like I torched your car.", "Let's not turn a late reply into a full blown crisis.", "Don't you think you're overreacting a bit?", "Isn't this a bit over the top?"],
        pass: ["You're not overreacting.", "Am I overreacting?", "I don't think you're overreacting at all.", "my mom says I'm overreacting", "no one thinks you're overreacting, love", "I'm getting worked up about the exam tomorrow.", "I'm making a big thing of lasagna for Sunday.", "We turned the spare room into a whole office.", "Don't you think the blue is a bit much?"],
      },
    },
    {
      name: "too-sensitive",
      severity: "high",
      patterns: [
        "you are %ADV% (being|acting|getting)? %ADV% [<trait>(sensitive|dramatic|touchy|emotional|hysterical|oversensitive|hypersensitive|melodramatic|petty|childish|immature|paranoid|insecure|needy|clingy|crazy|ridiculous|silly|extra|a drama queen|a baby|a child|so much)]",
        "(do not|stop|quit) (be|being|acting|getting) (so|that|such a|this|too)? [<trait>(sensitive|dramatic|touchy|emotional|hysterical|oversensitive|melodramatic|petty|childish|immature|paranoid|insecure|needy|clingy|crazy|ridiculous|silly|extra|a baby|upset|mad|precious|difficult|sensitive about it)]",
        "(stop|quit) (being|acting) (so|that|such a|this|too)? #Adjective",
        "you are (being|acting)? (a bit|a little|way|just|kind of|kinda|so|a tad|a touch) (much|too much|over the top|extra)",
        "(stop|quit|do not|don't) (be|being|acting like) (a baby|such a baby|a child|a crybaby|a drama queen|a snowflake)",
        "(why|how) are you (so|this|being so)? (sensitive|dramatic|touchy|emotional|upset) (about|over) (this|that|nothing|it)",
        // Putting the talk off until they feel less: "we can discuss when you're less emotional".
        "(when|once|until|after) (you are|you get|you can be|your) (a bit|a little|much|way)? (less|more) (emotional|hysterical|dramatic|irrational|rational|reasonable|sensible|logical|level headed)",
      ],
      exceptions: ["(do not|stop) be (so|too)? (hard|tough|rough|mean) on yourself", "stop being (so)? (hard|tough) on yourself", "(nobody|no one|none of us|not one of us) (thinks|thought|believes|is saying|said|says|would say) (that)? (you|you are)"],
      message: "Labelling their feelings as too much shuts the conversation down; it tells them to feel less, not that you hear them.",
      suggestions: [
        "I can see this really hurt you",
        "It makes sense that you feel this strongly",
        "I'm sorry this hurt so much",
      ],
      examples: {
        flag: ["You're being too sensitive.", "Don't be so dramatic.", "ur being so dramatic", "Stop being so touchy about it", "you're being a bit much", "Stop being a baby about it.", "Let's talk when you're more rational.", "we can sort it once you're less emotional"],
        pass: ["You're not being dramatic.", "Don't be so hard on yourself.", "Am I being too sensitive?", "you're being so sweet today", "Call me when you're less busy.", "The sequel is more dramatic than the first film."],
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
        "(it|that|this|its) #Copula? (not|hardly) the end of the world",
        // Idioms of disproportion: "a storm in a teacup", "a mountain out of a molehill situation".
        "(storm in a teacup|tempest in a teapot|mountain out of a molehill|mountain out of a mole hill|much ado about nothing|first world problem|first world problems|grand scheme of things|keep some perspective|keep things in perspective|keep it in perspective|keep this in perspective|put things in perspective|put this in perspective|put it in perspective|a little perspective|a bit of perspective|get some perspective)",
        // Too much feeling for the thing: "a lot of energy for a missed call", "all this fuss over a parking space".
        "(lot of|so much|all this|this much|that much) (energy|drama|fuss|emotion|anger|upset|noise|outrage) (for|over|about) (a|an|one|some|such a|something|nothing|a single)",
        // Their hurt set against bigger troubles or worse things: "people with actual problems", "people say far worse every day".
        "(people|others|folks) (with|who have|have|who) (actual|real|bigger|serious|worse) (problems|issues|troubles)",
        "(people|everyone|everybody) (say|says|said|do|does|have said|have done|put up with) (far|much|way|a lot|so much)? worse",
        "(keep track of|remember|notice|apologize for|apologise for|worry about|get upset about|be upset about|fuss over|sweat) (every|each) (little|tiny|small|single|last) (thing|detail|comment|mistake|word)",
        "(it|that|this) #Copula (not|nothing) worth (getting|being) (upset|mad|angry|worked up) (over|about)?",
        "(why|how) is (this|that|it) (such|a|so) (a)? (big|huge) (deal)?",
        "(it|that|this) (was|is) (literally|honestly|really|seriously|basically|like|so|pretty|super|such a)? (nothing|not a thing|no biggie|minor|trivial|tiny|petty|small thing|minor thing|trivial thing)$",
        "you are %ADV% (upset|mad|angry|crying|sad|worked up) (over|about|for) (nothing|something so small|a little thing|a tiny thing|a stupid thing|a silly thing|this)",
        // Upset about something small: "you're mad about ONE dish?", "you're upset over a single text".
        "you are %ADV% (upset|mad|angry|crying|sulking|pouting|pissed|annoyed|whining|complaining|fighting|arguing|freaking out|losing it|worked up) (over|about|because of) (one|a single|a little|a tiny|a stupid|a silly|a dumb|just|only|literally|some|such a|a few|#Value)",
        // Nothing bad happened: "Nobody died", "no one got hurt".
        "(nobody|no one|noone) (died|got hurt|was hurt|got killed|is dying|is dead)",
        "(it is|it's|it was) not like (anybody|anyone|somebody|someone) (died|got hurt|was hurt|is dying)",
        "you will (live|survive)$",
        // "what's the big deal", "so what?"
        "what is (the|such a|so) (big deal|big problem|big issue|huge deal)",
        "^so what if (i|it|we|he|she|they|i was|i did)",
        "(but|and|yeah|ok|okay|fine|well) so what",
        // Others would not have minded: "most people wouldn't even have noticed".
        "(most people|most guys|most girls|most men|most women|other people|normal people|anyone else|anybody else|any normal person|a normal person) (would not|would never|will not|do not) (have)? even (have)? (noticed|cared|minded|batted an eye|blinked|thought twice|been bothered|been upset|gotten upset|got upset|made a fuss|care|notice|mind)",
        "why (does|do|is|would) (it|this|that|one thing|a text|a comment) (matter|bother you|bug you|get to you|upset you) (so much|this much|that much)",
        "why do you (care|mind) (so much|this much|that much)",
        // Not worth the feeling: "it's not worth fighting over".
        "(it|that|this) #Copula (not|never|hardly) worth (fighting|arguing|getting upset|getting mad|crying|being upset|a fight|an argument|the drama|all this|the fuss|it) (over|about)?",
      ],
      exceptions: [
        "(big|huge|serious) deal (if|whether|either|for me|to me|at all if|at all)",
        "(big|huge) deal (take|no rush|no worries|happens|do not worry|you can|just|honestly if|i can|reschedule|next time|another time)",
        "(big|huge) deal we can (always|just)? (reschedule|do it|go|try|meet|move|push|figure|talk|catch up|make it|get together|skip)",
        "(not|no) (a|such a|that)? (big|huge) deal (that|if) you",
        "(is|was) it a (big|huge) deal",
        "(not|never|no) (a|just a)? (storm|tempest|mountain)",
        "(energy|emotion|noise) (for|over|about) (a|an|one|such a) (monday|morning|toddler|kid|puppy|baby|game|match|concert|party|run|workout)",
        "(help|helping|work with|working with|treat|treating|support|supporting) (people|others|folks)",
        "(died|got hurt|was hurt|got killed) (in|at|on|during|from|when|after|last|this)",
        "so what (do|did|does|is|was|are|were|should|can|could|would|will|happened|about|time|else|now|kind|sort|type|you are saying|you mean|you are telling)",
      ],
      message: "Telling them it's not a big deal says their feelings are out of proportion; it clearly is a big deal to them.",
      suggestions: [
        "I can see this is a big deal to you",
        "I didn't realize how much this mattered to you",
        "I'm sorry, I can see it matters",
      ],
      examples: {
        flag: ["It's not a big deal.", "its not that big a deal", "It's not the end of the world.", "You're upset over nothing", "it's honestly not that deep", "It's not a big deal, we can just buy a new one.", "It was five minutes late. Nobody died.", "You're mad about ONE dish?", "what's the big deal?", "So what if I was late?", "Why does this matter so much to you?", "It's not worth fighting over.", "Bit of a storm in a teacup, no?", "That's a lot of drama for one burnt dinner.", "There are people with real problems out there.", "Everyone says worse than that at work.", "I can't be expected to remember every single detail.", "yeah i forgot but so what, it's one dinner", "Most people wouldn't even have cared.", "In the grand scheme of things it's a scratch.", "Let's keep things in perspective here.", "ugh its so minor"],
        pass: ["No big deal if you can't come.", "it's no big deal, take your time", "Is it a big deal if I'm 10 minutes late?", "It's not a big deal for me to drive you.", "No big deal, we can reschedule.", "Nobody died in the crash, thank god.", "So what time should we leave?", "This isn't a storm in a teacup, it matters.", "So much energy for a Monday morning!", "I help people with real problems at the clinic every day.", "And so what happened next?", "Most people would not have noticed the typo, but the editor did, thank goodness.", "The injury was minor, thank goodness."],
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
        "no (reason|need) (to|for you to) (be|get|getting) (so|this|that|all)? (upset|mad|angry|hurt|jealous|worked up|emotional|dramatic|defensive|hysterical|offended|bent out of shape)",
        "(there is)? no (reason|need) (to|for you to) (freak out|overreact|cry|make a scene|make a fuss|lose it|flip out|take it personally)",
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
        flag: ["You shouldn't feel that way.", "There's no reason to be so upset.", "Stop crying.", "you don't need to be so upset", "no need to get upset", "there's no need to freak out"],
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
        // Their feeling is already dated: "you'll laugh about this in a week", "you won't even remember this".
        "(you|u) (will|are going to|will not|are not going to) (probably|totally|honestly|definitely|literally|so)? (laugh about|laugh at|look back on|see it differently|see this differently|feel differently|think differently|forget about|forget all about|even remember|even care about|even think about) (this|it|that|all this|any of this)?",
        "(just|can you|could you|you need to|you have to|you gotta|you should|you got to|why can not you|why can't you|time to) (let it go|let this go|let that go|move on|get past it|get past this|drop it|suck it up|deal with it|shake it off)",
        "^(just|so|please|honestly|seriously|come on|babe|dude|ok|okay)? (let it go|suck it up|deal with it|shake it off|man up|toughen up)$",
      ],
      exceptions: [
        "(i|we) (need to|have to|will|should|can|am going to|am trying to|just)? (get|got|getting) over (it|this|that)",
        "(i|we) (just|finally|eventually)? (let it go|let that go|let this go|moved on|move on)",
        "(time to|let us|let's|we can|we should) move on (to|with|from the)",
      ],
      message: "Telling them to get over it asks them to drop the feeling before anyone has heard it.",
      suggestions: ["I can see this is still hurting you", "Take the time you need. I'm here when you want to talk"],
      examples: {
        flag: ["You'll get over it.", "just get over it already", "Can you move on already?", "Just let it go.", "suck it up", "you need to let it go", "You'll laugh about this next week.", "in a month you won't even remember this"],
        pass: ["I'll get over it, don't worry", "I was so nervous but I got over it", "We're getting over the flu, finally.", "I let it go after a while.", "Time to move on to the next agenda item.", "You will remember this trip forever.", "You'll love the new place."],
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
        // "It was five minutes late."
        "(it|that|this) (is|was) (just|only|literally|like|barely)? (one|a single|#Value) (#Noun|minute|minutes|second|seconds|hour) (late|early|over|behind)$",
        // "it's just a text", "it was only a comment", "it's only money".
        "(it|that|this) (is|was) (just|only|merely|simply|literally just|literally only) (a|an|one) (little|tiny|small|stupid|silly|dumb|harmless|quick|single|throwaway|offhand|innocent|stupid little|silly little|group|family|work|office|old|birthday|holiday)? (text|comment|remark|word|meme|photo|picture|post|game|party|dinner|movie|show|date|thing|mistake|typo|scratch|dent|drink|beer|glass|call|phone call|message|email|like|tweet|story|look|glance|hug|kiss|conversation|chat|night|weekend|birthday|anniversary|card|present|gift|plant|vase|cup|mug|shirt|lunch|coffee|drink|dance|comment online|number|haircut|dress|tv show|episode)",
        "(it is|it's|it was) (just|only) (money|stuff|things|words|a number|hair|food|a game|a date|one night|one day|one time)$",
        // "It was a tiny comment."
        "(it|that|this) (is|was) (just|only|literally|like|honestly|really)? a (tiny|small|little|minor|silly|stupid|harmless|throwaway|offhand|dumb|quick|single|stupid little|tiny little|silly little) (comment|remark|joke|mistake|thing|text|word|detail|scratch|dent|slip|typo|oversight|misunderstanding|accident|question|photo|picture|post)",
        // "it's not like I missed the whole dinner"
        // (compromise's fast tagger reads "it's not" as "it has not")
        "(it|that) (is|has) not like (i|we) %ADV% (#PastTense|did|was|were|had|forgot|missed) (the whole|the entire|all of|every|your whole|your entire|anything|everything|a lot|that much)",
        "(it|that) (is|has) not like (i|we) %ADV% (cheated|cheated on you|killed|murdered|slept with|stole|hit|robbed|wrecked|crashed)",
      ],
      exceptions: [
        "(small|little|tiny|quick|minor) (thing|question) (but|and|i|could|can|if)",
        "(dumb|silly|stupid|random|quick|small|weird|basic|obvious) question",
        "(it|that|this) (is|was) (just|only)? (a|one) (quick|small) question",
      ],
      extendToClause: true,
      message: "Shrinking what happened ('it was one beer') tells them their hurt is too big for it; the size of the thing is not the size of the feeling.",
      suggestions: ["I can see it mattered to you", "It was important to you, and I get that", "I can see it hurt, whatever the size of it"],
      examples: {
        flag: ["It was one glass of wine.", "it was literally two minutes", "That was a stupid little comment, honestly.", "It's not like I ate the whole cake.", "it's not like i cheated on you", "It was five minutes late.", "it's just a text", "it was only a comment", "It's only money.", "it's literally just a birthday card", "It was a throwaway remark."],
        pass: ["It was one of the best nights of my life.", "It's a small thing, but could you close the door?", "It was a quick question about dinner.", "It's not like you to be late, everything ok?", "It's just a thought, but maybe we could paint the kitchen?", "It's only a short walk from the station.", "It was only a matter of time.", "It's just a line from the song I love."],
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
        "(cut|stop|quit|enough with|enough of|knock off|save|can not be bothered with|sick of|tired of|fed up with) (the|your|all the|all this|this) (drama|theatrics|hysterics|waterworks|crocodile tears|sob story|pity party)",
      ],
      exceptions: ["drama (class|club|teacher|department|program|programme|series|show|lessons|school|camp)"],
      message: "Calling their hurt 'drama' tells them it is a performance, not a feeling worth hearing.",
      suggestions: ["I can see how much this hurt you", "This clearly matters to you. Tell me what's going on"],
      examples: {
        flag: ["Spare me the drama.", "quit the hysterics", "Enough with the waterworks", "honestly sick of all the drama"],
        pass: ["The show had enough drama for one season.", "She cut the drama class this year."],
      },
    },
  ],
};
