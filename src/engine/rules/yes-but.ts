import type { CategorySpec } from "../rule";

/**
 * What follows "but" when the "but" is logistics or a boundary, not a retraction: a question, a
 * plan, a time, a condition, a need, warmth. Shared by the rules below, which all end on "but".
 */
const BENIGN_AFTER_BUT = [
  "but (can|could|would|will|shall|should|do|does|did|is|are) (we|you|i|u|someone|anyone) !not",
  "but (can|could|would|will|shall|should|do|does|did|is|are) !(we|you|i|u|not)",
  "but (where|when|what|how|who|which|let's|lets|let us|let me|maybe|perhaps|please|remember|remind|make sure|bring|call|text|first|next|after|before|after that|not until|only after|#Value|#Date)",
  "but (tell me|show me|send me|give me|ask me|grab|pick up|check|double check|keep in mind|heads up)",
  "but (i want to make|i want to do better|i will make|i will do better|i am going to do better|i promise|i am working on|i am trying to do better|i own|i take responsibility|i should not have|i should have|i was wrong|that does not make it okay|that does not make it ok|it was still wrong)",
  "but (i am|we are) (not sure|unsure|not certain)",
  "but (i|we) (do not|don't) know (yet|if|whether)",
  "but (i will|i can|i could|i would|i would like|i need|i'm going to|i am going to|we need|we should|we could|we can)",
  "but (only|if|unless|only if|only when|not if|just in case|thanks|thank you|no rush|no worries|no pressure)",
  "but the (#Noun|#Adjective){1,3} (is|are|will|opens|closes|leaves|starts|ends|departs|arrives|#PresentTense)",
  "but (it starts|it's at|it is at|it closes|it opens|it ends|it leaves)",
  "but (i am|we are) not (comfortable|ready|able|up for|in a place)",
  "but (i love|i miss|i appreciate|i care|i am here|i am proud|i am glad|i am sorry|i am so sorry|i want to hear|i want to understand|i want to listen|i want to talk|i want to fix|i want us)",
  "but (that is|that's|it is|it's) (no|not an) excuse",
  "but (i am|we are) (really|so|truly|very|genuinely|also)? (glad|grateful|proud|sorry|here|happy|thankful)",
];

/** Agreeing in form, then disagreeing in substance. */
export const yesBut: CategorySpec = {
  id: "yes-but",
  name: "Yes, but",
  description: "Agreeing, then taking it back with 'but'. The 'but' erases what came before it, and what follows is heard as the real message.",
  rules: [
    {
      name: "yes-but",
      severity: "medium",
      patterns: [
        "^(ok|okay|well|so|oh|look|listen|#Person|#ProperNoun|dad|mom|mum|babe|baby|honey|hon|love|dude|man)? (yes|yeah|yea|yep|sure|ok|okay|right|fine|true|fair|agreed|totally|absolutely|i know|i get it|i get that|i understand|i see|i hear you|i see that|i know that|i understand that|i see your point|fair enough|you're right|you are right|that is true|that's fair|that is fair|ok i get it|i know i know|you i know|yeah yeah|yes yes|ok yeah|okay yeah|ok yes|okay yes|ok fine|okay fine|ok sure|okay sure|fair point|good point|point taken|granted|noted|that is valid|i agree|maybe so|i hear that|i heard you|yeah i heard you|yea yea i heard you|yeah yeah i heard you|i heard|true enough|you have a point|you may be right|you might be right|you could be right|i get that|i know that|i admit it|i take your point|i see your point|of course) (but|though|however)",
        // "..., but you have to admit": conceding, then taking it back.
        "(but|buut|buuut|buuuut) (you|u) (have to|got to|gotta|must|need to|should|could at least) (admit|agree|see my side|understand my side|see where i am coming from|remember|acknowledge)",
        "^(yes|yeah|yea|sure|ok|okay|i know|i get it|i understand|i hear you|fair enough|you are right|that is true|that is fair) #Adverb? (#Noun|i|you|it|that)? #Verb? (but|however)",
        // The concession mid-sentence, then their part: "ok i was late again fine but you didn't even text".
        "(fine|granted|agreed|true|sure) (but|though|however) (you|u) %ADV% (did not|never|could have|should have|were|also|do not|forgot|left|started)",
        // The point kept standing after the apology: "my point still stands though".
        "(my|the|that|this) (underlying|main|basic|core|actual|original|whole)? (point|argument|criticism) (still|also)? (stands|holds|remains|is valid)",
      ],
      exceptions: BENIGN_AFTER_BUT,
      message: "'Yes, but' takes back the agreement; they will hear only the part after 'but'.",
      suggestions: ["You're right, and", "I hear you. And", "That's fair, and"],
      examples: {
        flag: ["Yes, but you never told me.", "I know, but I was tired.", "i get it but u could have called", "You're right, but it's not like I did it on purpose.", "okay yeah but you forgot too", "Sam, I know, but the dog needed walking.", "yea yea i heard u, but u have to admit the plan was kinda dumb", "That's valid, but you could have told me.", "You may be right, but I still think I did nothing wrong.", "Point taken, but it was still my call.", "ok i forgot the bins, fine, but you never reminded me", "fair enough. buuut you have to admit it was funny", "Sorry it came out harsh, the point still stands though."],
        pass: ["yes, but can we make it 7?", "I hear you, but I need a 20-minute break.", "Sure, but the store closes at 9.", "Yeah but first, how was your day?", "Yes, but only if it stops raining.", "I understand, but I'm not comfortable talking about this over text.", "Dinner was fine, but the dessert was too sweet.", "The offer still stands if you want the sofa."],
      },
    },
    {
      name: "agree-then-but",
      severity: "medium",
      patterns: [
        // "I understand that you're hurt, but ...", "Dad, I know you wanted me there, but ..."
        "^(ok|okay|well|so|look|listen|honestly|yeah|yes|yea|ya|yep|sure|right|true|hey|oh|and|fine|alright|babe|listen) [<agree>(i know|i understand|i get|i see|i hear|i heard|i realize|i realise|i agree|i admit|i will admit|i have to admit|i appreciate|i accept|i acknowledge|i do get|i do understand|i do know|i do see|i totally get|i totally understand|i completely understand|i really do understand|i can see|i can understand|you are right|you are probably right|you have a point|you might be right|you may be right|you could be right|maybe you are right|i see your point|i take your point|i get your point|i hear what you are saying|i see where you are coming from|i get where you are coming from|i understand where you are coming from|i know where you are coming from|admittedly|granted)] [<what>.{1,10}] (but|however)",
        "^[<agree>(point taken|fair point|fair enough|noted|you are not wrong|i know|i understand|i get|i see|i hear|i heard|i realize|i realise|i agree|i admit|i will admit|i have to admit|i appreciate|i accept|i acknowledge|i do get|i do understand|i do know|i do see|i totally get|i totally understand|i completely understand|i really do understand|i can see|i can understand|you are right|you are probably right|you have a point|you might be right|you may be right|you could be right|maybe you are right|i see your point|i take your point|i get your point|i hear what you are saying|i see where you are coming from|i get where you are coming from|i understand where you are coming from|i know where you are coming from|admittedly|granted)] [<what>.{1,10}] (but|however)",
        // The agreement and the 'but' with nothing between: "I see where you're coming from, but ...".
        "^(ok|okay|well|so|look|listen|honestly|yeah|yes|yea|ya|yep|sure|right|true|hey|oh|and|fine|alright|babe)? [<agreed>(i know|i understand|i get|i see|i hear|i heard|i realize|i realise|i agree|i admit|i will admit|i have to admit|i appreciate|i accept|i acknowledge|i do get|i do understand|i do know|i do see|i totally get|i totally understand|i completely understand|i really do understand|i can see|i can understand|you are right|you are probably right|you have a point|you might be right|you may be right|you could be right|maybe you are right|i see your point|i take your point|i get your point|i hear what you are saying|i see where you are coming from|i get where you are coming from|i understand where you are coming from|i know where you are coming from|admittedly|granted)] (but|however)",
        "^[<voc>(#Person|#ProperNoun|dad|mom|mum|babe|baby|honey|hon|love|dude|man)] [<agree>(i know|i understand|i get|i see|i hear|i heard|i realize|i realise|i agree|i admit|i will admit|i have to admit|i appreciate|i accept|i acknowledge|i do get|i do understand|i do know|i do see|i totally get|i totally understand|i completely understand|i really do understand|i can see|i can understand|you are right|you are probably right|you have a point|you might be right|you may be right|you could be right|maybe you are right|i see your point|i take your point|i get your point|i hear what you are saying|i see where you are coming from|i get where you are coming from|i understand where you are coming from|i know where you are coming from|admittedly|granted)] [<what>.{1,10}] (but|however)",
        // "Yeah, I left early, but ...": an admission, then the 'but'.
        "^(ok|okay|well|so)? [<yes>(yes|yeah|yea|yep|sure|ok|okay|true|right|fine|alright|fair enough|maybe|perhaps|granted|admittedly|agreed|fair point|point taken)] [<admit>(i|we) %ADV% (should not have|should have|could have|might have|may have|must have|was|were|did|had|forgot|left|yelled|snapped|said|missed|#PastTense) .{0,6}] (but|however|only)",
        "^(ok|okay|well|so|yeah|yes|sure|fine|alright|look)? [<yes>(maybe|perhaps|sure|granted|admittedly)] [<admit>(i|we) %ADV% (should not have|should have|could have|might have|may have|was|were|did|had|got|overreacted|#PastTense) .{0,6}] (but|however)",
      ],
      exceptions: BENIGN_AFTER_BUT,
      message: "Agreeing and then adding 'but' takes the agreement back; what comes after the 'but' is what they will hear.",
      // Each template fills only for the pattern that captures its groups; every pattern fills two.
      suggestions: [
        "{voc}, {agree} {what}, and",
        "{voc}, {agree} {what}. And",
        "{agree} {what}, and",
        "{agree} {what}. And",
        "{agreed}, and",
        "{agreed}. And",
        "{yes}, {admit}, and",
        "{yes}, {admit}. And",
      ],
      examples: {
        flag: [
          "I understand that you felt ignored, but I was swamped all week.",
          "I know you were looking forward to it, but the tickets were sold out.",
          "Yeah, I forgot to call, but you could have texted me.",
          "Mom, I realize you wanted to host, however we already booked the restaurant.",
          "Right, I shouldn't have shouted, but you kept pushing and pushing.",
          "I see where you're coming from, but you knew the plan.",
          "I hear what you're saying, but I don't think it's fair.",
          "Honestly I get it but I was exhausted.",
          "Maybe I was harsh, but someone had to say it.",
          "Fair point about the budget, however you signed off on it too.",
        ],
        pass: [
          "I know you're busy, but can you grab milk on the way?",
          "I get that it's late, but the train leaves at 6 so we should pack tonight.",
          "I know this was hard to say, but I'm really glad you told me.",
          "I understand why you're upset, and I'm sorry.",
          "I admit I was wrong, but I want to make it right.",
          "Maybe I'll come, but I'm not sure yet.",
        ],
      },
    },
    {
      name: "but-after-agreeing",
      severity: "medium",
      patterns: [
        // The 'but' that opens a sentence, right after admitting or agreeing in the one before.
        "^(but|however) [<what>%ADV% (you|u) (were|was|did|had|could|should|would|are|do|have) not? (have)? (#PastTense|#Gerund|late|also|too|the one)]",
        "^(but|however) [<what>%ADV% (you|u) (never|always|also|knew|said|told|started|forgot|did|promised|know how)]",
        "^(but|however) [<what>i (really|honestly|truly)? (only|just|simply) meant]",
        "^(but|however) [<what>(it is|it was|that is|that was) %ADV% (the truth|true|a fact|not a big deal|no big deal|not my fault|not like|not that bad|not that big)]",
        // The circumstance offered right after admitting: "But the traffic was insane."
        "^(but|however) [<what>(the|my|our) .{1,4} (was|were) %ADV% (insane|crazy|a nightmare|terrible|awful|horrible|brutal|impossible|delayed|backed up|jammed|packed|nuts|chaos|a mess|out of control)]",
        "^(but|however) [<what>(in my defense|in my defence|in fairness|to be fair|for the record|you have to admit|you got to admit|admit it|let us be real|let us be honest|come on|the context matters|context matters|there is context|there is more to it|there are two sides|it takes two)]",
      ],
      message: "Opening with 'but' right after agreeing takes the agreement back; they will hear what follows as the real message.",
      suggestions: ["And {what}", "At the same time, {what}"],
      examples: {
        flag: ["Fine, I was short with you. But you were ignoring me all evening.", "I see that it hurt. But it's the truth.", "Okay, yes, I was late. But the traffic on 95 was insane.", "I know I forgot. But in my defense, nobody reminded me.", "Yes, I snapped. However, there are two sides to this.", "You're right, I should have texted. But you know how busy Mondays are."],
        pass: ["I loved the show. But I need to sleep now.", "I was wrong. But I want to make it right.", "Thanks for telling me. But can we talk tomorrow?"],
      },
    },
    {
      name: "but-what-about",
      severity: "medium",
      patterns: ["^(but|however) (what|how) about [<when>(when|that time|the time|last time|last week|last month|last year|the day|the night)]"],
      message: "Turning to 'but what about…' right after agreeing takes the agreement back and changes the subject to their faults.",
      suggestions: ["Another time, I'd like to talk about {when}", "Once we've talked this through, I'd also like to talk about {when}"],
      examples: {
        flag: ["I know I was late. But what about the time you forgot to pick me up?", "Ok, I was rude. But how about last week when you ignored me?"],
        pass: ["But what about dinner, are we still on?", "What about when we visit your parents, should we bring the dog?"],
      },
    },
    {
      name: "takes-it-back",
      severity: "medium",
      patterns: [
        // A concession, then a defence in the same breath: "..., although in fairness the brief was vague".
        "(although|though|albeit|but|however|yet) (in fairness|in all fairness|to be fair|in my defense|in my defence)",
        // The admission turned into their suspicion: "but if you had nothing to hide, why does it matter".
        "(but|however|though) if (you|u|there) %ADV% (had|have|was|is|were) nothing to hide",
        // The admission, then the thing itself waved away: "ok fair. but who even celebrates that".
        "^(but|however) %ADV% who (even|in their right mind|on earth|actually cares|really cares|cares)",
        // Conceding, then noting others' part: "Only I'd point out that nobody else caught it".
        "(i would|i will|let me|i have to|i must|i should|i just) (just|also)? (point out|note|add|mention) that (nobody|no one|everyone|everybody|you) (else|also|too|were|did|had|never)",
      ],
      extendToClause: true,
      message: "Conceding and then defending in the same breath takes the concession back; the defence is what they will hear.",
      suggestions: ["and that's on me", "and I'm sorry"],
      examples: {
        flag: [
          "Agreed that I could have handled the handover better, although in fairness the brief was pretty vague.",
          "I was short with you, though to be fair it had been a long day.",
          "Yes, I looked at your phone, but if you had nothing to hide it shouldn't matter.",
          "ok fair, i forgot. but who even remembers that stuff",
          "It was my mistake. I'd just point out that nobody else noticed either.",
        ],
        pass: [
          "In fairness to her, the brief was vague.",
          "We have nothing to hide, so let's invite the auditors.",
          "But who is picking up the kids today?",
          "I'd point out that the museum closes at five.",
        ],
      },
    },
    {
      name: "that-said",
      severity: "medium",
      patterns: [
        "^(that said|that being said|having said that|with that said|with that being said|all that said)",
        // Other concessive openers, when they turn to the other person's part: "Still, I think you're forgetting ...".
        "^(still|even so|regardless|all the same|but still|then again|mind you|be that as it may|that aside) (you|somebody|someone|nobody|no one|i had|you had|i still think|i think you|i feel like you|i still feel|the fact is|the point is|the fact remains|it does not change|that does not change|it doesn't change|that doesn't change)",
      ],
      exceptions: ["(said|that) (i|we) (love|loved|enjoyed|liked|really|am|had a|want|will|would|can|could|also|still|hope|think we should)"],
      message: "'That said' after an acknowledgment works like 'but': it takes the acknowledgment back.",
      suggestions: ["And", "At the same time"],
      examples: {
        flag: ["That said, you could have told me sooner.", "Having said that, you knew I was busy.", "You have a point. Still, I think you're forgetting who did all the driving this weekend.", "Even so, you knew I was working.", "Then again, you'd been on my case all day.", "Mind you, somebody had to tell her."],
        pass: ["She said that being said twice is a tic.", "That was said in anger, and I'm sorry.", "That said, I loved the dinner.", "Still, it was a lovely evening.", "Then again, the weather might hold.", "Mind you, the roads will be busy."],
      },
    },
  ],
};
