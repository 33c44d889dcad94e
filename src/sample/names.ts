/**
 * The sample company's words in each workbook language: its name, regions, teams, product lines,
 * people, customers, industries, key actions and notes. The same seed gives the same company and
 * the same figures in both languages; only the words differ, so a zh-CN demo is Chinese
 * throughout and an en-US one English throughout. Customer names are combinations of a place, a
 * trade name and a business, drawn without repetition, so no name needs a number to be unique.
 */
import type { Language } from '../core/language';

export interface SampleWords {
  company: string;
  regions: [string, string, string];
  /** A region's two teams. */
  team: (region: string, k: 0 | 1) => string;
  productLines: [string, string, string];
  surnames: readonly string[];
  given: readonly string[];
  person: (given: string, surname: string) => string;
  places: readonly string[];
  trades: readonly string[];
  businesses: readonly string[];
  customer: (place: string, trade: string, business: string) => string;
  industries: readonly string[];
  actions: readonly string[];
  notes: readonly string[];
}

const ZH: SampleWords = {
  company: '华信精密仪器有限公司',
  regions: ['华东', '华南', '华北'],
  team: (region, k) => `${region}${k === 0 ? '一组' : '二组'}`,
  productLines: ['测量仪器', '自动化系统', '技术服务'],
  surnames: ['张', '李', '王', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于'],
  given: ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '桂英', '晓东', '海燕', '志强', '丽华', '建国', '雪梅', '文博', '思远', '子涵', '宇航'],
  person: (given, surname) => `${surname}${given}`,
  places: ['上海', '杭州', '苏州', '南京', '宁波', '无锡', '广州', '深圳', '厦门', '东莞', '佛山', '福州', '北京', '天津', '青岛', '济南', '石家庄', '大连', '合肥', '武汉', '长沙', '成都', '重庆', '西安'],
  trades: ['恒通', '华信', '远大', '新元', '金桥', '宏达', '正泰', '博远', '永安', '瑞丰', '嘉禾', '中联', '安达', '鼎盛', '汇川', '天成', '广源', '明德', '长城', '东方', '海拓', '精诚', '锐进', '信达', '万邦', '同创', '德胜', '启明', '华宇', '盛世'],
  businesses: ['精密机械', '电子', '科技', '自动化', '汽车零部件', '新能源', '医疗器械', '材料', '包装', '工业设备', '智能制造', '检测技术'],
  customer: (place, trade, business) => `${place}${trade}${business}有限公司`,
  industries: ['制造业', '汽车零部件', '电子', '医药', '新能源', '食品饮料', '物流'],
  actions: ['电话跟进', '上门拜访', '方案演示', '报价', '合同谈判', '样品试用'],
  notes: ['关注交期', '预算待批', '竞品压价', '决策链长', '需要技术支持', ''],
};

const EN: SampleWords = {
  company: 'Northfield Instruments Inc.',
  regions: ['East', 'South', 'North'],
  team: (region, k) => `${region} ${k === 0 ? 'Team A' : 'Team B'}`,
  productLines: ['Instruments', 'Automation', 'Services'],
  surnames: ['Smith', 'Johnson', 'Brown', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Martin', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts'],
  given: ['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'James', 'Sophia', 'Lucas', 'Mia', 'Ethan', 'Grace', 'Daniel', 'Chloe', 'Henry', 'Laura', 'Owen', 'Rachel', 'Samuel', 'Hannah', 'David', 'Megan', 'Ryan', 'Julia', 'Adam', 'Nora', 'Peter', 'Claire', 'Victor'],
  person: (given, surname) => `${given} ${surname}`,
  places: ['Harbor', 'Summit', 'Lakeside', 'Redwood', 'Granite', 'Riverside', 'Pinecrest', 'Bayview', 'Crescent', 'Evergreen', 'Ironwood', 'Maple', 'Northgate', 'Oakridge', 'Silverline', 'Westfield', 'Brightwater', 'Cedar', 'Clearview', 'Falcon', 'Highland', 'Keystone', 'Meridian', 'Sterling'],
  trades: ['Precision', 'Controls', 'Automation', 'Tooling', 'Systems', 'Instruments', 'Engineering', 'Fabrication', 'Electronics', 'Logistics', 'Industrial', 'Manufacturing', 'Equipment', 'Technologies', 'Supply', 'Materials', 'Plastics', 'Metals', 'Robotics', 'Packaging'],
  businesses: ['Inc.', 'LLC', 'Co.', 'Ltd.', 'Group', 'Corp.'],
  customer: (place, trade, business) => `${place} ${trade} ${business}`,
  industries: ['Manufacturing', 'Automotive', 'Electronics', 'Pharma', 'Energy', 'Food and beverage', 'Logistics'],
  actions: ['Phone follow-up', 'On-site visit', 'Product demo', 'Quote sent', 'Contract talks', 'Sample trial'],
  notes: ['Lead time matters', 'Budget pending approval', 'Competitor undercutting', 'Long decision chain', 'Needs technical support', ''],
};

export const SAMPLE_WORDS: Readonly<Record<Language, SampleWords>> = { 'en-US': EN, 'zh-CN': ZH };
