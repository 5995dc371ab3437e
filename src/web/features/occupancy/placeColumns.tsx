import type { Column } from '../../components/DataTable';

interface PlaceLike {
  name: string;
  legalBasis: string;
  targetGroups: Array<{ name: string }>;
}

/** The columns that describe a place, the same for leaders and admins: name, legal basis, target groups. */
export function placeColumns<P extends PlaceLike>(headers: { name: string; legalBasis: string; targetGroups: string }): Array<Column<P>> {
  return [
    { header: headers.name, rowHeader: true, cell: (p) => p.name },
    { header: headers.legalBasis, cellClassName: 'nowrap', cell: (p) => p.legalBasis },
    { header: headers.targetGroups, cell: (p) => p.targetGroups.map((g) => g.name).join(', ') || '–' },
  ];
}
