import { classify } from '../../src/domain/classify.js';
import { extractFacts, FACT_KEYS, mergeModelFacts } from '../../src/domain/facts.js';
import { placesIn } from '../../src/domain/gazetteer.js';
import { signatureOf } from '../../src/domain/incident-grouping.js';
import { detectLanguage } from '../../src/domain/language.js';
import { isPleasantry } from '../../src/domain/pleasantry.js';
import { redact, redactReversibly } from '../../src/domain/redact.js';
import { checkTone } from '../../src/domain/tone.js';
import { checkPreservation } from '../../src/domain/translation-check.js';

/** Every function that runs patterns over customer or model text. */
export const TEXT_FUNCTIONS: Array<{ name: string; run: (text: string) => unknown }> = [
  { name: 'classify', run: (text) => classify(text) },
  { name: 'extractFacts', run: (text) => extractFacts(text) },
  { name: 'isPleasantry', run: (text) => isPleasantry(text) },
  { name: 'detectLanguage', run: (text) => detectLanguage(text) },
  { name: 'redact', run: (text) => redact(text) },
  { name: 'redactReversibly', run: (text) => redactReversibly(text) },
  // A translation checked against itself: every item of the source is looked up in the translation's readings.
  { name: 'checkPreservation', run: (text) => checkPreservation(text, text, { names: ['Huawei Mate 60', 'Agora'] }) },
  { name: 'placesIn', run: (text) => placesIn(text) },
  {
    name: 'signatureOf',
    run: (text) => signatureOf({ category: 'other', facts: { region: text.slice(0, 64) }, text }),
  },
  { name: 'checkTone', run: (text) => checkTone(text) },
  {
    // An agent's edit of a hostile draft, in a thread whose customer wrote the same text: every context is read.
    name: 'checkTone (edit)',
    run: (text) =>
      checkTone(text, { writtenBy: 'agent', editedFrom: text, conversation: [{ role: 'customer', text }] }),
  },
  {
    name: 'mergeModelFacts',
    run: (text) => mergeModelFacts({}, Object.fromEntries(FACT_KEYS.map((key) => [key, text]))),
  },
];
