// How the declaration picker names each declaration: its short name, with the year of its launch
// when the name has none ("Paris Call (2018)", but "G7 2021").
import type { Declaration, DeclarationId } from './types';

export interface DeclarationOption {
  id: DeclarationId;
  label: string;
}

export function declarationOptions(declarations: readonly Declaration[]): DeclarationOption[] {
  return declarations.map((d) => {
    const year = d.launch.slice(0, 4);
    return { id: d.id, label: d.shortName.includes(year) ? d.shortName : `${d.shortName} (${year})` };
  });
}
