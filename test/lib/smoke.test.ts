import { expect, test } from 'vitest';
import { DECLARATION_IDS } from '../../src/lib/types';
test('declaration ids', () => expect(DECLARATION_IDS).toHaveLength(5));
