import type { CategorySpec } from "../rule";

/** Reasons offered to get out from under the responsibility. */
export const excuses: CategorySpec = {
  id: "excuses",
  name: "Excuses",
  description:
    "Reasons that move responsibility away from you ('it's not my fault', 'I couldn't help it', 'nobody told me'). They may be true, but said first they tell the other person their hurt has no owner.",
  rules: [
    {
      name: "not-my-fault",
      severity: "high",
      patterns: [
        "(it is|it's|it was|that is|that's|that was|this is|this was) (not|never|hardly) (my|really my|entirely my|all my|totally my) fault",
        "(it is|it's|it was|that's|that was|this is) not on me",
        "(do not|don't|you can't|you can not|stop) (blame|blaming) (me|this on me|it on me)",
        "(why|how) (is|was) (it|this|that) my fault",
        "i am not (to blame|responsible for that|responsible for this|responsible for how you feel|responsible for your feelings)",
        "not my (problem|fault)",
      ],
      exceptions: ["(it is|it was|that is|it's|that's) not (your|their|his|her|anyone's) fault"],
      message: "Whose fault it was matters less to them right now than knowing you see they're hurt.",
      suggestions: ["I'm sorry for my part in this", "I can see how this affected you, and I'm sorry", "I want to own my part in this"],
      examples: {
        flag: ["It's not my fault!", "its not my fault", "Don't blame me.", "How is this my fault?"],
        pass: ["It's not your fault.", "it wasn't your fault, you couldn't have known"],
      },
    },
    {
      name: "couldnt-help-it",
      severity: "medium",
      patterns: [
        "i (could not|couldn't|can not|can't) help it",
        "i (had|have) no (choice|other choice|option|other option)",
        "(what|how) (was|am|were) i (supposed|meant) to (do|say)",
        "(it was|that was|it's) (out of|beyond) my (control|hands)",
        "there was nothing (else)? i could (do|have done)",
        "(i|you) (know|knew) i (was|am) (busy|working|swamped|tired|stressed)",
        "i was (so|too|just|really)? (busy|tired|stressed|swamped|exhausted|slammed|distracted|overwhelmed) (to|with|and|because)",
        "i (have|'ve) been (so|really|too|super|crazy)? (busy|swamped|stressed|slammed)",
        "i (was|got) (stuck|held up|caught up) (in|at|with)",
        "(it|things) (just)? (happened|got away from me|slipped my mind)",
        "i forgot (ok|okay|alright)",
      ],
      exceptions: ["i (can not|could not) help it (but|if) (smile|laugh|love|think)", "no choice but to (love|laugh|smile|say yes|agree|forgive|help)", "what (was|am) i supposed to (bring|wear|get|buy|pick up|cook)"],
      message: "Leading with circumstances can sound like nobody is responsible for how they were hurt.",
      suggestions: ["I'm sorry. I should have handled that better", "That's on me, and I'm sorry", "I'm sorry I let you down"],
      examples: {
        flag: ["I couldn't help it.", "I had no choice!", "What was I supposed to do?", "i've been so busy", "I was too tired to think straight."],
        pass: ["What was I supposed to bring tonight?", "I had no choice but to love you lol", "You couldn't help it, don't worry."],
      },
    },
    {
      name: "nobody-told-me",
      severity: "medium",
      patterns: [
        "(nobody|no one|noone|you never|you didn't|you did not) (told|tell|said|mentioned|asked|reminded) (me|anything|to me)",
        "how (was|am|were|would|could) i (supposed|meant) to know",
        "i (did not|didn't) know (that|it was|you|about it|anything about)",
        "(you|nobody|no one) (never|didn't|did not|ever) (said|told me|mentioned|asked)",
        "i (had|have) no (idea|way of knowing|clue)",
        "(it|that) (was|is) not (clear|obvious|my job)",
      ],
      exceptions: [
        "i (did not|didn't) know (that|you) (were|was) (hurting|upset|struggling|going through|sad|feeling)",
        "i had no idea (you|it|this) (were|was|felt|hurt)",
      ],
      notInTechnicalContext: true,
      message: "Pointing out that nobody told you makes it about what you lacked, not how they felt.",
      suggestions: ["I didn't know, and I'm sorry it hurt you", "I wish I'd known. I'm sorry", "I'm sorry I missed that"],
      examples: {
        flag: ["Nobody told me!", "How was I supposed to know?", "No one ever told me that.", "I had no idea, ok?"],
        pass: ["I had no idea you were hurting, I'm so sorry.", "Did nobody tell you about the party?"],
      },
    },
  ],
};
