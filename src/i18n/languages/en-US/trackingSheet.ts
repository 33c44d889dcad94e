import type { TrackingSheetTexts } from '../../sections/sheets';

export const trackingSheet: TrackingSheetTexts = {
  title: 'Sales process tracking',
  columns: { date: 'Date', owner: 'Owner', customer: 'Customer', industry: 'Industry', stage: 'Stage', action: 'Key action', status: 'Status', expected: 'Expected date', notes: 'Notes' },
  pickStage: 'Pick a stage from the list.',
  pickStatus: 'Pick a status from the list.',
  funnel: ['Funnel stage', 'Reached', 'Conversion', 'From leads', 'Flag'],
};
