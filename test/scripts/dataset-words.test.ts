// The pages' words about the dataset (how many declarations, which years) follow the data.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { datasetWords, fillDatasetWords } from '../../scripts/vite/dataset-words';
import type { Dataset } from '../../src/lib/types';

const real = JSON.parse(readFileSync('public/generated/dataset.json', 'utf8')) as Dataset;

describe('datasetWords', () => {
  test('the bundled dataset: five declarations, 2015–2022', () => {
    expect(datasetWords(real)).toEqual({ '%CDM_COUNT%': 'five', '%CDM_COUNT_CAP%': 'Five', '%CDM_YEARS%': '2015–2022' });
  });

  test('a sixth declaration of 2024 changes both', () => {
    const six = { ...real, declarations: [...real.declarations, { ...real.declarations[0]!, id: 'x-2024', launch: '2024-03-14' }] };
    expect(datasetWords(six)).toMatchObject({ '%CDM_COUNT_CAP%': 'Six', '%CDM_YEARS%': '2015–2024' });
  });

  test('fills every placeholder of the pages, and names an unknown one', () => {
    for (const page of ['index.html', 'embed.html', 'src/offline/index.html']) {
      const html = fillDatasetWords(readFileSync(page, 'utf8'), datasetWords(real));
      expect(html, page).not.toMatch(/%CDM_/);
      expect(html, page).toContain('2015–2022');
    }
    expect(() => fillDatasetWords('%CDM_NOPE%', datasetWords(real))).toThrow(/unknown placeholder %CDM_NOPE%/);
  });
});
