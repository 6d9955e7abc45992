import type { CategorySpec } from "../rule";

/** Shutting the conversation down. */
export const stonewalling: CategorySpec = {
  id: "stonewalling",
  name: "Stonewalling",
  description:
    "Shutting the conversation down ('whatever', 'I'm done talking', 'forget it'). Taking a break is healthy; walling off without saying when you'll come back leaves them alone with it.",
  rules: [
    {
      name: "whatever",
      severity: "high",
      // Alone, or set off by a comma: "Whatever he did, it worked" is not a shrug.
      patterns: [
        "^(ok|okay|fine|well|yeah|k|oh|ugh|sure|cool|alright)? whatever$",
        "^(ok|okay|fine|well|yeah|k|oh|ugh|sure|cool|alright)? (whatever && @hasComma)",
        "whatever (you say|you want|floats your boat|makes you happy|helps you sleep)$",
        // "whatever" run on into leaving: "whatever im going to bed".
        "^(ok|okay|fine|well|yeah|k|oh|ugh|sure)? whatever (i am|i will|i do not|i can not|i give up|go|goodnight|good night|night|bye|see you|lol|man|dude|bro|i guess|then|ok|okay|fine|believe|think|say|do what|idc|i don't)",
      ],
      exceptions: [
        "whatever (you|works|is|would|time|they|we|makes|helps|suits|feels|needs|it takes|happens) (want|works|prefer|decide|need|is|would|easiest|best|better|good|easier|fine|comfortable|right|choose|pick|like|feel|think|help|takes)",
        "whatever (works|you prefer|is easiest|is best|you decide|you need|you choose|you like|you think)",
        "whatever (time|day|place|works|movie|food|restaurant|you'd like)",
        "(for|with|about|in|get|bring|wear|eat|order) whatever",
      ],
      message: "'Whatever' ends the conversation and tells them their feelings aren't worth engaging with.",
      suggestions: ["I'm frustrated and need a minute, but I want to talk about this", "Can we take a short break and come back to this?"],
      examples: {
        flag: ["Whatever.", "ok whatever", "Whatever you say.", "Whatever, do what you want.", "whatever    im going to bed", "Sure, whatever."],
        pass: ["Whatever works for you is fine.", "whatever you prefer", "I'll eat whatever you make!", "Whatever he said to you, I'm on your side."],
      },
    },
    {
      name: "fine",
      severity: "medium",
      wholeSentence: true,
      // "Ok", "sure" and "cool" alone are everyday agreement in chat; "fine." and "k." are the curt ones.
      patterns: ["^(fine|k|kk|fine then|fine whatever|wow ok|ok then|whatever then)$"],
      exceptions: ["(fine|ok|okay|sure|great|cool) (by|with|for) (me|us)"],
      message: "A curt 'fine' reads as a closed door; they can't tell if you're hurt, angry or done.",
      suggestions: ["I'm upset and need a little time, but I'm not going anywhere", "I need a few minutes to think, then I want to talk"],
      examples: {
        flag: ["Fine.", "k.", "fine!!", "Fine then."],
        pass: ["Fine by me!", "That's fine, see you at 7", "I'm fine, thanks for asking", "Ok.", "Sure!"],
      },
    },
    {
      name: "suit-yourself",
      severity: "medium",
      patterns: [
        // Leaving them to it: "suit yourself", "believe what you want", "if you say so", "do whatever you want".
        "^(ok|okay|fine|well|yeah|sure|alright)? (suit yourself|have it your way|if you say so|think what you want|believe what you want)$",
        "(believe|think) (whatever|what) you (want|like|wish|please)",
        "^(ok|okay|fine|well|so|then|just|yeah|whatever)? do (whatever|what) you (want|like|wish|please)$",
        "do (whatever|what) you (want|like|wish|please) (i do not care|i don't care|idc|i am done|whatever|fine|i give up)",
      ],
      exceptions: ["(think|believe) (whatever|what) you (want|like) (about|of) (the|this|that|it|my|his|her) (movie|book|show|song|food|dinner|restaurant|place|game|plan|idea)"],
      message: "Handing the argument back to them ('suit yourself') ends the conversation without hearing them.",
      suggestions: ["I'm frustrated and need a minute, but I want to understand how you see it", "I see it differently, and I still want to hear you"],
      examples: {
        flag: ["Suit yourself.", "Believe what you want.", "if you say so", "Do whatever you want.", "Think whatever you like.", "do what you want, i dont care"],
        pass: ["If you say so, I'll book it for 7.", "Do whatever you want for your birthday, it's your day!", "You can do whatever you want with the spare room."],
      },
    },
    {
      name: "done-talking",
      severity: "high",
      patterns: [
        "(i am|i'm|im) (so)? done (talking|discussing|arguing|with this|with this conversation|with you|here|explaining|trying)",
        "(i am|i'm|im) (so)? done$",
        "^(just|ok|okay|fine|oh|so|well|you know what|never mind|nevermind|seriously|please)? (forget|drop) (it|about it|this|that|i said anything|i asked|i said something|i brought it up|i mentioned it)",
        "(let|can|could|will|would) #Pronoun (just)? (drop|forget) (it|this|that|about it)",
        "^(forget it|nevermind|never mind|drop it|talk to the hand)",
        "(i do not|i don't|i dont) (want|wanna|need) to (talk|hear|discuss|deal|argue) (about)? (it|this|that|with you|anymore|any more)?",
        "(this|the) (conversation|discussion) is over",
        "leave me? alone",
        "(i am|i'm|im) not (talking|discussing|doing) (about)? (this|it|that)? (with you|anymore|right now|again)",
        "i am not (having|doing|getting into|going through) (this|that|this conversation|that conversation|this discussion|this argument|this fight|this again) (with you|again|anymore|right now|today|tonight)?",
        "i am not (going to|gonna) (get into|discuss|talk about|argue about|do|have) (this|it|that|this conversation|this again) (with you|over text|again|anymore|right now)?",
        "can we (just)? not$",
        "can we (just)? not (do this|do that|talk about this|talk about it|go there|have this conversation|have this fight|start this)",
        "(do not|never) (text|call|message|contact|talk to|speak to|email) me (about this|about it|about that)? (again|anymore|ever again)?$",
        "(we|i) (are|am) not (doing|discussing|talking about) this (again|anymore|right now)?",
        "(stop|quit) (talking|texting|messaging) (to)? me",
        "(end of|end) (story|discussion)",
        "(there is|there's) nothing (more|else) to (talk|say) (about)?",
        "i (can not|can't|cannot) (do|deal with) this (anymore|right now|any more)",
        "(talk|speak) to (you|u) (later|never|whenever)$",
        "(i have|i've) (nothing|got nothing) (more|else|further)? to (say|add)",
        "said (all|everything) (i am going to|i am gonna|i have to|i need to|i intend to|i will|there is to) (say|said)",
        // The talk declared over: "conversation over", "subject closed", "we're done here".
        "^(conversation|discussion|subject|topic|case|argument) (is)? (over|closed|done|ended|finished)",
        "(this|the) (conversation|discussion|topic|subject|argument) is (closed|done|finished|ended)",
        "^(we are|we're) (so)? done (here|talking)?$",
        "(we are|we're) done (talking|discussing|with this conversation|with this discussion)",
        "(we are|we're) done here$",
        "(i am|i'm|im) not (talking|discussing) (about)? (this|it|that)$",
        // Refusing to engage: "I refuse to discuss this", "I won't talk about this anymore", "I'm not engaging".
        "i (refuse|decline) to (discuss|talk|engage|argue|have|do|get into|continue|keep|respond|answer|dignify)",
        "i (will not|won't|am not going to|am not gonna) (talk|discuss|argue|engage|do this|have this conversation|go there|respond|reply|answer|listen) (about|to|with)? (this|it|that|you)? (anymore|again|any more|with you|right now)?",
        "i am (not|done) (engaging|responding|replying|answering|arguing|explaining myself|repeating myself|justifying myself)",
        "(not|will not|won't|am not going to) (dignify|dignifying) (that|this|it)",
        "(i am)? not interested in (talking|discussing|hearing|arguing|going over|rehashing|having|getting into|revisiting)",
        "i (do not|don't) care (anymore|any more|what you think|how you feel|about this anymore)",
        "^(ok|okay|fine|well|honestly|seriously)? i give up$",
        "i (give|gave) up (trying|talking|explaining|on you|on us|on this conversation|with you|on talking|on explaining)",
        "(there is|there's) no (point|use) (in)? (talking|discussing|arguing|explaining|trying|having this conversation) (to you|with you|about it|about this|anymore|any more)",
        "(there is|there's) no (point|use) (in)? (talking|discussing|arguing|explaining|having this conversation)$",
        "(what is|what's) the (point|use) (of|in)? (talking|discussing|arguing|explaining|trying|even talking|this conversation)",
        "(this|this conversation|talking to you|arguing with you|this discussion|arguing) (is|was) (pointless|useless|a waste of time|a waste of breath|going nowhere)",
        "^(just|please|ok|okay)? go away$",
        "^(i am)? (blocking|muting|ignoring|unfriending|leaving) (you|this chat|this conversation|your)",
        // Starting the sentence with the refusal: "Not discussing this over text.", "not engaging".
        "^(i am)? not (discussing|engaging|getting into|arguing about|debating|talking about|rehashing|doing this|doing that|having this|having this conversation) (this|it|that|with you)?",
        // No room for it: "I don't have time for this", "I have no patience for this".
        "i (do not|have not|did not|have no|got no) (have|got)? (time|the time|the energy|the patience|the bandwidth|the headspace|energy|patience) for (this|that|you|your|this conversation|this drama|this nonsense|this crap|this again)",
        // Never to be raised again: "let's agree never to mention it again", "don't bother bringing it up again".
        "(let us|do not|don't) %ADV% (agree|promise|bother|ever|even)? (to)? (never|not)? (to)? (mention|mentioning|bring|bringing|raise|raising|discuss|discussing|talk about|speak of) .{0,4} again",
        "(can not|could not) be bothered (with|to)? (this|it|you|your|the drama|all this|any of this|talking|arguing|explaining|discussing)",
        "^(sort|figure|fix|deal with|work) (it|this|that) (out)? (yourself|on your own)",
        "(so|then|and|ok|okay|well|right) i am out$",
        "^(we have|there is|there's|i have)? nothing (more|else|left)? to (talk about|discuss)$",
        "can we (please)? (just)? not$",
      ],
      exceptions: [
        "(i|we) (need|want) (a|some)? (break|minute|few minutes|time|space|pause|breather)",
        "(forget|forgot) (it|about it) (was|is|at|in|on)",
        "leave (it|them|the|my|your|a|this)",
        "done (with|talking) (the|my|dinner|work|lunch|for the day|homework|packing|cleaning|cooking|eating|early)",
        "(i am|i'm) done (with)? (the|my|dinner|work|lunch|for the day|homework|packing|cleaning|cooking|eating|early|soon|at)",
        "(do not|don't) (want|need) to talk about (it|this) (right now|yet|tonight)? (but|can|could|until|tomorrow|later|when|after)",
        // After a run of any words, compromise only finds single-word alternatives.
        "not .{0,8} (until|tomorrow|later|tonight|maybe|morning|weekend|while|when|till|til|after|before|unless|yet)",
        "nothing (more|else)? to say (about|on|regarding) (the|that|this|my|your|his|her|their|it)",
        "(i give up|gave up) (on)? (the|this|that|my|coffee|sugar|smoking|drinking|chocolate|meat)",
        "(getting into|get into|discussing|discuss|doing|do|having|have|talking about|talk about) (this|it|that) (over|by|via) (text|texts|message|messages|email|phone|chat) (can|could|let|call|ring|phone|facetime|tonight|tomorrow|later|when|in|face|but|until|we|i|after|let us|lets|let's|#Date)",
        "never mind (found|got|figured|i found|i got|i figured|i see|i remember|i just|i will|it is|it's|it worked|the|my|ignore|that last|my last|wrong|false alarm)",
        "(forget it|forget that|never mind|nevermind) (i|we)? (found|got|figured|see|remember|have it|fixed|sorted)",
        "(you|he|she|they|we|i|always|never) (forget|forgot|drop|dropped|never mind)",
        "(argue|dispute) (that|with that) (it|i|you|this|we|the|my|your|he|she|they) ",
        "(time|energy|patience|bandwidth) for (this|that) (movie|show|game|trip|class|course|week|weekend|month|year|project|book|party|event|job|hobby|meeting|call|one|stuff|kind|sort|level|much|many)",
      ],
      message: "Ending the conversation without saying when you'll come back leaves them alone with the hurt.",
      suggestions: [
        "I need a 20-minute break, and then I want to keep talking",
        "I'm overwhelmed right now. Can we come back to this tonight?",
        "I want to talk about this, I just need a little time first",
      ],
      examples: {
        flag: ["I'm done talking.", "forget it", "I don't want to talk about it.", "Leave me alone.", "This conversation is over", "I'm not doing this again with you.", "can we just not do this", "Don't call me again.", "Let's just drop it.", "conversation over", "We're done here.", "I refuse to discuss this.", "I won't talk about this anymore.", "I'm not engaging with this.", "Not getting into this again.", "Not discussing this over text. Night.", "Don't bother raising it again.", "I've said everything I need to say.", "cant be bothered with this", "Figure it out yourself.", "I don't have time for this.", "i have no patience for this right now", "Not doing this again.", "ok I'm out.", "I give up.", "There's no point talking to you.", "This is pointless.", "Go away."],
        pass: ["I need a 20-minute break, then let's keep talking.", "Don't forget it's at 6!", "I'm done with dinner, heading home", "Forget about the dishes, I'll do them", "nvm found it!", "Forget it, I found my keys.", "I'm not getting into this over text, can we call tonight?", "Don't call me before 9, I'm on a shift.", "It isn't that you always forget; it's that this one mattered.", "I give up on this crossword, too hard.", "Go away for the weekend, you deserve it.", "There's no point going if it rains.", "I'll never mention it again, promise.", "I can't be bothered to cook tonight.", "Not discussing this in front of the kids, later?", "I have nothing to say about the movie, it was fine.", "I don't have time for that show, too many episodes.", "I won't argue that it was my call; it was.", "Not doing much today, want to hang out?", "Mom, I'm not going to discuss it while we're both yelling. Let's pick it up after dinner."],
      },
    },
  ],
};
