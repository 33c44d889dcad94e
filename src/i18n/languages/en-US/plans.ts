import type { PlansTexts } from '../../catalogue';

export const plans: PlansTexts = {
  boundary: 'Band boundary',
  boundaryLower: 'Lower bound included (an amount on a bound is in the band starting there)',
  boundaryUpper: 'Upper bound included (“up to 1,000,000 at 1 %”: 1,000,000 is still in the band below)',
};
