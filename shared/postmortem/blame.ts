/**
 * The blameless check: does an answer name a person as the cause ("Priya forgot", "because of
 * Priya", "human error")? It is a prompt, never a block — people slip in every system, so the
 * useful question is what let the slip matter. Pure and zod-free: the page runs it as the user
 * types, with the people the journal knows (those promised to, raised with, told).
 */

export interface BlameFinding {
  /** The words that name a person as the cause, as written. */
  phrase: string;
  /** The gentle question asking for the system factor instead. */
  prompt: string;
}

/** Words for a person that are not a name: pronouns and roles. */
const PRONOUN = String.raw`I|we|he|she|they|you|someone|somebody|some\s+one`;
const OBJECT_PRONOUN = String.raw`me|us|him|her|them|you|someone|somebody`;
const ROLE = String.raw`(?:the|our|my|a|an|their|his)\s+(?:new\s+|junior\s+|other\s+)?(?:intern|new\s+hire|developer|dev|engineer|reviewer|author|on-?call(?:\s+engineer)?|contractor|admin|operator|tester|manager|release\s+manager|team\s+lead|colleague|teammate|person)`;

/**
 * Verbs that make their subject the cause. After a word that is surely a person (a pronoun, a
 * role, someone the journal knows) the wide list applies; after any other capitalised word only
 * the verbs no system does (a test can "miss" a case; only a person "forgot").
 */
const HUMAN_ONLY_VERB = String.raw`forgot|forgets|forgotten|neglected|was\s+careless|wasn['’]?t\s+careful|was\s+not\s+careful|messed\s+up|screwed\s+up|made\s+(?:a|an)\s+(?:mistake|error|typo)|fat-?fingered|should(?:n['’]?t|\s+not)?\s+have|should['’]?ve|didn['’]?t\s+bother|did\s+not\s+bother|wasn['’]?t\s+paying\s+attention|was\s+(?:lazy|sloppy|tired|distracted|rushing|in\s+a\s+hurry)|didn['’]?t\s+(?:double-?check|read|think|realise|realize|know)|did\s+not\s+(?:double-?check|read|think|realise|realize|know)`;
/** "Didn't get the alert" says what the system did to a person, not what they caused. */
const NOT_CAUSED = String.raw`(?!(?:have|get|receive|see|hear|need|want|expect|mean)\b)`;
const WIDE_VERB = String.raw`${HUMAN_ONLY_VERB}|missed|skipped|ignored|overlooked|broke|failed\s+to|didn['’]?t\s+${NOT_CAUSED}\w+|did\s+not\s+${NOT_CAUSED}\w+|never\s+\w+ed`;
const ADVERB = String.raw`(?:just\s+|simply\s+|accidentally\s+|apparently\s+|obviously\s+|clearly\s+)?`;

/** Words that say a person did it, whoever it is about. */
const BLAME_WORDS = String.raw`\b(?:(?:human|operator|pilot|developer|engineer)\s+error|blam(?:e|ed|es|ing)|careless(?:ness|ly)?|negligen(?:t|ce)|incompeten(?:t|ce)|lazy|laziness)\b`;
const FAULT_NOUN = String.raw`(?:fault|mistake|error|oversight|carelessness|negligence|screw-?up|bad)`;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`);
}

interface Patterns {
  /** Case-insensitive: pronouns, roles, known people and blame words. */
  insensitive: RegExp[];
  /** Case-sensitive: a capitalised word that may be a name, before a human-only verb. */
  sensitive: RegExp[];
}

function patternsFor(people: readonly string[]): Patterns {
  const known = people.map((person) => person.trim()).filter((person) => person.length > 1).map(escaped);
  const person = [PRONOUN, ROLE, ...known].join('|');
  const personObject = [OBJECT_PRONOUN, ROLE, ...known].join('|');
  const possessor = [String.raw`his|her|their|my|your|our`, ...known.map((name) => `${name}['’]s`)].join('|');
  const name = String.raw`[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?`;
  return {
    insensitive: [
      new RegExp(String.raw`\b(?:${person})\s+${ADVERB}(?:${WIDE_VERB})\b`, 'iu'),
      new RegExp(String.raw`\b(?:because\s+of|due\s+to|thanks\s+to|caused\s+by|fault\s+of|mistake\s+(?:of|by)|error\s+by)\s+(?:${personObject})\b`, 'iu'),
      new RegExp(String.raw`\b(?:${possessor})\s+${FAULT_NOUN}\b`, 'iu'),
      new RegExp(String.raw`\bif\s+(?:${person})\s+had\b`, 'iu'),
      new RegExp(BLAME_WORDS, 'iu'),
    ],
    sensitive: [
      new RegExp(String.raw`\b${name}\s+${ADVERB}(?:${HUMAN_ONLY_VERB})\b`, 'u'),
      new RegExp(String.raw`\b${name}['’]s\s+${FAULT_NOUN}\b`, 'u'),
      new RegExp(String.raw`\b[Ii]f\s+${name}\s+had\s+(?:just\s+)?(?:checked|tested|read|looked|asked|listened|noticed|remembered)\b`, 'u'),
    ],
  };
}

/** The first place `text` names a person as the cause, and the question to ask instead; or null. */
export function findBlame(text: string, people: readonly string[] = []): BlameFinding | null {
  const { insensitive, sensitive } = patternsFor(people);
  const found = [...insensitive, ...sensitive]
    .map((pattern) => pattern.exec(text))
    .filter((match) => match !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (!found) return null;
  const phrase = found[0].replace(/\s+/g, ' ').trim();
  return {
    phrase,
    prompt: `“${phrase}” names a person as the cause. People slip in every system — what let this one matter? Look for the system factor: a missing check, an unclear handoff, a default that was easy to get wrong.`,
  };
}
