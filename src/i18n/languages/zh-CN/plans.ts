import type { PlansTexts } from '../../catalogue';

export const plans: PlansTexts = {
  boundary: '档位边界',
  boundaryLower: '含下限（恰好等于分界点的金额归入从该点起的档位）',
  boundaryUpper: '含上限（“100万以内1%”：恰好100万仍属于1%这一档）',
};
