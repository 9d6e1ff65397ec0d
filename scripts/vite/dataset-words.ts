// The pages' own words about the dataset (how many declarations, which years) come from the
// dataset, like everything else: `%CDM_COUNT%` ("five"), `%CDM_COUNT_CAP%` ("Five") and
// `%CDM_YEARS%` ("2015–2022") in index.html, embed.html and the offline page are filled in from
// public/generated/dataset.json when Vite serves or builds them. A declaration added to data/
// changes the title and the link previews with no edit to the HTML.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { timelineRange } from '../../src/lib/dataset-index.ts';
import type { Dataset } from '../../src/lib/types.ts';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The placeholders and their values for a dataset. */
export function datasetWords(dataset: Pick<Dataset, 'declarations' | 'events'>): Record<string, string> {
  const n = dataset.declarations.length;
  const count = NUMBER_WORDS[n] ?? String(n);
  const { start, end } = timelineRange(dataset);
  const [from, to] = [start.slice(0, 4), end.slice(0, 4)];
  return {
    '%CDM_COUNT%': count,
    '%CDM_COUNT_CAP%': count.charAt(0).toUpperCase() + count.slice(1),
    '%CDM_YEARS%': from === to ? from : `${from}–${to}`,
  };
}

export function fillDatasetWords(html: string, words: Record<string, string>): string {
  return html.replace(/%CDM_[A-Z_]+%/g, (placeholder) => {
    const value = words[placeholder];
    if (value === undefined) throw new Error(`unknown placeholder ${placeholder} in a page; known: ${Object.keys(words).join(', ')}`);
    return value;
  });
}

export function datasetWordsPlugin(datasetPath = 'public/generated/dataset.json'): Plugin {
  return {
    name: 'cdm-dataset-words',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!html.includes('%CDM_')) return html;
        let dataset: Dataset;
        try {
          dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as Dataset;
        } catch {
          throw new Error(`${datasetPath} is missing or unreadable: run \`npm run build:data\` first`);
        }
        return fillDatasetWords(html, datasetWords(dataset));
      },
    },
  };
}
