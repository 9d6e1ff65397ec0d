// Dataset files written by earlier builds, read as those builds meant them. A pinned article keeps
// its `dataset.<version>.json` across updates of the embed (README, "Pin the data"), and a file
// whose shape passes the check is read (validate-dataset.ts); two fields changed meaning since:
// - `verb` was the past tense ("signed") before 2026-12-05; the words now add the ending
//   themselves (status-words.ts), which made "signeded".
// - `isDefault` did not exist: the map then opened on the Paris Call whatever the file said.
import type { Dataset } from './types';

/** The three past tenses older files carried, and the verb each stands for. */
const PAST_TENSE_VERBS: Readonly<Record<string, string>> = { adopted: 'adopt', signed: 'sign', endorsed: 'endorse' };

/** The declaration the map opened on before the dataset named its default. */
const DEFAULT_BEFORE_THE_FLAG = 'paris-call-2018';

const presentTense = (verb: string): string => (Object.hasOwn(PAST_TENSE_VERBS, verb) ? PAST_TENSE_VERBS[verb]! : verb);

/** The dataset as the map reads it today: the same object when nothing needs reading anew. */
export function readOlderDataset(dataset: Dataset): Dataset {
  const flagged = dataset.declarations.some((d) => d.isDefault);
  const pastTense = dataset.declarations.some((d) => presentTense(d.verb) !== d.verb);
  if (flagged && !pastTense) return dataset;
  const fallback = dataset.declarations.some((d) => d.id === DEFAULT_BEFORE_THE_FLAG);
  return {
    ...dataset,
    declarations: dataset.declarations.map((d) => ({
      ...d,
      verb: presentTense(d.verb),
      isDefault: flagged ? d.isDefault : fallback && d.id === DEFAULT_BEFORE_THE_FLAG,
    })),
  };
}
